import { hazards, type Hazard } from '../../../../contract/hazards';
import { useStaffText } from '../ui/staff-text';

/**
 * What the notice is about, if anything. None by default: most notices name no hazard,
 * and a wrong one would send citizens to sites not designated for their danger.
 */
export function HazardSelect({ value, onChange }: { value: Hazard | undefined; onChange: (hazard: Hazard | undefined) => void }) {
  const { t } = useStaffText();
  return (
    <div class="staff-field">
      <label for="staff-notice-hazard">{t('notices.hazard')}</label>
      <select id="staff-notice-hazard" value={value ?? ''} aria-describedby="staff-notice-hazard-help"
        onChange={(e) => onChange(hazards.find((h) => h === e.currentTarget.value))}>
        <option value="">{t('notices.hazardNone')}</option>
        {hazards.map((h) => <option key={h} value={h}>{t(`notices.hazards.${h}`)}</option>)}
      </select>
      <small id="staff-notice-hazard-help">{t('notices.hazardHint')}</small>
    </div>
  );
}
