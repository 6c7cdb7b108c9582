import type { SpeechRate } from '../../../contract/display-modes';

/** Utterance rates for the three speeds: slow enough to follow, fast enough not to bore. */
export const utteranceRate: Record<SpeechRate, number> = { slow: 0.7, normal: 1, fast: 1.3 };

/**
 * The BCP 47 tag a voice is asked for. やさしい日本語 is Japanese to a speech engine; the
 * script subtags of Chinese name the region whose voices read that script.
 */
export function speechLang(lang: string): string {
  const tags: Record<string, string> = { 'ja-easy': 'ja', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };
  return tags[lang] ?? lang;
}

/** What a voice needs to be chosen; a structural subset of SpeechSynthesisVoice. */
export interface VoiceInfo { lang: string; localService: boolean; default: boolean }

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
const normal = (tag: string) => tag.toLowerCase().replace(/_/g, '-');

/**
 * The voice for a language: the exact tag first, then the same primary language
 * (whole subtags, so "fil" never picks a Finnish "fi" voice). A local voice beats a
 * network one, because a kiosk must keep talking when the line is down.
 * Undefined when no listed voice reads the language: the engine then chooses by the
 * utterance's lang (speech-dispatcher lists no voices yet still speaks through espeak-ng).
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normal(speechLang(lang));
  const rank = (v: V) => (normal(v.lang) === wanted ? 0 : 2) + (v.localService ? 0 : 1);
  return voices
    .filter((v) => primary(v.lang) === primary(wanted))
    .sort((a, b) => rank(a) - rank(b))[0];
}
