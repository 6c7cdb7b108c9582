import { useEffect, useRef, useState } from 'preact/hooks';
import { effect } from '@preact/signals';
import { useLocation } from 'preact-iso';
import { currentLanguage } from '../../i18n';
import { kioskIdentity } from './kiosk-identity';
import { endSessionRequest, kioskConfig, kioskProblem, kioskRevoked, type KioskProblem } from './kiosk-state';
import { useKioskConfig } from './use-kiosk-config';
import { createIdleTimer, type IdleTimer } from './idle-timer';
import { IdleWarning } from './idle-warning';
import { OperatorScreen } from './operator-screen';
import { wipeSession } from './wipe';
import { startHeartbeat } from './heartbeat';
import { useLockdown } from './lockdown';
import { useSingleEntryHistory } from './single-entry-history';
import { useQuietHourUpdates } from './quiet-hours';
import { ExternalLinkDialog } from './external-link-dialog';
import { LeaveFormGuard } from './leave-form-guard';
import { KeyboardHost } from './keyboard';
import { speaking } from '../read-aloud/speech';
import { useBackNavigation } from '../navigation/back-navigation';
import { kioskHeaderParts } from './kiosk-header-parts';
import { KioskNav } from './kiosk-nav';
import { HandoffButton } from './handoff-button';
import { EndSessionButton } from './end-session-button';
import { basemapRequestUrl } from '../../lib/pmtiles/basemap-url';

// Loaded with this chunk, before the first screen of a kiosk renders (see kiosk-header-parts).
kioskHeaderParts.value = { Nav: KioskNav, Handoff: HandoffButton, EndSession: EndSessionButton };

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

const problemMessages = {
  offline: 'kiosk.enrolOffline',
  refused: 'kiosk.enrolRefused',
  busy: 'kiosk.enrolBusy',
  storage: 'kiosk.enrolStorage',
  'not-enrolled': 'kiosk.notEnrolled',
  unreadable: 'kiosk.identityUnreadable',
} as const satisfies Record<KioskProblem, string>;

/**
 * Everything that makes this browser a public terminal. Rendered on every browser
 * marked as a kiosk, enrolled or not: one without a usable identity (enrolment
 * failed, never enrolled, unreadable, revoked) shows the operator screen and never
 * the citizens' app, so nothing can be typed into it.
 */
export function KioskRuntime({ children }: { children: preact.ComponentChildren }) {
  useLockdown();
  useSingleEntryHistory();
  const problem = kioskProblem.value ?? (kioskIdentity.value ? undefined : 'not-enrolled');
  if (problem) {
    const key = problemMessages[problem];
    return <OperatorScreen message={(t) => <p>{t(key)}</p>} />;
  }
  if (kioskRevoked.value) return <OperatorScreen message={(t) => <p>{t('kiosk.revoked')}</p>} />;
  return <KioskSession>{children}</KioskSession>;
}

/**
 * An enrolled terminal: its configuration, the idle warning and wipe, the heartbeat
 * and the on-screen keyboard. Returns an operator screen instead of the app while the
 * configuration is missing or invalid (never a blank page).
 */
function KioskSession({ children }: { children: preact.ComponentChildren }) {
  const { path, route } = useLocation();
  const config = useKioskConfig();
  const [warning, setWarning] = useState<number | undefined>();
  const idle = useRef<IdleTimer | undefined>(undefined);
  useQuietHourUpdates();
  useBackNavigation();

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
    if (cfg.basemap) void fetch(basemapRequestUrl(cfg.basemap), { headers: { range: 'bytes=0-126' } }).catch(() => undefined);
    return () => {
      idle.current?.dispose();
      for (const e of activityEvents) document.removeEventListener(e, onActivity, { capture: true });
      stopHeartbeat();
    };
  }, [ready]);

  // The citizen says they are done (「おわる（消す）」, the receipt's 「終わる」): the same wipe as the idle timer's.
  useEffect(() => {
    const seen = endSessionRequest.peek();
    return effect(() => {
      if (endSessionRequest.value === seen) return;
      setWarning(undefined);
      void wipeSession(route);
    });
  }, []);

  // Someone listening to a page is not idle: each paragraph that starts counts as a touch,
  // so a long reading is not wiped mid-sentence (a reading ends, so the clock still runs out).
  useEffect(() => effect(() => { if (speaking.value !== undefined) idle.current?.activity(); }), []);

  // Nobody to forget on the attract loop: the clock only runs during a session.
  useEffect(() => {
    if (path === '/attract') idle.current?.pause();
    else idle.current?.activity();
  }, [path, ready]);

  if (config.status === 'no-pack' || config.status === 'loading') return <OperatorScreen message={(t) => <p role="status">{t('kiosk.preparing')}</p>} />;
  if (config.status === 'missing') {
    const terminalId = kioskIdentity.value?.terminalId ?? '';
    return <OperatorScreen message={(t) => <p>{t('kiosk.noConfig', { terminalId })}</p>} />;
  }
  if (config.status === 'invalid') {
    return (
      <OperatorScreen
        message={(t) => <p>{t('kiosk.badConfig')}</p>}
        details={<ul>{config.issues.map((i) => <li key={i.path}>{i.path}: {i.message}</li>)}</ul>}
      />
    );
  }
  return (
    <>
      {children}
      {warning !== undefined && (
        <IdleWarning seconds={warning} onContinue={() => idle.current?.activity()} onEnd={() => { setWarning(undefined); void wipeSession(route); }} />
      )}
      <ExternalLinkDialog />
      <LeaveFormGuard />
      <KeyboardHost enabled language={currentLanguage.value} />
    </>
  );
}
