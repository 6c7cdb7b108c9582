import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/**
 * In-app lockdown for a shared terminal: no context menu, no pinch or ctrl-zoom
 * escapes, no file pickers, no downloads, and "back" from the attract loop never
 * reopens the previous citizen's page. (Chromium's --kiosk flags do the rest; see README.)
 */
export function useLockdown(): void {
  const { path, route } = useLocation();
  useEffect(() => {
    const prevent = (e: Event) => e.preventDefault();
    const noZoomWheel = (e: WheelEvent) => { if (e.ctrlKey) e.preventDefault(); };
    const noFileOrDownload = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (target?.closest('input[type=file], a[download]')) e.preventDefault();
    };
    document.addEventListener('contextmenu', prevent);
    document.addEventListener('gesturestart', prevent);
    document.addEventListener('wheel', noZoomWheel, { passive: false });
    document.addEventListener('click', noFileOrDownload, { capture: true });
    return () => {
      document.removeEventListener('contextmenu', prevent);
      document.removeEventListener('gesturestart', prevent);
      document.removeEventListener('wheel', noZoomWheel);
      document.removeEventListener('click', noFileOrDownload, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (path !== '/attract') return;
    const stay = () => route('/attract', true);
    window.addEventListener('popstate', stay);
    return () => window.removeEventListener('popstate', stay);
  }, [path]);
}
