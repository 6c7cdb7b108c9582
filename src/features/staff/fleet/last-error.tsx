import { parseReportedRejection } from '../../../lib/pack/rejection';
import { useStaffText } from '../ui/staff-text';

/**
 * A kiosk's last error as staff should read it: a content pack the terminal refused
 * (src/lib/pack/rejection.ts) becomes a sentence in the staff's language; anything
 * else (a script error) is shown as the terminal sent it.
 */
export function LastError({ text }: { text: string | null }) {
  const { t } = useStaffText();
  if (!text) return <>—</>;
  const rejection = parseReportedRejection(text);
  if (!rejection) return <>{text}</>;
  const values = { version: rejection.version, path: rejection.path, problem: t(`fleet.packProblem.${rejection.problem}`) };
  return (
    <>
      <span class="staff-pack-rejected">
        {rejection.rolledBackTo ? t('fleet.packRejected', { ...values, previous: rejection.rolledBackTo }) : t('fleet.packRejectedKept', values)}
      </span>
      {rejection.rest && <><br />{rejection.rest}</>}
    </>
  );
}
