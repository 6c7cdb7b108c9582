import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { initI18n, loadNamespace, setLanguage } from '../../i18n';
import { deviceKind } from '../../config/device';
import type { FormIndexEntry, PackForm } from '../../lib/content/pack-types';
import type { ContentState } from '../../runtime/content/content-store';
import FormsScreen from './forms-screen';

const L = (ja: string, en: string) => ({ ja, 'ja-easy': ja, en, 'zh-Hans': en, ko: en, vi: en });
const index: FormIndexEntry[] = [
  { id: 'opinion', title: L('市への意見', 'Opinions'), description: L('説明', 'About'), department: L('広報広聴課', 'PR'), kioskAllowed: true },
  { id: 'home-only', title: L('家で出す申請', 'At home'), description: L('説明', 'About'), department: L('市民課', 'Citizens'), kioskAllowed: false },
];
vi.mock('../../runtime/content/content-store', () => ({
  useContent: (): ContentState<FormIndexEntry[]> => ({ status: 'ready', data: index }),
  readContent: async (path: string): Promise<PackForm | undefined> =>
    path === 'forms/opinion.json' ? { def: {}, publicKey: {}, ruby: { 市への意見: [['市', 'し'], ['への'], ['意見', 'いけん']] } } : undefined,
}));
vi.mock('../../outbox/outbox-service', () => ({ useOutboxService: () => undefined }));

beforeAll(async () => {
  await initI18n('ja');
  await loadNamespace('forms', ['ja', 'en']);
});
afterEach(async () => {
  cleanup();
  deviceKind.value = 'phone';
  await setLanguage('ja');
});

describe('the forms list', () => {
  it('lists every form on a phone, in the reader’s language', async () => {
    await setLanguage('en');
    render(<FormsScreen />);
    expect(await screen.findByText('Opinions')).toBeTruthy();
    expect(screen.getByText('At home')).toBeTruthy();
  });

  it('hides forms not allowed on kiosks', async () => {
    deviceKind.value = 'kiosk';
    render(<FormsScreen />);
    expect(await screen.findByText('市への意見')).toBeTruthy();
    expect(screen.queryByText('家で出す申請')).toBeNull();
  });

  it('a language the forms lack gets Japanese with furigana, and says so', async () => {
    await setLanguage('pt');
    render(<FormsScreen />);
    // The notice is in the reader's language (whatever the translators wrote), marked as such.
    await waitFor(() => expect(document.querySelector('.forms-notice[lang="pt"]')).not.toBeNull());
    await waitFor(() => expect(document.querySelector('ruby rt')?.textContent).toBe('し'));
    expect(document.querySelector('.form-link__title span')?.getAttribute('lang')).toBe('ja');
  });
});
