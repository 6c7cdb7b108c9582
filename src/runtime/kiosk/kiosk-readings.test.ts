import { describe, expect, it } from 'vitest';
import { activateUiRuby, addUiRubyTable, uiRuby } from '../../i18n/ui-ruby';
import { registerKioskReadings } from './kiosk-readings';

describe('a kiosk’s own names in sentences', () => {
  it('the name inserted into a template gets the readings the build gave it', () => {
    addUiRubyTable('ja', [[['{{place}}'], ['から'], ['近', 'ちか'], ['い'], ['順', 'じゅん']]]);
    activateUiRuby('ja');
    expect(uiRuby('平支所から近い順')?.[0]).toEqual(['平支所']);
    expect(registerKioskReadings([[['平', 'たいら'], ['支所', 'ししょ']], 'not segments', [[1, 2]]])).toBe(1);
    expect(uiRuby('平支所から近い順')?.slice(0, 2)).toEqual([['平', 'たいら'], ['支所', 'ししょ']]);
  });

  it('a file that is not a list of segments registers nothing', () => {
    expect(registerKioskReadings({ ja: '平支所' })).toBe(0);
    expect(registerKioskReadings([[]])).toBe(0);
  });
});
