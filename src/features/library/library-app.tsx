import { useRoute } from 'preact-iso';
import HoldScreen from './hold-screen';
import LibraryScreen from './library-screen';

/**
 * /library and /library/hold/<record>: one route and one chunk for the library screens,
 * so the entry chunk carries a single route entry for them (its budget is nearly full).
 */
export default function LibraryApp() {
  const { params } = useRoute();
  const [page, id] = (params.page ?? '').split('/');
  if (page === 'hold' && id) return <HoldScreen recordId={decodeURIComponent(id)} />;
  return <LibraryScreen />;
}
