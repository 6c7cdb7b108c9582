import { describe, expect, it } from 'vitest';
import { realForm } from '../../../lib/forms/test/real-forms';
import { jaWords } from '../test/words';
import { csvTable, type ExportRow } from './csv-table';

const form = realForm('bulky-waste');
const row = (answers: Record<string, unknown> | undefined, receiptNumber = 'IW-2026-000001'): ExportRow => ({
  receiptNumber, receivedAt: '2026-11-24T23:47:05.000Z', status: 'received', answers,
});

describe('one CSV row per submission', () => {
  it('has the fixed columns, then each field’s label, with 氏名 and フリガナ as two columns', () => {
    const [header] = csvTable(form, [], jaWords);
    expect(header?.slice(0, 4)).toEqual(['受付番号', '受付日時', '状態', '品目']);
    const name = header?.indexOf('氏名') ?? -1;
    expect(header?.[name + 1]).toBe('氏名（フリガナ）');
  });

  it('writes received time in Japan time, multi-choice one option per line and names split', () => {
    const table = csvTable(form, [row({ itemKinds: ['chest', 'table'], name: { name: '磐城 太郎', kana: 'イワキ タロウ' }, itemCount: 2 })], jaWords);
    const [header, first] = table;
    const cell = (label: string) => first?.[header?.indexOf(label) ?? -1];
    expect(first?.slice(0, 3)).toEqual(['IW-2026-000001', '2026-11-25 08:47:05', '未処理']);
    // With 「・」 between options this was 「たんす・棚・机・テーブル」: two options or four?
    expect(cell('品目')).toBe('たんす・棚\n机・テーブル');
    expect(cell('氏名')).toBe('磐城 太郎');
    expect(cell('氏名（フリガナ）')).toBe('イワキ タロウ');
    expect(table.every((r) => r.length === header?.length)).toBe(true);
  });

  it('writes an attached file as its name only', () => {
    const photo = { name: 'light.jpg', type: 'image/jpeg', size: 3, dataBase64: 'AAAA'.repeat(100) };
    const [header, first] = csvTable(realForm('road-light-report'), [row({ photo })], jaWords);
    expect(first?.[header?.indexOf('写真（任意）') ?? -1]).toBe('light.jpg');
    expect(first?.join('')).not.toContain('AAAA');
  });

  it('keeps Excel from running a formula a citizen typed', () => {
    const [header, first] = csvTable(form, [row({ otherItem: '=HYPERLINK("http://evil")' })], jaWords);
    expect(first?.[header?.indexOf('その他の品目') ?? -1]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('keeps a row with empty answers for a submission that could not be decrypted', () => {
    const [header, first] = csvTable(form, [row(undefined)], jaWords);
    expect(first?.length).toBe(header?.length);
    expect(first?.slice(3).every((c) => c === '')).toBe(true);
  });

  it('adds columns at the end for answers the form does not have', () => {
    const [header, first] = csvTable(form, [row({ legacyField: 'x' })], jaWords);
    expect(header?.at(-1)).toBe('legacyField');
    expect(first?.at(-1)).toBe('"x"');
  });
});
