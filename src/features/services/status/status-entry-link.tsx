import { useNamespaceT } from '../../../i18n';

/** The way to /status from the forms list, where a citizen looks for their request. */
export function StatusEntryLink() {
  const ts = useNamespaceT('services');
  return ts ? <p class="forms__status-link"><a class="button" href="/status">{ts('entry.status')}</a></p> : null;
}
