import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs`, so "open now" badges stay true on a kiosk left on all day. */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
