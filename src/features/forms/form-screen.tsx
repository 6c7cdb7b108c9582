import { useRoute } from 'preact-iso';
import { currentLanguage, useNamespaceT, useT } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { Page } from '../../ui/page';
import { ContentFrame } from '../../runtime/content/content-frame';
import { activePackVersion } from '../../runtime/content/pack-status';
import { FormContentProvider, FT } from './form-content';
import { pickFormLanguage } from './form-language';
import { FormStart } from './form-start';
import { DraftTranslationNote } from '../../ui/draft-translation-note';
import { useOutboxService } from '../../outbox/outbox-service';
import { usePackForm } from './use-pack-form';
import { BookableRoomsNotice } from '../reservations/bookable-rooms-notice';
import { FACILITY_BOOKING_FORM_ID } from '../reservations/booking-form';
import './forms.css';
import './fields/fields.css';

/** /f/:id — one form from the pack, filled section by section, sent through the outbox. */
export default function FormScreen() {
  const t = useT();
  const tf = useNamespaceT('forms');
  const { params } = useRoute();
  const id = params.id ?? '';
  const form = usePackForm(id);
  useOutboxService();
  const choice = pickFormLanguage(currentLanguage.value, form.status === 'ready' ? form.def.title : undefined);
  // The form's title carries its build-time furigana, like every label below it.
  const title = form.status === 'ready'
    ? <FormContentProvider value={{ ...choice, ruby: form.pack.ruby }}><FT value={form.def.title} /></FormContentProvider>
    : t('areas.forms.title');
  return (
    <Page title={title}>
      {!tf || form.status === 'loading' ? (
        <p role="status">{t('content.loading')}</p>
      ) : form.status === 'missing' ? (
        activePackVersion.value ? <NotFound message={tf('runner.notFound')} /> : <ContentFrame state={form}>{() => null}</ContentFrame>
      ) : form.status === 'broken' ? (
        <NotFound message={tf('runner.broken')} />
      ) : (
        <>
          {choice.japaneseFallback && <p class="notice forms-notice" lang={languageInfo(currentLanguage.value).htmlLang}>{t('content.japaneseOnly')}</p>}
          {choice.lang !== 'ja' && <DraftTranslationNote mark={form.def.translations?.[choice.lang]} class="notice forms-notice" />}
          <FormContentProvider value={{ ...choice, ruby: form.pack.ruby }}>
            {form.def.id === FACILITY_BOOKING_FORM_ID && <BookableRoomsNotice def={form.def} />}
            <FormStart def={form.def} pack={form.pack} />
          </FormContentProvider>
        </>
      )}
    </Page>
  );
}

function NotFound({ message }: { message: string }) {
  const tf = useNamespaceT('forms');
  return (
    <div class="notice forms-notice" role="alert">
      <p>{message}</p>
      <a class="button" href="/forms">{tf?.('list.title')}</a>
    </div>
  );
}
