import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { deviceKind } from '../../config/device';
import { activeNotices } from '../../runtime/notices/notices';
import { appStartRedirect } from './evacuation-first';
import { readSeenNotices, rememberSeenNotices } from './evacuation-seen';

/**
 * Renders nothing: on a phone opened at "/" during an emergency, moves to the evacuation
 * view as soon as the notice is known (it may arrive after the first render). Its own
 * component so a change of notices re-renders only this, not the whole shell.
 */
export function EvacuationFirstRedirect() {
  const { path, route } = useLocation();
  const firstPath = useRef(path);
  const navigated = useRef(false);
  if (path !== firstPath.current) navigated.current = true;
  const notices = activeNotices.value;
  useEffect(() => {
    const redirect = appStartRedirect({ device: deviceKind.value, path, navigated: navigated.current }, notices, readSeenNotices());
    if (!redirect) return;
    rememberSeenNotices(redirect.seen);
    // Replace: the citizen did not choose home, so Back should not lead there first.
    route(redirect.href, true);
  }, [notices, path]);
  return null;
}
