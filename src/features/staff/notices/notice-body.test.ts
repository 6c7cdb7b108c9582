import { describe, expect, it } from 'vitest';
import { languageCodes } from '../../../../contract/languages';
import { fromJstLocal, jstLocalValue, missingLanguages, noticeBody, type NoticeDraft } from './notice-body';

const now = new Date('2026-11-25T00:00:00Z'); // 09:00 in Iwaki
const draft = (over: Partial<NoticeDraft> = {}): NoticeDraft => ({
  severity: 'emergency', hazard: undefined, messages: { ja: ' 津波警報が出ています。高台へ避難してください。 ', en: '' },
  targets: 'all', chosen: [], expiresLocal: '2026-11-25T21:00', ...over,
});

describe('a notice from the form', () => {
  it('reads the expiry as Japan time and leaves out an empty English text', () => {
    expect(noticeBody(draft(), now)).toEqual({
      ok: true,
      value: { severity: 'emergency', message: { ja: '津波警報が出ています。高台へ避難してください。' }, targets: 'all', expiresAt: '2026-11-25T12:00:00.000Z' },
    });
  });

  it('sends every language given, trimmed, and the chosen kiosks', () => {
    const messages = { ja: '津波警報', en: 'Tsunami warning', ne: ' सुनामी चेतावनी ', pt: '   ' };
    const result = noticeBody(draft({ messages, targets: 'chosen', chosen: ['taira-1'] }), now);
    expect(result.ok && result.value).toMatchObject({ message: { ja: '津波警報', en: 'Tsunami warning', ne: 'सुनामी चेतावनी' }, targets: ['taira-1'] });
    expect(result.ok && Object.keys(result.value.message)).toEqual(['ja', 'en', 'ne']);
  });

  it('lists the languages still without text, やさしい日本語 first after Japanese', () => {
    expect(missingLanguages({ ja: '津波警報', en: 'Tsunami warning', vi: ' ' })).toEqual(languageCodes.filter((c) => c !== 'ja' && c !== 'en'));
    expect(missingLanguages({ ja: '津波警報' })[0]).toBe('ja-easy');
  });

  it('sends the hazard when one is chosen, and none by default', () => {
    const tsunami = noticeBody(draft({ hazard: 'tsunami' }), now);
    expect(tsunami.ok && tsunami.value.hazard).toBe('tsunami');
    const none = noticeBody(draft(), now);
    expect(none.ok && none.value).not.toHaveProperty('hazard');
  });

  it('says what is missing', () => {
    expect(noticeBody(draft({ messages: { ja: '  ', en: 'Tsunami' } }), now)).toEqual({ ok: false, error: 'message-required' });
    expect(noticeBody(draft({ targets: 'chosen' }), now)).toEqual({ ok: false, error: 'no-targets' });
    expect(noticeBody(draft({ expiresLocal: '' }), now)).toEqual({ ok: false, error: 'expiry-invalid' });
    expect(noticeBody(draft({ expiresLocal: '2026-11-25T08:59' }), now)).toEqual({ ok: false, error: 'expiry-past' });
  });

  it('fills the expiry input in Japan time', () => {
    expect(jstLocalValue(now)).toBe('2026-11-25T09:00');
    expect(fromJstLocal('2026-11-25T09:00')?.toISOString()).toBe(now.toISOString());
  });
});
