import { describe, expect, it } from 'vitest';
import { realForm } from '../../../lib/forms/test/real-forms';
import { jaWords } from '../test/words';
import { answerSections } from './answer-sections';

const form = realForm('bulky-waste');
const labels = (answers: Record<string, unknown>) =>
  answerSections(form, answers, jaWords).flatMap((s) => s.rows.map((r) => [r.label, r.text, r.raw] as const));

describe('answers as staff read them', () => {
  it('uses the form’s labels and option names, and gives a name its フリガナ row', () => {
    const rows = labels({
      itemKinds: ['chest', 'bed'],
      name: { name: '磐城 太郎', kana: 'イワキ タロウ' },
      consent: true,
    });
    expect(rows).toContainEqual(['品目', 'たんす・棚\nベッド・マットレス', false]);
    expect(rows).toContainEqual(['氏名', '磐城 太郎', false]);
    expect(rows).toContainEqual(['氏名（フリガナ）', 'イワキ タロウ', false]);
    expect(rows).toContainEqual(['個人情報の取り扱いへの同意', 'はい', false]);
  });

  it('shows a multi-choice answer one option per line, so 「たんす・棚」 stays one option', () => {
    const [chestOnly] = labels({ itemKinds: ['chest'] });
    const [chestAndBicycle] = labels({ itemKinds: ['chest', 'bicycle'] });
    expect(chestOnly?.[1].split('\n')).toEqual(['たんす・棚']);
    expect(chestAndBicycle?.[1].split('\n')).toEqual(['たんす・棚', '自転車']);
  });

  it('shows raw an unknown option with a line break in it, which would pass for two options', () => {
    expect(labels({ itemKinds: ['chest', 'x\ny'] })[0]).toEqual(['品目', '["chest","x\\ny"]', true]);
  });

  it('lists only answered fields, in the form’s order, under section titles', () => {
    const sections = answerSections(form, { phone: '0246-22-1111', itemKinds: ['bed'] }, jaWords);
    expect(sections.map((s) => s.rows.map((r) => r.label))).toEqual([['品目'], ['電話番号']]);
    expect(sections[0]?.title).toBe('出すものと収集の希望');
  });

  it('shows a value of the wrong shape and a field the form lacks as they came', () => {
    const sections = answerSections(form, { name: '磐城 太郎', secretField: { a: 1 } }, jaWords);
    const rows = sections.flatMap((s) => s.rows);
    expect(rows).toContainEqual(expect.objectContaining({ label: '氏名', text: '"磐城 太郎"', raw: true }));
    expect(sections.at(-1)).toEqual({ title: null, rows: [{ key: 'secretField', label: 'secretField', text: '{"a":1}', raw: true }] });
  });

  it('without the form definition, shows every answer raw rather than nothing', () => {
    const sections = answerSections(undefined, { body: 'ご意見' }, jaWords);
    expect(sections).toEqual([{ title: null, rows: [{ key: 'body', label: 'body', text: '"ご意見"', raw: true }] }]);
  });

  it('offers an attached photo as a file and names it', () => {
    const photo = { name: '街灯.jpg', type: 'image/jpeg', size: 3, dataBase64: 'AAAA' };
    const rows = answerSections(realForm('road-light-report'), { photo }, jaWords).flatMap((s) => s.rows);
    expect(rows[0]).toMatchObject({ text: '街灯.jpg', file: photo });
  });
});
