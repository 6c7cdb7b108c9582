import type { Token, Tokens } from 'marked';
import type { Annotate } from '../annotate.ts';
import type { ContentLanguage, Inline } from '../../../src/lib/content/pack-types.ts';

/** A stretch of inline text with at most one style: the pack's Inline has no nesting. */
export interface Run {
  text: string;
  strong?: true;
  em?: true;
  href?: string;
}

export interface InlineEnv {
  /** Reports a problem at the source text `raw` (located by search in the block). */
  problem(raw: string, message: string): void;
  /** Checks and rewrites a link target; undefined drops the link but keeps its text. */
  link(href: string, raw: string): string | undefined;
}

type Style = 'strong' | 'em' | undefined;

/** Stands for a hard line break until soft breaks have been joined. */
const hardBreak = '\u2028';

/**
 * Flattens marked's inline tokens. Nested styles collapse (strong wins over em, a link
 * keeps only its text) because Inline carries one style; that is what the kiosk renders.
 */
export function inlineRuns(tokens: readonly Token[], env: InlineEnv, style: Style = undefined): Run[] {
  const runs: Run[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) runs.push(...inlineRuns(t.tokens, env, style));
        else runs.push(styled(decodeEntities(t.text), style));
        break;
      }
      case 'strong':
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, env, style === 'strong' ? 'strong' : token.type));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const text = plainRuns(inlineRuns(link.tokens, env));
        const href = env.link(link.href, link.raw);
        runs.push(href === undefined ? styled(text, style) : { text, href });
        break;
      }
      case 'br':
        runs.push(styled(hardBreak, style));
        break;
      case 'html':
        env.problem(token.raw, `raw HTML is not allowed: ${JSON.stringify(token.raw.trim())}`);
        break;
      case 'image':
        env.problem(token.raw, 'images are not supported in guides');
        break;
      case 'del':
        env.problem(token.raw, 'strikethrough is not supported: remove the text instead');
        break;
      case 'checkbox':
        env.problem(token.raw || '[', 'task lists are not supported');
        break;
      default:
        env.problem(token.raw, `unsupported Markdown (${token.type})`);
    }
  }
  return runs;
}

function styled(text: string, style: Style): Run {
  return style ? { text, [style]: true } : { text };
}

export function plainRuns(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('').replace(/\s*\n\s*/g, ' ').trim();
}

/** Merges runs of the same style, joins soft line breaks, trims the ends, then annotates. */
export function toInlines(runs: readonly Run[], lang: ContentLanguage, annotate: Annotate): Inline[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.strong === run.strong && last.em === run.em && last.href === undefined && run.href === undefined) {
      last.text += run.text;
    } else {
      merged.push({ ...run });
    }
  }
  merged.forEach((run, i) => {
    run.text = joinSoftBreaks(run.text, merged[i - 1]?.text.at(-1), merged[i + 1]?.text[0]);
  });
  const first = merged[0];
  if (first) first.text = first.text.trimStart();
  const last = merged.at(-1);
  if (last) last.text = last.text.trimEnd();
  return merged
    .filter((run) => run.text !== '')
    .map((run): Inline => {
      const t = annotate(run.text, lang);
      if (run.href !== undefined) return { t, href: run.href };
      if (run.strong) return { t, strong: true };
      if (run.em) return { t, em: true };
      return { t };
    });
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A newline inside a paragraph is a space in English but nothing in Japanese or Chinese:
 * 「市役所の\n窓口」 is 「市役所の窓口」. Hard breaks (two trailing spaces) survive as \n.
 */
function joinSoftBreaks(text: string, before: string | undefined, after: string | undefined): string {
  return text
    .replace(/[ \t]*\n[ \t]*/g, (match, offset: number) => {
      const prev = text[offset - 1] ?? before ?? '';
      const next = text[offset + match.length] ?? after ?? '';
      return cjk.test(prev) || cjk.test(next) ? '' : ' ';
    })
    .replaceAll(hardBreak, '\n');
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}
