import { describe, expect, it } from 'vitest';
import opinion from '../../../content/forms/opinion.json';
import { submittableAnswers, visibleFields, visibleFieldsInSection, type Answers } from './answers';
import { parseFormDef } from './form-schema';
import { options, testForm } from './test/form-fixture';

const form = testForm(
  [
    { id: 'kinds', type: 'choice', required: true, multiple: true, options: options('sofa', 'bed', 'other') },
    { id: 'otherKind', type: 'text', required: true, maxLength: 50, visibleWhen: { field: 'kinds', equals: 'other' } },
    { id: 'bigItem', type: 'text', required: false, maxLength: 50, visibleWhen: { field: 'kinds', in: ['sofa', 'bed'] } },
  ],
  [
    { id: 'reply', type: 'choice', required: true, multiple: false, options: options('none', 'email') },
    { id: 'email', type: 'email', required: true, visibleWhen: { field: 'reply', equals: 'email' } },
    { id: 'agree', type: 'consent', required: false, text: { ja: 'x', 'ja-easy': 'x', en: 'x', 'zh-Hans': 'x', ko: 'x', vi: 'x' } },
    { id: 'why', type: 'textarea', required: false, maxLength: 100, visibleWhen: { field: 'agree', equals: false } },
  ],
);
const ids = (answers: Answers) => visibleFields(form, answers).map((f) => f.id);

describe('which questions are shown', () => {
  it('shows a follow-up when a multi-select includes the value', () => {
    expect(ids({ kinds: ['sofa', 'other'] })).toContain('otherKind');
    expect(ids({ kinds: ['sofa'] })).not.toContain('otherKind');
  });

  it('shows an "in" follow-up when any listed value is selected', () => {
    expect(ids({ kinds: ['bed'] })).toContain('bigItem');
    expect(ids({ kinds: ['other'] })).not.toContain('bigItem');
  });

  it('compares a single choice by equality', () => {
    expect(ids({ reply: 'email' })).toContain('email');
    expect(ids({ reply: 'none' })).not.toContain('email');
    expect(ids({})).not.toContain('email');
  });

  it('treats an unticked consent as false', () => {
    expect(ids({})).toContain('why');
    expect(ids({ agree: true })).not.toContain('why');
  });

  it('lists the shown questions of one section for the runner page', () => {
    expect(visibleFieldsInSection(form, 1, { reply: 'none', agree: true }).map((f) => f.id)).toEqual(['reply', 'agree']);
    expect(visibleFieldsInSection(form, 7, {})).toEqual([]);
  });

  it('hides questions that depend on a hidden question', () => {
    const chained = testForm([
      { id: 'reply', type: 'choice', required: true, multiple: false, options: options('post', 'none') },
      { id: 'method', type: 'choice', required: false, multiple: false, options: options('letter', 'parcel'), visibleWhen: { field: 'reply', equals: 'post' } },
      { id: 'size', type: 'text', required: false, maxLength: 10, visibleWhen: { field: 'method', equals: 'parcel' } },
    ]);
    expect(visibleFields(chained, { reply: 'none', method: 'parcel' }).map((f) => f.id)).toEqual(['reply']);
  });

  it('follows the reply method of the real opinion form', () => {
    const parsed = parseFormDef(opinion, 'opinion.json');
    if (!parsed.ok) throw new Error('opinion.json does not parse');
    const shown = visibleFields(parsed.value, { replyMethod: 'post' }).map((f) => f.id);
    expect(shown).toEqual(expect.arrayContaining(['name', 'postalCode', 'address']));
    expect(shown).not.toContain('email');
  });
});

describe('what is submitted', () => {
  it('keeps hidden answers in the draft but does not send them', () => {
    const draft: Answers = { reply: 'none', email: 'taro@example.jp', kinds: ['sofa'], otherKind: '机' };
    expect(submittableAnswers(form, draft)).toEqual({ kinds: ['sofa'], reply: 'none' });
    expect(draft.email).toBe('taro@example.jp');
  });

  it('sends trimmed, normalised values in form order and leaves out blanks', () => {
    const sent = submittableAnswers(form, { reply: 'email', email: ' ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ ', kinds: ['other', 'other'], otherKind: '  机  ', agree: false, why: '   ' });
    expect(sent).toEqual({ kinds: ['other'], otherKind: '机', reply: 'email', email: 'taro@example.jp', agree: false });
    expect(Object.keys(sent)).toEqual(['kinds', 'otherKind', 'reply', 'email', 'agree']);
  });

  it('drops answers to questions the form does not have', () => {
    expect(submittableAnswers(form, { reply: 'none', myNumber: '123456789012' })).toEqual({ reply: 'none' });
  });

  it('sends a name with its reading in katakana', () => {
    const named = testForm([{ id: 'name', type: 'person-name', required: true }, { id: 'phone', type: 'phone', required: true }, { id: 'count', type: 'number', required: true, min: 1, max: 9 }]);
    expect(submittableAnswers(named, { name: { name: ' 磐城　太郎 ', kana: 'いわき たろう' }, phone: '０９０ー１２３４ー５６７８', count: '３' })).toEqual({
      name: { name: '磐城 太郎', kana: 'イワキ タロウ' },
      phone: '090-1234-5678',
      count: 3,
    });
  });
});
