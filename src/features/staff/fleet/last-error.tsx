import { parseReportedRejection } from '../../../lib/pack/rejection';
import { parseReportedRefusal } from '../../../lib/pack/refusal';
import { useStaffText } from '../ui/staff-text';

/**
 * A kiosk's last error as staff should read it: a content pack the terminal rolled back
 * (src/lib/pack/rejection.ts) or refused as older or expired (src/lib/pack/refusal.ts)
 * becomes a sentence in the staff's language; anything else (a script error) is shown
 * as the terminal sent it.
 */
export function LastError({ text }: { text: string | null }) {
  const { t } = useStaffText();
  if (!text) return <>—</>;
  const rejection = parseReportedRejection(text);
  if (!rejection) return <Refusal text={text} />;
  const values = { version: rejection.version, path: rejection.path, problem: t(`fleet.packProblem.${rejection.problem}`) };
  return (
    <>
      <span class="staff-pack-rejected">
        {rejection.rolledBackTo ? t('fleet.packRejected', { ...values, previous: rejection.rolledBackTo }) : t('fleet.packRejectedKept', values)}
      </span>
      {rejection.rest && <><br /><Refusal text={rejection.rest} /></>}
    </>
  );
}

function Refusal({ text }: { text: string }) {
  const { t } = useStaffText();
  const refusal = parseReportedRefusal(text);
  if (!refusal) return <>{text}</>;
  const values = { version: refusal.version, kept: refusal.kept ?? t('fleet.noPack') };
  return (
    <>
      <span class="staff-pack-refused">{t(`fleet.packRefused.${refusal.reason}`, values)}</span>
      {refusal.rest && <><br />{refusal.rest}</>}
    </>
  );
}
