import { describe, expect, it } from 'vitest';
import { phraseBreak } from '../content/pack-types';
import { createWordCutter, wordRuns, wordSegs } from './word-runs';

/**
 * The cases use words every ICU dictionary of recent years agrees on (Thai and Burmese
 * segment alike in Node and Chromium; Khmer does not, so only its structure is asserted).
 */
describe('cutting spaceless text into words', () => {
  it('cuts Thai between words and joins back to the text exactly', () => {
    const text = 'ภาษาไทยง่ายนิดเดียว';
    const runs = wordRuns(text, 'th');
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.join('')).toBe(text);
    expect(runs).toContain('ภาษา');
  });

  it('keeps Burmese words whole that the browser broke in a guide (သတိပေးချက် "warning")', () => {
    const runs = wordRuns('သတိပေးချက် (津波警報) ထုတ်ပြန်ပါက', 'my');
    expect(runs.join('')).toBe('သတိပေးချက် (津波警報) ထုတ်ပြန်ပါက');
    expect(runs.some((run) => run.includes('သတိပေး') && run.includes('ချက်'))).toBe(true);
  });

  it('puts spaces and opening marks at the start of a word and closing marks at its end', () => {
    const runs = wordRuns('กรุณาอ่าน (คำเตือน) ก่อน។', 'th');
    expect(runs.join('')).toBe('กรุณาอ่าน (คำเตือน) ก่อน។');
    // No run starts with a closing mark, none ends with an opening one or a space.
    expect(runs.filter((run) => /^[)\]។]/u.test(run) || /[([\s]$/u.test(run))).toEqual([]);
    expect(runs.some((run) => run.startsWith(' ('))).toBe(true);
  });

  it('keeps Latin letters and digits together (60cm, Wi-Fi) inside Khmer text', () => {
    const text = 'ទំហំ 60cm និង Wi-Fi ឥតគិតថ្លៃ។';
    const runs = wordRuns(text, 'km');
    expect(runs.join('')).toBe(text);
    expect(runs).toContain(' 60cm');
    expect(runs).toContain(' Wi-Fi');
  });

  it('gives segments with a break marker between words, and nothing for other text', () => {
    const segs = wordSegs('ภาษาไทย', 'th');
    expect(segs?.map((s) => s[0]).join('')).toBe('ภาษาไทย');
    expect(segs).toContainEqual([...phraseBreak]);
    expect(wordSegs('Iwaki 2026', 'th')).toBeUndefined();
  });

  it('keeps a single word whole too (one segment, no marker)', () => {
    expect(wordSegs('ภาษา', 'th')).toEqual([['ภาษา']]);
  });

  it('remembers what it cut: the same text gives the same segments', () => {
    const cut = createWordCutter('my');
    const first = cut('သတိပေးချက် ထုတ်ပြန်ပါက');
    expect(first).toBeDefined();
    expect(cut('သတိပေးချက် ထုတ်ပြန်ပါက')).toBe(first);
    expect(cut('English only')).toBeUndefined();
  });
});
