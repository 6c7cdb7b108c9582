import { signal } from '@preact/signals';

/** Speaking rate chosen by the citizen (0.7 slow … 1.3 fast); kiosks reset it at the wipe. */
export const speechRate = signal(1);
/** What is being read now (an element id or a notice id), for highlighting. */
export const speaking = signal<string | undefined>(undefined);

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

/**
 * Reads text with the Web Speech API in the given language. Japanese should be
 * passed as its kana reading (from the build-time furigana) so names are said right.
 * Anything already being read stops first.
 */
export function speak(text: string, lang: string, id?: string): void {
  if (!speechAvailable() || !text.trim()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === 'ja-easy' ? 'ja-JP' : lang;
  utterance.rate = speechRate.value;
  // Match whole primary subtags: "fil" must not pick a Finnish ("fi") voice.
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const voice = window.speechSynthesis.getVoices().find((v) => primary(v.lang) === primary(utterance.lang));
  if (voice) utterance.voice = voice;
  speaking.value = id;
  utterance.onend = () => { if (speaking.value === id) speaking.value = undefined; };
  utterance.onerror = utterance.onend;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (speechAvailable()) window.speechSynthesis.cancel();
  speaking.value = undefined;
}
