import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answers } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { packPaths, type PackForm, type QrPublicKey } from '../../lib/content/pack-types';
import { readContent } from '../../runtime/content/content-store';
import { deviceKind } from '../../config/device';
import { draftKeeper, type Draft } from '../../runtime/drafts/draft-keeper';
import { FormRunner } from './form-runner';
import { useFormsT } from './forms-i18n';
import { prefillFromUrl, type UrlPrefill } from './prefill-from-url';
import { startingAnswers } from './starting-answers';
import { ResumeOffer } from './resume-offer';
import { useLowStorage } from './storage-check';

type Start = { step: 'checking' } | { step: 'offer'; draft: Draft } | { step: 'run'; answers: Answers; page: number; seq: number };

/**
 * Before the runner: the QR prefill in the URL, a draft to resume, the storage
 * check. The storage notice comes before the first field, so nobody types a
 * long text only to learn afterwards that it could not be kept.
 */
export function FormStart({ def, pack }: { def: FormDef; pack: PackForm }) {
  const t = useFormsT();
  const kiosk = deviceKind.value === 'kiosk';
  const [draftError, setDraftError] = useState(false);
  const keeper = useMemo(() => draftKeeper(kiosk ? 'kiosk' : 'phone', () => setDraftError(true)), [kiosk]);
  const [prefill, setPrefill] = useState<UrlPrefill>({ answers: {}, filled: false });
  const fresh = (seq: number, from = prefill): Start => ({ step: 'run', answers: { ...startingAnswers(def), ...('answers' in from ? from.answers : {}) }, page: 0, seq });
  const [start, setStart] = useState<Start>({ step: 'checking' });
  const lowStorage = useLowStorage();

  useEffect(() => {
    let live = true;
    const href = window.location.href;
    void (async () => {
      // Checked against the city's QR key before anything is shown: a forged code fills nothing.
      const qrKey = await readContent<QrPublicKey>(packPaths.qrKey).catch(() => undefined);
      const found = await prefillFromUrl(href, window.location.origin, def, qrKey);
      const draft = await keeper.load(def.id).catch(() => undefined);
      if (!live) return;
      setPrefill(found);
      setStart(draft && Object.keys(draft.answers).length > 0 ? { step: 'offer', draft } : fresh(0, found));
    })();
    return () => { live = false; };
  }, [def, keeper]);

  if (start.step === 'checking') return null;
  return (
    <>
      {'refused' in prefill && <p class="notice forms-notice" role="alert">{t(`qr.refused.${prefill.refused}`)}</p>}
      {'filled' in prefill && prefill.filled && start.step === 'run' && <p class="notice forms-notice">{t('runner.prefilled')}</p>}
      {(lowStorage || draftError) && <p class="notice forms-notice" role="status">{t('errors.quota-before-typing')}</p>}
      {start.step === 'offer' ? (
        <ResumeOffer
          draft={start.draft}
          onResume={() => setStart({ step: 'run', answers: start.draft.answers, page: start.draft.page, seq: 1 })}
          onStartOver={() => { void keeper.remove(def.id); setStart(fresh(1)); }}
        />
      ) : (
        <FormRunner key={start.seq} def={def} publicKey={pack.publicKey} initial={start} kiosk={kiosk} keeper={keeper} />
      )}
    </>
  );
}
