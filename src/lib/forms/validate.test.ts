import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './answers';
import type { Field } from './form-schema';
import { L, options, testForm, type FieldInput } from './test/form-fixture';
import { firstSectionWithError, validateAll, validateField, validateSection } from './validate';

// 2026-11-25 08:30 in Japan is still the 24th in UTC: "today" must be Japan's.
const now = new Date('2026-11-24T23:30:00Z');
const check = (field: FieldInput, value: AnswerValue | undefined) => validateField({ ...field, label: L('x') } as Field, value, now);

describe('required answers', () => {
  it('asks for a required answer, and not for an optional one', () => {
    expect(check({ id: 'a', type: 'text', required: true, maxLength: 10 }, '   ')).toEqual({ code: 'required' });
    expect(check({ id: 'a', type: 'text', required: false, maxLength: 10 }, undefined)).toBeUndefined();
    expect(check({ id: 'a', type: 'choice', required: true, multiple: true, options: options('x') }, [])).toEqual({ code: 'required' });
  });

  it('asks for the consent box to be ticked', () => {
    const consent = { id: 'c', type: 'consent', required: true, text: L('同意') } as const;
    expect(check(consent, false)).toEqual({ code: 'consent-required' });
    expect(check(consent, undefined)).toEqual({ code: 'consent-required' });
    expect(check(consent, true)).toBeUndefined();
  });

  it('does not ask for a required field while it is hidden', () => {
    const form = testForm([
      { id: 'reply', type: 'choice', required: true, multiple: false, options: options('none', 'email') },
      { id: 'email', type: 'email', required: true, visibleWhen: { field: 'reply', equals: 'email' } },
    ]);
    expect([...validateSection(form, 0, { reply: 'none' }, now)]).toEqual([]);
    expect([...validateSection(form, 0, { reply: 'email' }, now)]).toEqual([['email', { code: 'required' }]]);
  });
});

describe('text length', () => {
  const text = { id: 't', type: 'text', required: false, maxLength: 5, minLength: 2 } as const;
  it('counts characters as people see them', () => {
    expect(check(text, '𠮷野家うどん')).toEqual({ code: 'too-long', params: { max: 5 } });
    expect(check(text, '𠮷野家')).toBeUndefined();
    expect(check(text, '𠮷')).toEqual({ code: 'too-short', params: { min: 2 } });
  });
});

describe('names', () => {
  const name = { id: 'n', type: 'person-name', required: true } as const;
  it('accepts a name with its reading, typed in hiragana', () => {
    expect(check(name, { name: '磐城 太郎', kana: 'いわき たろう' })).toBeUndefined();
  });

  it('points at the box that needs fixing', () => {
    expect(check(name, { name: '', kana: '' })).toEqual({ code: 'required', part: 'name' });
    expect(check(name, { name: '磐城 太郎', kana: '' })).toEqual({ code: 'kana-required', part: 'kana' });
    expect(check(name, { name: '磐城 太郎', kana: '磐城' })).toEqual({ code: 'not-katakana', part: 'kana' });
    expect(check(name, { name: '', kana: 'イワキ' })).toEqual({ code: 'required', part: 'name' });
  });

  it('asks for the reading even on an optional name once a name is written', () => {
    expect(check({ ...name, required: false }, { name: '磐城', kana: '' })).toEqual({ code: 'kana-required', part: 'kana' });
  });
});

describe('formats', () => {
  it('explains phone, postal code and email formats', () => {
    expect(check({ id: 'p', type: 'phone', required: true }, '090-1234-567')).toEqual({ code: 'phone-format' });
    expect(check({ id: 'p', type: 'phone', required: true }, '０２４６ー２２ー１１１１')).toBeUndefined();
    expect(check({ id: 'z', type: 'postal-code', required: true }, '970-802')).toEqual({ code: 'postal-format' });
    expect(check({ id: 'z', type: 'postal-code', required: true }, '９７０８０２６')).toBeUndefined();
    expect(check({ id: 'e', type: 'email', required: false }, 'taro@')).toEqual({ code: 'email-format' });
  });

  it('wants times as HH:MM', () => {
    const time = { id: 't', type: 'time', required: true } as const;
    expect(check(time, '09:30')).toBeUndefined();
    expect(check(time, '24:00')).toEqual({ code: 'time-format' });
    expect(check(time, '9時')).toEqual({ code: 'time-format' });
  });
});

describe('numbers', () => {
  const count = { id: 'c', type: 'number', required: true, min: 1, max: 10, step: 1 } as const;
  it('keeps numbers in range and whole', () => {
    expect(check(count, 11)).toEqual({ code: 'number-range', params: { min: 1, max: 10 } });
    expect(check(count, 2.5)).toEqual({ code: 'not-whole-number' });
    expect(check(count, '３')).toBeUndefined();
    expect(check(count, 'three')).toEqual({ code: 'not-a-number' });
    expect(check(count, '1e1')).toEqual({ code: 'not-a-number' });
  });

  it('keeps other steps', () => {
    expect(check({ ...count, min: 0, step: 0.5 }, 0.75)).toEqual({ code: 'number-step', params: { step: 0.5 } });
    expect(check({ ...count, min: 0, step: 0.5 }, 1.5)).toBeUndefined();
  });
});

