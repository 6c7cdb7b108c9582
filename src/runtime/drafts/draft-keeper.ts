import type { Answers } from '../../lib/forms/answers';
import type { DeviceKind } from '../../config/device';
import type { StorageError } from '../../db/errors';

/**
 * Where an unfinished form waits. A phone keeps it in IndexedDB (saved 500 ms
 * after the last change) so the citizen can resume tomorrow. A kiosk keeps it
 * in this module's memory only: what a stranger types on a shared terminal must
 * never be written to its disk, where deleted records linger until compaction.
 * The kiosk path does not even import the drafts database module.
 */
export interface Draft {
  answers: Answers;
  /** The step the citizen was on (index into the runner's steps). */
  page: number;
  updatedAt: string;
}

export interface DraftKeeper {
  load(formId: string): Promise<Draft | undefined>;
  /** Debounced on phones; immediate (memory) on kiosks. */
  save(formId: string, draft: Omit<Draft, 'updatedAt'>): void;
  remove(formId: string): Promise<void>;
}

export const draftSaveDelayMs = 500;
const memory = new Map<string, Draft>();

/** For the kiosk's idle wipe: forget every unfinished form. */
export function forgetMemoryDrafts(): void {
  memory.clear();
}

/** Whether a kiosk citizen has answered anything in a form they have not sent. */
export function memoryDraftsHaveAnswers(): boolean {
  return [...memory.values()].some((draft) => Object.keys(draft.answers).length > 0);
}

const kioskKeeper: DraftKeeper = {
  load: async (formId) => memory.get(formId),
  save: (formId, draft) => { memory.set(formId, { ...draft, updatedAt: new Date().toISOString() }); },
  remove: async (formId) => { memory.delete(formId); },
};

function phoneKeeper(onError: (error: StorageError) => void): DraftKeeper {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cancel = (formId: string) => {
    clearTimeout(timers.get(formId));
    timers.delete(formId);
  };
  return {
    async load(formId) {
      const { loadDraft } = await import('../../db/drafts');
      const row = await loadDraft(formId);
      return row ? { answers: row.answers as Answers, page: row.page, updatedAt: row.updatedAt } : undefined;
    },
    save(formId, draft) {
      cancel(formId);
      timers.set(formId, setTimeout(() => {
        timers.delete(formId);
        void import('../../db/drafts')
          .then(({ saveDraft }) => saveDraft({ formId, answers: { ...draft.answers }, page: draft.page, updatedAt: new Date().toISOString() }))
          .then((result) => { if (!result.ok) onError(result.error); });
      }, draftSaveDelayMs));
    },
    async remove(formId) {
      // A save still waiting for its debounce would bring the draft back after submit.
      cancel(formId);
      const { deleteDraft } = await import('../../db/drafts');
      await deleteDraft(formId);
    },
  };
}

export function draftKeeper(kind: DeviceKind, onError: (error: StorageError) => void = () => undefined): DraftKeeper {
  return kind === 'kiosk' ? kioskKeeper : phoneKeeper(onError);
}
