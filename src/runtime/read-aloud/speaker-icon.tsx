/** A loudspeaker with sound waves: the read-aloud symbol, decorative next to a worded label. */
export function SpeakerIcon() {
  return (
    <svg class="speaker-icon" width="1.5em" height="1.5em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M16 8.5a5 5 0 0 1 0 7M19 5.5a9 9 0 0 1 0 13" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}

export function StopIcon() {
  return (
    <svg class="speaker-icon" width="1.5em" height="1.5em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="5" y="5" width="14" height="14" rx="2" fill="currentColor" />
    </svg>
  );
}
