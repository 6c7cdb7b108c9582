import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Answers } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import type { PackForm } from '../../lib/content/pack-types';
import { currentLanguage } from '../../i18n';
import type { DraftKeeper } from '../../runtime/drafts/draft-keeper';
import { focusFirstInvalid } from './focus';
import { FT } from './form-content';
import { deliverQueuedSoon } from '../../outbox/outbox-service';
import { ProgressBar } from './progress-bar';
import { ReviewPage } from './review-page';
import { progressOf, reviewPage } from './runner-steps';
import { SectionPage } from './section-page';
import { submitForm, type SubmitError } from './submit-form';
import { useRunnerState } from './use-runner-state';

export interface FormRunnerProps {
  def: FormDef;
  publicKey: PackForm['publicKey'];
  initial: { answers: Answers; page: number };
  kiosk: boolean;
  keeper: DraftKeeper;
  /** After the submission is queued; defaults to the receipt screen. */
  onSubmitted?: (id: string) => void;
}

/** One section per page, then review, then Send: the same flow on kiosks and phones. */
export function FormRunner({ def, publicKey, initial, kiosk, keeper, onSubmitted }: FormRunnerProps) {
  const state = useRunnerState(def, initial, kiosk, keeper);
  const { route } = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<SubmitError | undefined>();
  const [publicReply, setPublicReply] = useState(false);

  useEffect(() => {
    if (state.focus.seq === 0) return; // the screen's <h1> has focus on arrival
    if (state.focus.to === 'error') focusFirstInvalid(root.current);
    else {
      heading.current?.focus({ preventScroll: true });
      root.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [state.focus.seq]);

  const submit = async () => {
    if (submitting || !state.checkAll()) return;
    setSubmitting(true);
    setSubmitError(undefined);
    const result = await submitForm({ def, publicKey, answers: state.answers, channel: kiosk ? 'kiosk' : 'phone', lang: currentLanguage.value, publicReply });
    if (!result.ok) {
      // The answers stay in memory: the citizen frees space (or waits) and sends again.
      setSubmitting(false);
      setSubmitError(result.error);
      return;
    }
    state.clear();
    await keeper.remove(def.id).catch((e: unknown) => console.warn('forms: draft not deleted', e));
    deliverQueuedSoon();
    (onSubmitted ?? ((id: string) => route(`/receipts/${id}`)))(result.value.id);
  };

  const { current, total } = progressOf(def, state.answers, state.page);
  const onReview = state.page >= reviewPage(def);
  return (
    <div class="runner" ref={root}>
      <ProgressBar current={current} total={total} />
      {current === 1 && <p class="runner__description"><FT value={def.description} /></p>}
      {onReview ? (
        <ReviewPage def={def} state={state} kiosk={kiosk} headingRef={heading} submitting={submitting} submitError={submitError} onSubmit={() => void submit()}
          publicReply={{ checked: publicReply, onChange: setPublicReply }} />
      ) : (
        <SectionPage def={def} state={state} kiosk={kiosk} headingRef={heading} />
      )}
    </div>
  );
}
