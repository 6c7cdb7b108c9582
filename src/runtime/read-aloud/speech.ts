import { computed, signal } from '@preact/signals';
import { displayModes } from '../display/display-modes';
import type { Utterance } from './utterances';
import { chooseVoice, speechLang, utteranceRate } from './voice';
import { registerSpeechStop } from './stop-speaking';

/** The utterance rate for the citizen's chosen speed (a display mode: kiosks reset it at the wipe). */
export const speechRate = computed(() => utteranceRate[displayModes.value.speechRate]);
/** The id of what is being read now (a block, an FAQ answer, a notice), for highlighting. */
export const speaking = signal<string | undefined>(undefined);

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/** Bumped by every new reading and every stop, so events of a cancelled queue change nothing. */
let generation = 0;

/**
 * Reads utterances one after another, highlighting each as it starts. Japanese should
 * come as kana readings (see utterances.ts) so names are said right. Anything already
 * being read stops first.
 */
export function speakAll(utterances: ReadonlyArray<Omit<Utterance, 'id' | 'lang'> & { id?: string; lang: string }>): void {
  if (!speechAvailable()) return;
  stopSpeaking();
  const mine = ++generation;
  const synth = window.speechSynthesis;
  const voices = synth.getVoices();
  const items = utterances.filter((u) => u.text.trim() !== '');
  items.forEach((item, i) => {
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = speechLang(item.lang);
    utterance.rate = speechRate.value;
    const voice = chooseVoice(voices, item.lang);
    if (voice) utterance.voice = voice;
    utterance.onstart = () => { if (generation === mine) speaking.value = item.id; };
    const last = i === items.length - 1;
    utterance.onend = () => { if (generation === mine && last) speaking.value = undefined; };
    // An error (engine gone, voice missing) ends the whole reading: the rest would fail too.
    utterance.onerror = () => { if (generation === mine) stopSpeaking(); };
    synth.speak(utterance);
  });
  // The first highlight shows at once, before the engine has started (or when it never reports).
  if (items.length) speaking.value = items[0]!.id;
}

/** Reads one text; kept for callers that build a sentence themselves (disaster, notices). */
export function speak(text: string, lang: string, id?: string): void {
  speakAll([{ id, text, lang }]);
}

export function stopSpeaking(): void {
  generation++;
  if (speechAvailable()) window.speechSynthesis.cancel();
  speaking.value = undefined;
}
registerSpeechStop(stopSpeaking);

/** The element's classes, plus the one that marks it while it is being read. */
export function speakingClass(id: string, base = ''): string | undefined {
  return [base, speaking.value === id ? 'is-speaking' : ''].filter(Boolean).join(' ') || undefined;
}
