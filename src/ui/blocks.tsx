import type { Block, Inline } from '../lib/content/pack-types';
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

export function Blocks({ blocks }: { blocks: Block[] }) {
  return <>{blocks.map((block, i) => <BlockView key={i} block={block} />)}</>;
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 2] ?? 'h4';
      return <Tag id={block.id}><Inlines items={block.text} /></Tag>;
    }
    case 'paragraph':
      return <p><Inlines items={block.text} /></p>;
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return <Tag>{block.items.map((item, i) => <li key={i}><Inlines items={item} /></li>)}</Tag>;
    }
    case 'table':
      return (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={block.header.map((h) => h.map((x) => plainText(x.t)).join('')).join(' / ')}>
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
      return <blockquote><Blocks blocks={block.blocks} /></blockquote>;
  }
}
