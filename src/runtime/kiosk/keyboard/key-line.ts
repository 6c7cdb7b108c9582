import type { CharKey, SymbolName } from './layout-types';

const symbolNames: Record<string, SymbolName> = {
  'ー': 'longVowel', '・': 'middleDot', '、': 'jaComma', '。': 'jaPeriod',
  '-': 'hyphen', '@': 'at', '.': 'period', '_': 'underscore', ',': 'comma', '/': 'slash',
  '¿': 'invertedQuestion', '¡': 'invertedExclamation',
};

/** One line from a string: a space is an empty cell. */
export function line(chars: string): (CharKey | null)[] {
  return [...chars].map((text): CharKey | null => {
    if (text === ' ') return null;
    const name = symbolNames[text];
    return name ? { kind: 'char', text, name } : { kind: 'char', text };
  });
}
