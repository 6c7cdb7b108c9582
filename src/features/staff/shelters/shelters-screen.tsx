import { useEffect, useMemo, useState } from 'preact/hooks';
import { shelterStates, type ShelterState, type ShelterStatus } from '../../../../contract/api/shelters';
import { packPaths, type EvacuationSite } from '../../../lib/content/pack-types';
import { kanaIncludes } from '../../../lib/search/kana-match';
import { useContent } from '../../../runtime/content/content-store';
import { plainText, readingText } from '../../../ui/rtext';
import { Page } from '../../../ui/page';
import { staffApi } from '../api/staff-api';
import { formatDateTime } from '../ui/format';
import { useStaffText } from '../ui/staff-text';
import css from './shelters.css?inline';
import { setShelterState, startShelterQueue } from './queue-service';
import { pendingChanges, refusedChange } from './shelter-queue';

let adopted = false;
function adoptStyles(): void {
  if (adopted || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}

/**
 * Staff at a shelter set its status from a phone (390×844 and up): find the shelter by
 * name or reading, then one large button per state. Each press is kept on the phone first
 * and sent when the network allows, once (queue-service.ts).
 */
export function SheltersScreen() {
  adoptStyles();
  const text = useStaffText();
  const { t } = text;
  const content = useContent<EvacuationSite[]>(packPaths.evacuationSites);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<EvacuationSite | undefined>();
  const [statuses, setStatuses] = useState(new Map<string, ShelterStatus>());
  const [said, setSaid] = useState<string | undefined>();
  useEffect(() => {
    startShelterQueue();
    void staffApi.shelterStatus().then((r) => { if (r.ok) setStatuses(new Map(r.value.statuses.map((s) => [s.siteId, s]))); });
  }, []);
  const shelters = useMemo(() => (content.status === 'ready' ? content.data.filter((s) => s.shelter) : []), [content]);
  const found = shelters.filter((s) => kanaIncludes(query, [plainText(s.name), readingText(s.name), s.nameKana]));

  async function press(site: EvacuationSite, state: ShelterState, headcount: number | null) {
    const setAt = new Date().toISOString();
    const stateWord = t(`shelters.state.${state}`);
    setStatuses(new Map(statuses).set(site.id, { siteId: site.id, state, headcount, setAt }));
    await setShelterState({ siteId: site.id, state, headcount, setAt });
    const waiting = pendingChanges.value.some((c) => c.body.setAt === setAt && c.body.siteId === site.id);
    setSaid(waiting ? t('shelters.queued', { state: stateWord }) : t('shelters.sent', { state: stateWord, time: formatDateTime(setAt, text.lang) }));
  }

  const pending = pendingChanges.value.length;
  const refused = refusedChange.value;
  return (
    <Page title={t('shelters.title')}>
      <div class="shelter-console stack">
        <p>{t('shelters.intro')}</p>
        <div role="status" aria-live="polite" class="stack">
          {pending > 0 ? <p class="shelter-console__pending">{t('shelters.pending', { count: pending })}</p> : null}
          {said && <p class="shelter-console__said">{said}</p>}
          {refused && <p class="staff-error">{t('shelters.refused', { code: refused.code })}</p>}
        </div>
        {picked
          ? <PickedShelter site={picked} status={statuses.get(picked.id)} onPress={press} onChange={() => { setPicked(undefined); setSaid(undefined); }} />
          : (
            <>
              <div class="staff-field shelter-console__search">
                <label for="shelter-search">{t('shelters.search')}</label>
                <input id="shelter-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
              </div>
              {content.status !== 'ready' && <p aria-busy="true">{t('shelters.loading')}</p>}
              {content.status === 'ready' && found.length === 0 && <p>{t('shelters.noSites')}</p>}
              <ul class="shelter-console__list">
                {found.map((site) => (
                  <li key={site.id} class="shelter-console__site">
                    <span>
                      <span class="shelter-console__name" lang="ja">{plainText(site.name)}</span>
                      <br />
                      <StatusLine status={statuses.get(site.id)} />
                    </span>
                    <button type="button" class="button" onClick={() => setPicked(site)} aria-label={`${plainText(site.name)}: ${t('shelters.pick')}`}>{t('shelters.pick')}</button>
                  </li>
                ))}
              </ul>
            </>
          )}
      </div>
    </Page>
  );
}

function StatusLine({ status }: { status: ShelterStatus | undefined }) {
  const { t, lang } = useStaffText();
  if (!status) return <span class="staff-empty">{t('shelters.none')}</span>;
  return <span>{t(`shelters.state.${status.state}`)}{status.headcount !== null ? ` · ${status.headcount}` : ''} · {formatDateTime(status.setAt, lang)}</span>;
}

function PickedShelter({ site, status, onPress, onChange }: {
  site: EvacuationSite; status: ShelterStatus | undefined;
  onPress: (site: EvacuationSite, state: ShelterState, headcount: number | null) => Promise<void>; onChange: () => void;
}) {
  const { t } = useStaffText();
  const [count, setCount] = useState('');
  const headcount = /^\d{1,6}$/.test(count.trim()) ? Number(count.trim()) : null;
  return (
    <section class="shelter-console__picked stack" aria-labelledby="shelter-picked-name">
      <p>{t('shelters.picked')}</p>
      <h2 id="shelter-picked-name" lang="ja">{plainText(site.name)}</h2>
      <p>{t('shelters.current')}: <StatusLine status={status} /></p>
      <div class="staff-field">
        <label for="shelter-headcount">{t('shelters.headcount')}</label>
        <input id="shelter-headcount" type="text" inputMode="numeric" pattern="[0-9]*" value={count} onInput={(e) => setCount(e.currentTarget.value)} autocomplete="off" />
      </div>
      <div class="shelter-console__states" role="group" aria-label={t('shelters.setState')}>
        {shelterStates.map((state) => (
          <button key={state} type="button" class={`shelter-console__state shelter-console__state--${state}`}
            aria-pressed={status?.state === state} onClick={() => void onPress(site, state, headcount)}>
            {t(`shelters.state.${state}`)}
          </button>
        ))}
      </div>
      <button type="button" class="button" onClick={onChange}>{t('shelters.change')}</button>
    </section>
  );
}