describe('dates', () => {
  const collection = { id: 'd', type: 'date', required: true, min: 'today+7', max: 'today+60' } as const;
  it('counts "today" in Japan time', () => {
    expect(check(collection, '2026-12-02')).toBeUndefined();
    expect(check(collection, '2026-12-01')).toEqual({ code: 'date-range', params: { min: '2026-12-02', max: '2027-01-24' } });
    expect(check(collection, '2027-01-25')).toEqual({ code: 'date-range', params: { min: '2026-12-02', max: '2027-01-24' } });
  });

  it('names the one bound a date has', () => {
    expect(check({ id: 'b', type: 'date', required: true, max: 'today' }, '2026-11-26')).toEqual({ code: 'date-too-late', params: { max: '2026-11-25' } });
    expect(check({ id: 'b', type: 'date', required: true, min: '1900-01-01' }, '1899-12-31')).toEqual({ code: 'date-too-early', params: { min: '1900-01-01' } });
  });

  it('refuses the closed days a form names: weekends and national holidays for collection', () => {
    const weekdaysOnly = { ...collection, closedWeekdays: [0, 6], closedOnHolidays: true };
    expect(check(weekdaysOnly, '2026-12-04')).toBeUndefined(); // a Friday
    expect(check(weekdaysOnly, '2026-12-05')).toEqual({ code: 'date-closed' }); // Saturday
    expect(check(weekdaysOnly, '2026-12-06')).toEqual({ code: 'date-closed' }); // Sunday
    expect(check(weekdaysOnly, '2027-01-11')).toEqual({ code: 'date-closed' }); // 成人の日, a Monday
    expect(check(collection, '2027-01-11')).toBeUndefined(); // the same day, on a form that says nothing
  });

  it('refuses dates that do not exist', () => {
    expect(check(collection, '2026-02-30')).toEqual({ code: 'not-a-date' });
    expect(check(collection, '2026/12/10')).toEqual({ code: 'not-a-date' });
  });
});

describe('choices, places and files', () => {
  it('refuses values the choice does not offer', () => {
    const single = { id: 'c', type: 'choice', required: true, multiple: false, options: options('a', 'b') } as const;
    expect(check(single, 'z')).toEqual({ code: 'choice-invalid' });
    expect(check(single, ['a'])).toEqual({ code: 'choice-invalid' });
    expect(check({ ...single, multiple: true }, ['a', 'z'])).toEqual({ code: 'choice-invalid' });
    expect(check({ ...single, multiple: true }, ['a', 'b'])).toBeUndefined();
  });

  it('takes a place as a map point or as words', () => {
    const place = { id: 'l', type: 'location', required: true } as const;
    expect(check(place, { lat: 37.05, lng: 140.89 })).toBeUndefined();
    expect(check(place, { description: '平駅の北口、バス停の横' })).toBeUndefined();
    expect(check(place, { description: '  ' })).toEqual({ code: 'required' });
    expect(check(place, { lat: 137, lng: 140 })).toEqual({ code: 'location-invalid' });
  });

  it('limits photos by type and size', () => {
    const photo: FieldInput = { id: 'f', type: 'file', required: false, accept: ['image/jpeg', 'image/heic'], maxBytes: 10 * 1024 * 1024 };
    const file = (name: string, type: string, size: number) => ({ name, type, size, dataBase64: '' });
    expect(check(photo, file('a.jpg', 'image/jpeg', 1000))).toBeUndefined();
    expect(check(photo, file('IMG_0001.HEIC', '', 1000))).toBeUndefined();
    expect(check(photo, file('a.gif', 'image/gif', 1000))).toEqual({ code: 'file-type', params: { accept: 'JPEG, HEIC' } });
    expect(check(photo, file('a.jpg', 'image/jpeg', 11 * 1024 * 1024))).toEqual({ code: 'file-too-large', params: { max: 10485760, maxMegabytes: 10 } });
  });

  it('refuses an answer of the wrong shape', () => {
    expect(check({ id: 'a', type: 'text', required: true, maxLength: 10 }, 5)).toEqual({ code: 'invalid-value' });
  });
});

describe('the whole form', () => {
  const form = testForm(
    [{ id: 'name', type: 'person-name', required: true }],
    [{ id: 'phone', type: 'phone', required: true }, { id: 'ok', type: 'consent', required: true, text: L('同意') }],
  );
  it('collects every error in form order and finds the first page to fix', () => {
    const errors = validateAll(form, { name: { name: '磐城', kana: 'イワキ' }, phone: '123' }, now);
    expect([...errors.keys()]).toEqual(['phone', 'ok']);
    expect(firstSectionWithError(form, errors)).toBe(1);
    expect(firstSectionWithError(form, new Map())).toBeUndefined();
  });
});
