import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answers } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import type { PackForm } from '../../lib/content/pack-types';
import { deviceKind } from '../../config/device';
import { draftKeeper, type Draft } from '../../runtime/drafts/draft-keeper';
import { FormRunner } from './form-runner';
import { useFormsT } from './forms-i18n';
import { prefillFromUrl } from './prefill-from-url';
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
  const prefill = useMemo(() => prefillFromUrl(window.location.href, window.location.origin, def), [def]);
  const fresh = (seq: number): Start => ({ step: 'run', answers: 'answers' in prefill ? prefill.answers : {}, page: 0, seq });
  const [start, setStart] = useState<Start>({ step: 'checking' });
  const lowStorage = useLowStorage();

  useEffect(() => {
    let live = true;
    keeper.load(def.id)
      .then((draft) => { if (live) setStart(draft && Object.keys(draft.answers).length > 0 ? { step: 'offer', draft } : fresh(0)); })
      .catch(() => { if (live) setStart(fresh(0)); });
    return () => { live = false; };
  }, [def.id, keeper]);

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
