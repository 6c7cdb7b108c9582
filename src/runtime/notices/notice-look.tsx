import type { ComponentChildren } from 'preact';
import './notice-banner.css';

export type NoticeSeverity = 'emergency' | 'warning' | 'info';
const icons = { emergency: '⚠', warning: '!', info: 'i' } as const;

interface NoticeLookProps {
  severity: NoticeSeverity;
  /** The severity in words, in the reader's language. */
  severityLabel: string;
  text: string;
  lang: string;
  /** alert / status on kiosks; none in the staff console's preview, which must not interrupt. */
  role?: 'alert' | 'status';
  class?: string;
  children?: ComponentChildren;
}

/** One notice as kiosks and phones show it: the banner itself and the staff console's preview of it. */
export function NoticeLook({ severity, severityLabel, text, lang, role, class: extra, children }: NoticeLookProps) {
  return (
    <div class={`${extra ?? ''} notice-banner__item notice-banner__item--${severity}`.trim()} role={role}>
      <span class="notice-banner__icon" aria-hidden="true">{icons[severity]}</span>
      <strong class="notice-banner__severity">{severityLabel}</strong>
      <span class="notice-banner__text" lang={lang}>{text}</span>
      {children && <span class="notice-banner__actions">{children}</span>}
    </div>
  );
}
