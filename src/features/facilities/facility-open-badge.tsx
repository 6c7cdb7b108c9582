import { useT } from '../../i18n';
import type { OpeningHours } from '../../lib/content/pack-types';
import { openState } from '../../lib/hours/open-now';
import './facilities.css';

/**
 * "Open now / closed now": in words and with a shape, never by colour alone. The words are
 * one flex item, so they wrap as one line of text (each UI string may be its own element).
 */
export function OpenBadge({ hours, now }: { hours: OpeningHours; now: Date }) {
  const t = useT();
  const state = openState(hours, now);
  if (state.open) {
    return (
      <span class="open-badge open-badge--open">
        <span aria-hidden="true">●</span> <span>{t('facilities.openNow')}{state.closesAt && <> ({t('facilities.closesAt', { time: state.closesAt })})</>}</span>
      </span>
    );
  }
  return (
    <span class="open-badge open-badge--closed">
      <span aria-hidden="true">■</span> <span>{t('facilities.closedNow')} ({t(`facilities.closedReason.${state.reason}`)})</span>
    </span>
  );
}
