import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { cameraChoices, type CameraChoice } from './camera-choice';
import { cameraFailure, stopStream, supportsTorch, setTorch, type CameraApi, type CameraFailure, type CameraRequest } from './camera';

export type CameraState =
  | { status: 'off' }
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream }
  | { status: 'failed'; reason: CameraFailure };

export interface CameraControls {
  state: CameraState;
  /** Offered only when there is more than one camera to choose from. */
  choices: CameraChoice[];
  deviceId: string | undefined;
  torch: { available: boolean; on: boolean };
  start(request?: CameraRequest): void;
  stop(): void;
  toggleTorch(): void;
}

const defaultRequest: CameraRequest = { facing: 'environment' };

/**
 * One camera stream for the lifetime of the screen. The stream is stopped when the
 * screen goes away and while the page is hidden (another tab, the phone locked), and
 * comes back by itself when the page is shown again, since the citizen had started it.
 * Nothing is asked of the browser until `start` (or `autoStart`, on kiosks).
 */
export function useCamera(camera: CameraApi, autoStart: boolean): CameraControls {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [choices, setChoices] = useState<CameraChoice[]>([]);
  const [torch, setTorchState] = useState({ available: false, on: false });
  const stream = useRef<MediaStream | undefined>(undefined);
  const request = useRef<CameraRequest>(defaultRequest);
  // Each start gets a number; a stream that arrives for an older one (or after unmount) is stopped at once.
  const generation = useRef(0);
  /** The citizen wants the camera on: true from start until stop, through the page being hidden. */
  const wanted = useRef(false);

  const release = useCallback(() => {
    generation.current++;
    stopStream(stream.current);
    stream.current = undefined;
    setTorchState({ available: false, on: false });
  }, []);

  const fail = useCallback((error: unknown) => {
    release();
    // Not retried by itself when the page is shown again: a denial would only be repeated.
    wanted.current = false;
    // "Try again" asks for any camera: the one picked may be the one that went away.
    request.current = defaultRequest;
    setState({ status: 'failed', reason: cameraFailure(error) });
  }, [release]);

  const start = useCallback((next: CameraRequest = request.current) => {
    release();
    const mine = generation.current;
    wanted.current = true;
    request.current = next;
    setState({ status: 'starting' });
    camera.open(next).then(
      async (opened) => {
        if (mine !== generation.current) return stopStream(opened);
        stream.current = opened;
        const track = opened.getVideoTracks()[0];
        // A USB camera unplugged, or taken by another app: say so instead of showing a frozen picture.
        track?.addEventListener('ended', () => { if (mine === generation.current) fail(new DOMException('ended', 'NotReadableError')); });
        setTorchState({ available: supportsTorch(track), on: false });
        setState({ status: 'live', stream: opened });
        // Labels and facing are readable only now that permission is granted.
        const listed = await camera.list().catch(() => []);
        if (mine === generation.current) setChoices(cameraChoices(listed));
      },
      (error: unknown) => { if (mine === generation.current) fail(error); },
    );
  }, [camera, release, fail]);

  const stop = useCallback(() => {
    wanted.current = false;
    release();
    setState({ status: 'off' });
  }, [release]);

  const toggleTorch = useCallback(() => {
    const track = stream.current?.getVideoTracks()[0];
    if (!track) return;
    const on = !torch.on;
    void setTorch(track, on).then((done) => { if (done) setTorchState({ available: true, on }); });
  }, [torch.on]);

  useEffect(() => {
    if (autoStart) start();
    const onVisibility = () => {
      if (!wanted.current) return;
      if (document.visibilityState === 'hidden') {
        release(); // also drops a stream still on its way
        setState({ status: 'off' });
      } else {
        start();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      release();
    };
  }, []);

  const deviceId = state.status === 'live' ? state.stream.getVideoTracks()[0]?.getSettings().deviceId : undefined;
  return { state, choices: choices.length > 1 ? choices : [], deviceId, torch, start, stop, toggleTorch };
}
