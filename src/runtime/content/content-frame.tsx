import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n';
import type { ContentState } from './content-store';
import { packStatus } from './pack-status';

/** Loading, "no pack yet" and "missing" states shared by every content screen. */
export function ContentFrame<T>({ state, children }: { state: ContentState<T>; children: (data: T) => ComponentChildren }) {
  const t = useT();
  if (state.status === 'loading') return <p role="status">{t('content.loading')}</p>;
  if (state.status === 'missing') {
    const status = packStatus.value;
    return (
      <div class="notice" role="status">
        <p>{status.state === 'downloading' ? t('content.downloading', { done: status.done, total: status.total }) : t('content.noPack')}</p>
      </div>
    );
  }
  return <>{children(state.data)}</>;
}
