import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDisplayModes, updateDisplayModes } from '../display/display-modes';
import { speakAll, speaking, stopSpeaking } from './speech';

/** A speech engine that queues and only moves on when told to: enough to follow the highlight. */
class FakeUtterance {
  lang = ''; rate = 1; voice: unknown = null;
  onstart?: () => void; onend?: () => void; onerror?: () => void;
  constructor(public text: string) {}
}
let queue: FakeUtterance[] = [];
const synth = {
  speak: (u: FakeUtterance) => { queue.push(u); if (queue.length === 1) u.onstart?.(); },
  cancel: vi.fn(() => { queue = []; }),
  getVoices: () => [],
};
const finish = () => { const done = queue.shift(); done?.onend?.(); queue[0]?.onstart?.(); };

beforeEach(() => {
  queue = [];
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  vi.stubGlobal('speechSynthesis', synth);
});
afterEach(() => { stopSpeaking(); resetDisplayModes(); vi.unstubAllGlobals(); });

const page = [{ id: 'a', text: 'ひとつめ', lang: 'ja' }, { id: 'b', text: 'ふたつめ', lang: 'ja' }];

describe('speaking a page', () => {
  it('highlights each utterance as it starts and nothing once the last has ended', () => {
    speakAll(page);
    expect(speaking.value).toBe('a');
    finish();
    expect(speaking.value).toBe('b');
    finish();
    expect(speaking.value).toBeUndefined();
  });

  it('speaks at the chosen speed, in the voice language of the text', () => {
    updateDisplayModes({ speechRate: 'slow' });
    speakAll([{ id: 'x', text: 'ゆっくり', lang: 'ja-easy' }]);
    expect(queue[0]).toMatchObject({ rate: 0.7, lang: 'ja' });
  });

  it('ignores events of a reading that was stopped', () => {
    speakAll(page);
    const stale = queue[1]!;
    stopSpeaking();
    expect(synth.cancel).toHaveBeenCalled();
    stale.onstart?.();
    expect(speaking.value).toBeUndefined();
  });
});
