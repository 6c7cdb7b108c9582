import { useEffect, useRef, useState } from 'preact/hooks';
import type { QrReaderLoader } from './qr-reader';

/**
 * Runs the decoder over the preview while `video` is playing, and stops it when the
 * video stops (camera switched, page hidden, screen left). Resolves the decoder
 * lazily, so ZXing is fetched only once there is a picture to read.
 */
export function useQrDecoding(video: HTMLVideoElement | null, playing: boolean, load: QrReaderLoader, onText: (text: string) => void): { failed: boolean } {
  const [failed, setFailed] = useState(false);
  // The latest handler, without restarting the decoder each time the screen re-renders.
  const handler = useRef(onText);
  handler.current = onText;

  useEffect(() => {
    if (!video || !playing) return;
    let stopDecoding: (() => void) | undefined;
    let live = true;
    load().then(
      (reader) => {
        if (!live) return;
        setFailed(false);
        stopDecoding = reader.start(video, (text) => handler.current(text));
      },
      () => { if (live) setFailed(true); },
    );
    return () => {
      live = false;
      stopDecoding?.();
    };
  }, [video, playing, load]);

  return { failed };
}
