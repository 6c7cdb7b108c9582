import { describe, expect, it } from 'vitest';
import { defaultDisplayModes } from '../../../contract/display-modes';
import { handoffUrl, mayBeHandoff, readHandoff, withoutHandoff } from './handoff-params';

const origin = 'https://madoguchi.example';

describe('the kiosk-to-phone handoff link', () => {
  it('carries the language and the display modes that differ from the defaults, and reads back the same', () => {
    const modes = { textSize: 2, theme: 'dark', furigana: true, speechRate: 'slow' } as const;
    const url = handoffUrl(origin, '/guides/evacuation-sites', { language: 'vi', modes });
    expect(url).toBe(`${origin}/guides/evacuation-sites?lang=vi&text=2&theme=dark&furigana=on&speech=slow`);
    expect(readHandoff(new URL(url))).toEqual({ language: 'vi', modes });
    expect(handoffUrl(origin, '/', { language: 'ja', modes: defaultDisplayModes })).toBe(`${origin}/?lang=ja`);
  });

  it('refuses an unknown language and leaves out a malformed mode rather than guess', () => {
    expect(readHandoff(new URL(`${origin}/?lang=xx&text=2`))).toBeUndefined();
    expect(readHandoff(new URL(`${origin}/?lang=ko&text=9&theme=neon&furigana=yes&speech=slow`))).toEqual({ language: 'ko', modes: { speechRate: 'slow' } });
    expect(mayBeHandoff(new URL(`${origin}/search?q=x`))).toBe(false);
  });

  it('gives the page its address back without the handoff, keeping anything else', () => {
    expect(withoutHandoff(new URL(`${origin}/f/bulky-waste?lang=vi&furigana=on`))).toBe('/f/bulky-waste');
    expect(withoutHandoff(new URL(`${origin}/disaster?hazard=tsunami&lang=en#top`))).toBe('/disaster?hazard=tsunami#top');
  });
});
