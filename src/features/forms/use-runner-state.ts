import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Answers, AnswerValue } from '../../lib/forms/answers';
import type { FormDef } from '../../lib/forms/form-schema';
import { firstSectionWithError, validateAll, validateSection, type FieldError } from '../../lib/forms/validate';
import type { DraftKeeper } from '../../runtime/drafts/draft-keeper';
import { actionableErrors, clampPage, nextPage, pageOfSection, previousPage, reviewPage } from './runner-steps';

export interface RunnerState {
  answers: Answers;
  page: number;
  /** Errors shown on this page: empty until the citizen tried to move on, then live as they fix them. */
  errors: Map<string, FieldError>;
  /** Came here with "change" from the review page: Next goes straight back there. */
  returnToReview: boolean;
  /** Bumps when focus should move: to the first invalid field, or to the new page's heading. */
  focus: { to: 'error' | 'heading'; seq: number };
  setAnswer: (id: string, value: AnswerValue | undefined) => void;
  next: () => void;
  back: () => void;
  edit: (section: number) => void;
  /** Before submit: true when every page is valid, else shows the first page with errors. */
  checkAll: () => boolean;
  clear: () => void;
}

export function useRunnerState(def: FormDef, initial: { answers: Answers; page: number }, kiosk: boolean, keeper: DraftKeeper): RunnerState {
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [page, setPage] = useState(() => clampPage(def, initial.answers, initial.page));
  const [checked, setChecked] = useState<number | undefined>(undefined);
  const [returnToReview, setReturnToReview] = useState(false);
  const [focus, setFocus] = useState<RunnerState['focus']>({ to: 'heading', seq: 0 });
  const dirty = useRef(false);
  const review = reviewPage(def);

  const errorsOf = (p: number, a: Answers) =>
    actionableErrors(def, p >= review ? validateAll(def, a, new Date()) : validateSection(def, p, a, new Date()), kiosk);

  // Every change is kept (debounced on phones, in memory on kiosks), but opening a form writes nothing.
  useEffect(() => {
    if (dirty.current) keeper.save(def.id, { answers, page });
  }, [answers, page]);

  const setAnswer = useCallback((id: string, value: AnswerValue | undefined) => {
    dirty.current = true;
    // Functional: a postal code and the address it fills change in the same tick.
    setAnswers((previous) => ({ ...previous, [id]: value }));
  }, []);

  const go = (to: number) => {
    setChecked(undefined);
    setPage(to);
    setFocus((f) => ({ to: 'heading', seq: f.seq + 1 }));
  };
  const showErrors = (p: number) => {
    setPage(p);
    setChecked(p);
    setFocus((f) => ({ to: 'error', seq: f.seq + 1 }));
  };

  return {
    answers,
    page,
    errors: checked === page ? errorsOf(page, answers) : new Map(),
    returnToReview,
    focus,
    setAnswer,
    next: () => {
      if (errorsOf(page, answers).size > 0) return showErrors(page);
      go(returnToReview ? review : nextPage(def, answers, page));
      setReturnToReview(false);
    },
    back: () => {
      setReturnToReview(false);
      go(previousPage(def, answers, page) ?? page);
    },
    edit: (section) => {
      setReturnToReview(true);
      go(section);
    },
    checkAll: () => {
      const all = errorsOf(review, answers);
      if (all.size === 0) return true;
      const section = firstSectionWithError(def, all);
      showErrors(section === undefined ? page : pageOfSection(def, section));
      return false;
    },
    clear: () => {
      dirty.current = false;
      setAnswers({});
    },
  };
}
