import { BRANCHES } from '../../../contract/library-branches';
import { currentLanguage } from '../../i18n';
import { RText } from '../../ui/rtext';

const byId = new Map(BRANCHES.map((b) => [b.id, b]));

/** A branch as the library names it, with its reading for furigana; other languages get the romanised name beside it. */
export function BranchName({ id }: { id: string }) {
  const branch = byId.get(id);
  if (!branch) return <>{id}</>;
  const japanese = currentLanguage.value === 'ja' || currentLanguage.value === 'ja-easy';
  return (
    <span lang="ja">
      <RText value={[[branch.name, branch.reading]]} />
      {!japanese && <span lang="en"> ({branch.romaji})</span>}
    </span>
  );
}
