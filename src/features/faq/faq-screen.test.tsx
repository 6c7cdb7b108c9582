import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { initI18n, setLanguage } from '../../i18n';
import type { FaqItem } from '../../lib/content/pack-types';
import type { ContentState } from '../../runtime/content/content-store';
import FaqScreen from './faq-screen';

const mark = { source: '2026-12-01', checked: false };
// Bulky waste is translated into Vietnamese; the library card is not (it stays Japanese).
const items: FaqItem[] = [
  { id: 'faq-043', category: 'library', question: [['図書館', 'としょかん'], ['の利用カードを作りたいです。']], answer: 'カウンターで申し込んでください。', tags: [] },
  {
    id: 'faq-029', category: 'waste', question: '粗大ごみはどうやって出せばよいですか。', answer: '事前の申込制です。', tags: [], updated: '2026-12-01',
    translations: { vi: { question: 'Rác cồng kềnh (粗大ごみ) bỏ như thế nào?', answer: 'Rác cồng kềnh phải đăng ký trước.', ...mark } },
  },
];
vi.mock('../../runtime/content/content-store', () => ({
  useContent: (): ContentState<FaqItem[]> => ({ status: 'ready', data: items }),
}));

beforeAll(async () => {
  await initI18n('ja');
});
afterEach(async () => {
  cleanup();
  await setLanguage('ja');
});

describe('the FAQ screen', () => {
  it('shows a Vietnamese reader the entries translated into Vietnamese first, marked as unchecked drafts in Vietnamese', async () => {
    await setLanguage('vi');
    render(<FaqScreen />);
    const question = await screen.findByText('Rác cồng kềnh (粗大ごみ) bỏ như thế nào?');
    const entry = question.closest('details')!;
    expect(entry.getAttribute('lang')).toBe('vi');
    expect(entry.textContent).toContain('Rác cồng kềnh phải đăng ký trước.');
    const draft = entry.querySelector('.faq__draft')!;
    expect(draft.textContent).toBe('Bản dịch máy hoặc bản dịch nháp, nhân viên thành phố chưa kiểm tra.');
    expect(draft.getAttribute('lang')).toBe('vi');
    // Translated first, although the file lists the library entry before it.
    expect([...document.querySelectorAll('details.faq__item')].map((d) => d.id)).toEqual(['faq-029', 'faq-043']);
  });

  it('says, in Vietnamese, that the rest follows in Japanese, and shows it with furigana', async () => {
    await setLanguage('vi');
    render(<FaqScreen />);
    const notice = await screen.findByText('Các câu hỏi dưới đây chưa được dịch. Chúng được hiển thị bằng tiếng Nhật kèm furigana (cách đọc).');
    expect(notice.getAttribute('lang')).toBe('vi');
    const japanese = document.getElementById('faq-043')!;
    expect(japanese.getAttribute('lang')).toBe('ja');
    expect(japanese.querySelector('ruby rt')?.textContent).toBe('としょかん');
    expect(japanese.querySelector('.faq__draft')).toBeNull();
  });

  it('a language with no translated entry gets everything in Japanese, with the page-wide notice', async () => {
    await setLanguage('pt');
    render(<FaqScreen />);
    expect(await screen.findByText('Esta página existe só em japonês. Ela é mostrada com furigana (leitura dos kanji).')).toBeTruthy();
    expect(screen.getByText('粗大ごみはどうやって出せばよいですか。').closest('details')?.getAttribute('lang')).toBe('ja');
  });

  it('a Japanese reader sees the Japanese original, with no notice and no draft mark', async () => {
    render(<FaqScreen />);
    expect(await screen.findByText('粗大ごみはどうやって出せばよいですか。')).toBeTruthy();
    expect(document.querySelector('.notice')).toBeNull();
    expect(document.querySelector('.faq__draft')).toBeNull();
  });
});
