import { Lexer, type Token, type Tokens } from 'marked';
import type { Annotate } from '../annotate.ts';
import type { Block, ContentLanguage, Inline } from '../../../src/lib/content/pack-types.ts';
import { createSlugger } from './slug.ts';
import { inlineRuns, plainRuns, toInlines, type InlineEnv, type Run } from './inline.ts';
import { checkHref } from './links.ts';

export interface MarkdownProblem {
  /** Offset in the Markdown text. */
  offset: number;
  message: string;
}

export interface GuideLink {
  id: string;
  offset: number;
}

export interface MarkdownResult {
  blocks: Block[];
  problems: MarkdownProblem[];
  /** Links to other guides, checked against the guide list once all guides are read. */
  guideLinks: GuideLink[];
}

/**
 * Guide body → the pack's Block[]: headings 2–4 (with ids), paragraphs, lists, tables,
 * quotes; inline strong, em and links. Anything the kiosk cannot render faithfully
 * (raw HTML, images, code, nested lists, h1) is a problem with a position, not a silent drop.
 */
export function markdownToBlocks(markdown: string, lang: ContentLanguage, annotate: Annotate): MarkdownResult {
  const problems: MarkdownProblem[] = [];
  const guideLinks: GuideLink[] = [];
  const slug = createSlugger();
  let blockOffset = 0;

  // Nested tokens carry no offset: find their text inside the current top-level block.
  const offsetOf = (raw: string) => {
    const found = raw ? markdown.indexOf(raw, blockOffset) : -1;
    return found === -1 ? blockOffset : found;
  };
  const env: InlineEnv = {
    problem: (raw, message) => problems.push({ offset: offsetOf(raw), message }),
    link: (href, raw) => {
      const checked = checkHref(href);
      if (!checked.ok) {
        problems.push({ offset: offsetOf(raw), message: checked.error });
        return undefined;
      }
      if (checked.value.guideId) guideLinks.push({ id: checked.value.guideId, offset: offsetOf(raw) });
      return checked.value.href;
    },
  };
  const inlines = (tokens: readonly Token[] | undefined): Inline[] => toInlines(inlineRuns(tokens ?? [], env), lang, annotate);

  const convert = (tokens: readonly Token[]): Block[] => {
    const blocks: Block[] = [];
    for (const token of tokens) {
      const block = convertBlock(token);
      if (block) blocks.push(block);
    }
    return blocks;
  };

  const convertBlock = (token: Token): Block | undefined => {
    switch (token.type) {
      case 'space':
      case 'def': // link reference definitions: marked has already resolved them
        return undefined;
      case 'heading': {
        const heading = token as Tokens.Heading;
        const level = heading.depth;
        if (level !== 2 && level !== 3 && level !== 4) {
          const hint = level === 1 ? ' (the title comes from the front matter; start sections at ##)' : '';
          env.problem(token.raw, `heading level ${level} is not supported: use ## to ####${hint}`);
          return undefined;
        }
        const runs = inlineRuns(heading.tokens, env);
        return { type: 'heading', level, id: slug(plainRuns(runs)), text: toInlines(runs, lang, annotate) };
      }
      case 'paragraph':
        return { type: 'paragraph', text: inlines((token as Tokens.Paragraph).tokens) };
      case 'list': {
        const list = token as Tokens.List;
        return { type: 'list', ordered: list.ordered, items: list.items.map((item) => listItem(item)) };
      }
      case 'table': {
        const table = token as Tokens.Table;
        return {
          type: 'table',
          header: table.header.map((cell) => inlines(cell.tokens)),
          rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens))),
        };
      }
      case 'blockquote':
        return { type: 'quote', blocks: convert((token as Tokens.Blockquote).tokens) };
      case 'html':
        env.problem(token.raw, `raw HTML is not allowed: ${JSON.stringify(token.raw.trim().slice(0, 40))}`);
        return undefined;
      case 'hr':
        env.problem(token.raw, 'horizontal rules are not supported: start a new section with ## instead');
        return undefined;
      case 'code':
        env.problem(token.raw, 'code blocks are not supported in guides');
        return undefined;
      default:
        env.problem(token.raw, `unsupported Markdown (${token.type})`);
        return undefined;
    }
  };

  // A list item is one line of inline text; paragraphs of a loose item are joined.
  const listItem = (item: Tokens.ListItem): Inline[] => {
    const runs: Run[] = [];
    for (const part of item.tokens) {
      if (part.type === 'text' || part.type === 'paragraph' || part.type === 'checkbox') {
        if (runs.length > 0 && part.type === 'paragraph') runs.push({ text: '\n' });
        runs.push(...inlineRuns(part.type === 'checkbox' ? [part] : ((part as Tokens.Text).tokens ?? [part]), env));
      } else if (part.type === 'list') {
        env.problem(part.raw, 'nested lists are not supported: flatten the list or use a table');
      } else if (part.type !== 'space') {
        env.problem(part.raw, `a list item can hold only text (found ${part.type})`);
      }
    }
    return toInlines(runs, lang, annotate);
  };

  const blocks: Block[] = [];
  for (const token of new Lexer({ gfm: true }).lex(markdown)) {
    blockOffset = markdown.indexOf(token.raw, blockOffset);
    if (blockOffset === -1) blockOffset = 0;
    const block = convertBlock(token);
    if (block) blocks.push(block);
    blockOffset += token.raw.length;
  }
  // Problems inside a block were located relative to its start; keep them in source order.
  problems.sort((a, b) => a.offset - b.offset);
  return { blocks, problems, guideLinks };
}
