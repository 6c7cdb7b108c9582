/**
 * The QR decoder behind one small interface, so the screen and its tests do not
 * depend on ZXing. ZXing (~130 KB gzip) is imported on first use only: it is its own
 * chunk, never part of the start-up path, and only the scan screen asks for it.
 */
export interface QrReader {
  /** Decodes frames of a playing video until the returned function is called; each text read goes to onText. */
  start(video: HTMLVideoElement, onText: (text: string) => void): () => void;
}

export type QrReaderLoader = () => Promise<QrReader>;

let loading: Promise<QrReader> | undefined;

export const loadZxingReader: QrReaderLoader = () => {
  loading ??= import('@zxing/browser').then(({ BrowserQRCodeReader }) => {
    // A few frames a second keeps a phone cool and still answers within a blink; after
    // a read, a pause, so the same code is not decoded again dozens of times.
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150, delayBetweenScanSuccess: 1000 });
    return {
      start(video, onText) {
        const controls = reader.scan(video, (result) => {
          // Most frames hold no code: ZXing reports those as errors, which are not ours to show.
          if (result) onText(result.getText());
        });
        return () => controls.stop();
      },
    };
  });
  // A failed download (offline before the chunk was cached) may succeed on the next try.
  loading.catch(() => { loading = undefined; });
  return loading;
};
