import { useEffect, useRef } from 'preact/hooks';

interface CameraPreviewProps {
  stream: MediaStream;
  /** The text alternative of the picture. */
  label: string;
  /** The video element once it shows frames (the decoder needs its size), null when it stops. */
  onPlaying: (video: HTMLVideoElement | null) => void;
}

/**
 * The live picture with the frame to aim at. The picture itself is hidden from
 * assistive technology and described in one sentence instead: there is nothing to
 * read in it, only a code to hold up.
 */
export function CameraPreview({ stream, label, onPlaying }: CameraPreviewProps) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = stream;
    // Autoplay of a muted camera picture is allowed everywhere; a refusal leaves the
    // picture still and is reported through onPlaying never being called.
    void element.play?.()?.catch(() => undefined);
    return () => {
      onPlaying(null);
      element.srcObject = null;
    };
  }, [stream]);
  return (
    <div class="scan__preview" role="img" aria-label={label}>
      <video
        ref={video}
        class="scan__video"
        aria-hidden="true"
        muted
        playsInline
        autoPlay
        onPlaying={(e) => { if (e.currentTarget.videoWidth > 0) onPlaying(e.currentTarget); }}
      />
      <span class="scan__frame" aria-hidden="true" />
    </div>
  );
}
