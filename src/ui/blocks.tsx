import type { Block, ContentLanguage, Inline } from '../lib/content/pack-types';
import { PlayButton, speakingClass } from '../runtime/read-aloud/read-aloud-bar';
import { blockSpeechId, blockUtterances, sectionRange } from '../runtime/read-aloud/utterances';
import { RText, plainText } from './rtext';

/** Rich text of a guide, rendered from the structured blocks of the pack (never from HTML). */
export function Inlines({ items }: { items: Inline[] }) {
  return (
    <>
      {items.map((item, i) => {
        if ('strong' in item) return <strong key={i}><RText value={item.t} /></strong>;
        if ('em' in item) return <em key={i}><RText value={item.t} /></em>;
        if ('href' in item) {
          const external = /^https?:/.test(item.href);
          return external
            ? <a key={i} href={item.href} rel="noopener noreferrer" target="_blank"><RText value={item.t} /></a>
            : <a key={i} href={item.href}><RText value={item.t} /></a>;
        }
        return <RText key={i} value={item.t} />;
      })}
    </>
  );
}

/** How the blocks of a page are read aloud: ids start with `prefix`; sections get play buttons. */
export interface BlockSpeech { prefix: string; lang: ContentLanguage }

export function Blocks({ blocks, speech }: { blocks: Block[]; speech?: BlockSpeech }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (!speech) return <BlockView key={i} block={block} />;
        const id = blockSpeechId(speech.prefix, i);
        const view = <BlockView key={i} block={block} id={id} highlight={speakingClass(id)} />;
        if (block.type !== 'heading' || block.level > 3) return view;
        const read = () => blockUtterances(blocks, speech.lang, speech.prefix, sectionRange(blocks, i));
        return (
          <div key={i} class="blocks__section-head">
            {view}
            <PlayButton name={block.text.map((x) => plainText(x.t)).join('')} utterances={read} />
          </div>
        );
      })}
    </>
  );
}

function BlockView({ block, id, highlight }: { block: Block; id?: string; highlight?: string }) {
  const speechAttrs = { 'data-speech-id': id, class: highlight };
  switch (block.type) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 2] ?? 'h4';
      return <Tag id={block.id} {...speechAttrs}><Inlines items={block.text} /></Tag>;
    }
    case 'paragraph':
      return <p {...speechAttrs}><Inlines items={block.text} /></p>;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return <Tag {...speechAttrs}>{block.items.map((item, i) => <li key={i}><Inlines items={item} /></li>)}</Tag>;
    }
    case 'table':
      return (
        <div class={highlight ? `table-scroll ${highlight}` : 'table-scroll'} data-speech-id={id} tabIndex={0} role="region" aria-label={block.header.map((h) => h.map((x) => plainText(x.t)).join('')).join(' / ')}>
          <table>
            <thead><tr>{block.header.map((cell, i) => <th key={i} scope="col"><Inlines items={cell} /></th>)}</tr></thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>{row.map((cell, c) => (c === 0 ? <th key={c} scope="row"><Inlines items={cell} /></th> : <td key={c}><Inlines items={cell} /></td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'quote':
      return <blockquote {...speechAttrs}><Blocks blocks={block.blocks} /></blockquote>;
  }
}
