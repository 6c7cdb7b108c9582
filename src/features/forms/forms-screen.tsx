import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { packPaths, type FormIndexEntry } from '../../lib/content/pack-types';
import { deviceKind } from '../../config/device';
import { displayModes } from '../../runtime/display/display-modes';
import { useContent } from '../../runtime/content/content-store';
import { ContentFrame } from '../../runtime/content/content-frame';
import { Page } from '../../ui/page';
import { FT, FormContentProvider } from './form-content';
import { pickFormLanguage } from './form-language';
import { useFormRubies } from './use-form-rubies';
import { useOutboxService } from '../../outbox/outbox-service';
import { outboxDepth } from '../../outbox/outbox-status';
import { StatusEntryLink } from '../services/status/status-entry-link';
import './forms.css';

/** /forms: every form of the pack a citizen may fill here, in their language where the form has it. */
export default function FormsScreen() {
  const t = useT();
  const tf = useNamespaceT('forms');
  const index = useContent<FormIndexEntry[]>(packPaths.formIndex);
  const kiosk = deviceKind.value === 'kiosk';
  const entries = index.status === 'ready' ? index.data.filter((e) => !kiosk || e.kioskAllowed) : [];
  // Each form in the reader's language where that form has it: one list may mix both.
  const choices = new Map(entries.map((e) => [e.id, pickFormLanguage(currentLanguage.value, e.title)]));
  const anyJapanese = [...choices.values()].some((c) => c.japaneseFallback);
  const ruby = useFormRubies(entries.map((e) => e.id), anyJapanese || (displayModes.value.furigana && currentLanguage.value.startsWith('ja')));
  useOutboxService();
  return (
    <Page title={tf?.('list.title') ?? t('areas.forms.title')}>
      {tf && <p class="forms__intro">{tf('list.intro')}</p>}
      <StatusEntryLink />
      {anyJapanese && <p class="notice forms-notice" lang={languageInfo(currentLanguage.value).htmlLang}>{t('content.japaneseOnly')}</p>}
      {tf && !kiosk && outboxDepth.value > 0 && (
        <p class="notice forms-notice forms__outbox-note"><a href="/outbox">{tf('list.outboxWaiting', { count: outboxDepth.value })}</a></p>
      )}
      <ContentFrame state={index}>
        {() => (
          <>
            {entries.length === 0 && tf ? <p>{tf('list.empty')}</p> : null}
            <ul class="forms__list" role="list">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <FormContentProvider value={{ ...(choices.get(entry.id) ?? pickFormLanguage(currentLanguage.value, entry.title)), ruby }}>
                  <a class="form-link" href={`/f/${entry.id}`}>
                    <span class="form-link__title"><FT value={entry.title} /></span>
                    <span class="form-link__description"><FT value={entry.description} /></span>
                    <span class="form-link__department">
                      {tf?.('list.department')} <FT value={entry.department} />
                    </span>
                  </a>
                  </FormContentProvider>
                </li>
              ))}
            </ul>
          </>
        )}
      </ContentFrame>
    </Page>
  );
}
