import { useEffect, useRef, useState } from 'preact/hooks';
import { effect } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { currentLanguage, useT } from '../../i18n';
import { kioskIdentity } from './kiosk-identity';
import { enrolmentProblem, kioskConfig, kioskRevoked } from './kiosk-state';
import { useKioskConfig } from './use-kiosk-config';
import { createIdleTimer, type IdleTimer } from './idle-timer';
import { IdleWarning } from './idle-warning';
import { OperatorScreen } from './operator-screen';
import { wipeSession } from './wipe';
import { startHeartbeat } from './heartbeat';
import { useLockdown } from './lockdown';
import { useQuietHourUpdates } from './quiet-hours';
import { ExternalLinkDialog } from './external-link-dialog';
import { KeyboardHost } from './keyboard';
import { speaking } from '../read-aloud/speech';

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * Everything that makes this browser a public terminal: its configuration, the idle
 * warning and wipe, the heartbeat, the lockdown and the on-screen keyboard. Rendered
 * only on enrolled kiosks; returns an operator screen instead of the app when the
 * terminal cannot work (never a blank page).
 */
export function KioskRuntime({ children }: { children: preact.ComponentChildren }) {
  const t = useT();
  const { path, route } = useLocation();
  const config = useKioskConfig();
  const [warning, setWarning] = useState<number | undefined>();
  const idle = useRef<IdleTimer | undefined>(undefined);
  useLockdown();
  useQuietHourUpdates();

  const ready = config.status === 'ready' && kioskConfig.value;
  useEffect(() => {
    if (!ready) return;
    const cfg = kioskConfig.value!;
    const wipe = () => { setWarning(undefined); void wipeSession(route); };
    idle.current = createIdleTimer({
      timeoutMs: cfg.idle.timeoutSeconds * 1000,
      warningMs: cfg.idle.warningSeconds * 1000,
      onWarn: setWarning, onTick: setWarning, onResume: () => setWarning(undefined), onWipe: wipe,
    });
    const onActivity = () => idle.current?.activity();
    for (const e of activityEvents) document.addEventListener(e, onActivity, { capture: true, passive: true });
    const stopHeartbeat = startHeartbeat(cfg.heartbeatSeconds);
    // Ask for the street map's header now: the service worker then keeps the whole file,
    // before the day the network is down. Offline now: the next start tries again.
    if (cfg.basemap) void fetch(cfg.basemap.url, { headers: { range: 'bytes=0-126' } }).catch(() => undefined);
    return () => {
      idle.current?.dispose();
      for (const e of activityEvents) document.removeEventListener(e, onActivity, { capture: true });
      stopHeartbeat();
    };
  }, [ready]);

  // Someone listening to a page is not idle: each paragraph that starts counts as a touch,
  // so a long reading is not wiped mid-sentence (a reading ends, so the clock still runs out).
  useEffect(() => effect(() => { if (speaking.value !== undefined) idle.current?.activity(); }), []);

  // Nobody to forget on the attract loop: the clock only runs during a session.
  useEffect(() => {
    if (path === '/attract') idle.current?.pause();
    else idle.current?.activity();
  }, [path, ready]);

  if (enrolmentProblem.value) {
    const key = ({ offline: 'kiosk.enrolOffline', refused: 'kiosk.enrolRefused', storage: 'kiosk.enrolStorage' } as const)[enrolmentProblem.value];
    return <OperatorScreen><p>{t(key)}</p></OperatorScreen>;
  }
  if (kioskRevoked.value) return <OperatorScreen><p>{t('kiosk.revoked')}</p></OperatorScreen>;
  if (config.status === 'no-pack' || config.status === 'loading') return <OperatorScreen><p role="status">{t('kiosk.preparing')}</p></OperatorScreen>;
  if (config.status === 'missing') return <OperatorScreen><p>{t('kiosk.noConfig', { terminalId: kioskIdentity.value?.terminalId ?? '' })}</p></OperatorScreen>;
  if (config.status === 'invalid') {
    return (
      <OperatorScreen>
        <p>{t('kiosk.badConfig')}</p>
        <ul>{config.issues.map((i) => <li key={i.path}>{i.path}: {i.message}</li>)}</ul>
      </OperatorScreen>
    );
  }
  return (
    <>
      {children}
      {warning !== undefined && (
        <IdleWarning seconds={warning} onContinue={() => idle.current?.activity()} onEnd={() => { setWarning(undefined); void wipeSession(route); }} />
      )}
      <ExternalLinkDialog />
      <KeyboardHost enabled language={currentLanguage.value} />
    </>
  );
}
