import type { ContentLanguage, RText } from '../../src/lib/content/pack-types.ts';

/**
 * The one place text becomes RText. Every RText field of every document passes through
 * here, so the furigana stage (kuromoji + the Iwaki user dictionary, later) replaces this
 * function and nothing else. For now it is the identity: plain strings.
 */
export type Annotate = (text: string, lang: ContentLanguage) => RText;

export const annotate: Annotate = (text) => text;
