import { describe, expect, it } from 'vitest';
import { chunkFileName } from './chunk-file-names';
import { precacheStage } from '../../src/sw/precache-stages';

const chunk = (facadeModuleId: string | null, moduleIds: string[] = []) => ({ name: 'x', facadeModuleId, moduleIds });

describe('chunk file names', () => {
  it('name each language strings and furigana table, so the service worker can tell them apart', () => {
    expect(chunkFileName(chunk('/w/src/locales/zh-Hans/common.json'))).toBe('assets/locale-zh-Hans-common-[hash].js');
    expect(chunkFileName(chunk('/w/src/generated/ui-ruby/ja-easy/forms.json'))).toBe('assets/ui-ruby-ja-easy-forms-[hash].js');
    expect(chunkFileName(chunk('/w/node_modules/@zxing/browser/esm/index.js', ['/w/node_modules/@zxing/browser/esm/index.js']))).toBe('assets/qr-decoder-[hash].js');
    expect(chunkFileName(chunk('/w/src/features/home/home-screen.tsx'))).toBe('assets/[name]-[hash].js');
  });

  it('agree with the precache stages: a phone reading Vietnamese gets vi, en and ja strings first, the rest later', () => {
    const file = (facade: string) => chunkFileName(chunk(facade, [facade])).replace('[hash]', 'AbC_12-x');
    const languages = ['ja', 'en', 'vi'];
    expect(precacheStage(file('/w/src/locales/vi/common.json'), languages)).toBe(1);
    expect(precacheStage(file('/w/src/generated/ui-ruby/ja/common.json'), languages)).toBe(1);
    expect(precacheStage(file('/w/src/locales/ko/common.json'), languages)).toBe(2);
    expect(precacheStage(file('/w/src/locales/vi/forms.json'), languages)).toBe(2);
    expect(precacheStage(file('/w/node_modules/@zxing/browser/esm/index.js'), languages)).toBe(2);
    expect(precacheStage(file('/w/src/features/disaster/disaster-screen.tsx'), languages)).toBe(1);
  });
});
