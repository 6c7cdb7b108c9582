import { useFormsT } from './forms-i18n';

/** "2/5" in words and as a bar; the bar repeats the text, so screen readers hear it once. */
export function ProgressBar({ current, total }: { current: number; total: number }) {
  const t = useFormsT();
  return (
    <div class="runner-progress">
      <p class="runner-progress__text">
        <span class="visually-hidden">{t('runner.progressLabel')} </span>
        {t('runner.progress', { current, total })}
      </p>
      <progress class="runner-progress__bar" max={total} value={current} aria-hidden="true" />
    </div>
  );
}
