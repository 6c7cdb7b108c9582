import { useNamespaceT } from '../../i18n';
import { ContentFrame } from '../../runtime/content/content-frame';
import { Page } from '../../ui/page';
import { OneScreen } from './one-screen';
import { usePhrasebook } from './use-phrasebook';
import './counter.css';

/** /counter/one: the split screen, fully offline (the phrasebook is in the pack). */
export default function OneScreenRoute() {
  const t = useNamespaceT('counter');
  const book = usePhrasebook();
  return (
    <Page title={t?.('title') ?? ''}>
      <ContentFrame state={book}>{(data) => <OneScreen book={data} />}</ContentFrame>
    </Page>
  );
}
