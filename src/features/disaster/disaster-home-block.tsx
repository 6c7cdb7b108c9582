import { useT } from '../../i18n';
import { disasterMode } from '../../runtime/notices/notices';

/**
 * On home while an emergency notice is in force: one large link straight to the
 * evacuation screen, which preselects the notice's hazard itself (and says so). Small on purpose: it is
 * on home's critical path (the notice banner above it is already loaded there).
 */
export function DisasterHomeBlock() {
  const t = useT();
  if (!disasterMode.value) return null;
  return (
    <p class="disaster-home-block">
      <span>{t('disaster.homeBlock')}</span>
      <a class="button button--primary disaster-home-block__link" href="/disaster">{t('disaster.homeButton')}</a>
    </p>
  );
}
