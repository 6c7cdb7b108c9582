import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';

/** One utterance as the stub heard it. */
export interface Heard { text: string; lang: string; rate: number }

/**
 * Headless Chromium has no voices, so speechSynthesis is replaced before the app loads by
 * a queue that records what it is given and speaks nothing. An utterance "ends" only when
 * the test calls finishUtterance(), so the highlight can be checked at each step.
 */
export async function stubSpeech(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = { heard: [] as Array<{ text: string; lang: string; rate: number }>, cancels: 0 };
    let queue: SpeechSynthesisUtterance[] = [];
    let current: SpeechSynthesisUtterance | undefined;
    const next = () => {
      current = queue.shift();
      current?.onstart?.(new Event('start') as SpeechSynthesisEvent);
    };
    const synth = window.speechSynthesis;
    synth.speak = (u) => {
      state.heard.push({ text: u.text, lang: u.lang, rate: u.rate });
      queue.push(u);
      if (!current) next();
    };
    synth.cancel = () => {
      state.cancels++; queue = []; current = undefined;
      // Tells the test too (if it listens), since a kiosk wipe reloads the page and its counts.
      (window as unknown as { reportSpeechCancel?: () => void }).reportSpeechCancel?.();
    };
    synth.getVoices = () => [];
    Object.assign(window, {
      speechStub: state,
      finishUtterance: () => { const done = current; done?.onend?.(new Event('end') as SpeechSynthesisEvent); next(); },
    });
  });
}

export const heard = (page: Page): Promise<Heard[]> =>
  page.evaluate(() => (window as unknown as { speechStub: { heard: Heard[] } }).speechStub.heard);
/** What was spoken, once something has been: an empty list would pass any `.every()`. */
export async function heardSomething(page: Page): Promise<Heard[]> {
  await expect.poll(async () => (await heard(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return heard(page);
}
export const cancels = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { speechStub: { cancels: number } }).speechStub.cancels);
export const finishUtterance = (page: Page): Promise<void> =>
  page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());
export const clearHeard = (page: Page): Promise<void> =>
  page.evaluate(() => { (window as unknown as { speechStub: { heard: unknown[] } }).speechStub.heard.length = 0; });
/** The data-speech-id of the element highlighted as being read, if any. */
export const highlighted = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.querySelector<HTMLElement>('.is-speaking')?.dataset.speechId ?? document.querySelector('.is-speaking')?.className);
