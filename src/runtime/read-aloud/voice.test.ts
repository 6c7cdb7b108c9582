import { describe, expect, it } from 'vitest';
import { chooseVoice, speechLang, type VoiceInfo } from './voice';

const voice = (lang: string, localService = true): VoiceInfo & { name: string } => ({ name: `${lang}${localService ? '' : ' (network)'}`, lang, localService, default: false });

describe('choosing a voice', () => {
  const voices = [voice('en-US'), voice('fi-FI'), voice('ja-JP', false), voice('ja-JP'), voice('zh-TW'), voice('zh-CN'), voice('pt_BR')];

  it('speaks やさしい日本語 with a Japanese voice, preferring one that works offline', () => {
    expect(speechLang('ja-easy')).toBe('ja');
    expect(chooseVoice(voices, 'ja-easy')?.name).toBe('ja-JP');
  });

  it('reads traditional Chinese with a Taiwanese voice and simplified with a mainland one', () => {
    expect(chooseVoice(voices, 'zh-Hant')?.lang).toBe('zh-TW');
    expect(chooseVoice(voices, 'zh-Hans')?.lang).toBe('zh-CN');
  });

  it('matches whole language subtags: Filipino never gets the Finnish voice', () => {
    expect(chooseVoice(voices, 'fil')).toBeUndefined();
    expect(chooseVoice(voices, 'pt')?.lang).toBe('pt_BR');
  });

  it('finds nothing when no voice reads the language', () => {
    expect(chooseVoice(voices, 'ne')).toBeUndefined();
    expect(chooseVoice([], 'ja')).toBeUndefined();
  });
});
