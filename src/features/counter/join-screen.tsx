import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { JoinedConversation } from '../../../contract/api/counter';
import { currentLanguage, useNamespaceT } from '../../i18n';
import type { LanguageCode } from '../../i18n/languages';
import { ContentFrame } from '../../runtime/content/content-frame';
import { stopSpeaking } from '../../runtime/read-aloud/speech';
import { Page } from '../../ui/page';
import { CounterHalf } from './counter-half';
import { NumberPad } from './number-pad';
import { readLine } from './read-line';
import { useConversation, type ConversationSession } from './use-conversation';
import { useCounterText } from './use-counter-text';
import { usePhrasebook, type Phrasebook } from './use-phrasebook';
import './counter.css';

type JoinProblem = 'unknown' | 'tooMany' | 'offline';

async function join(code: string): Promise<JoinedConversation | JoinProblem> {
  try {
    const response = await fetch('/api/counter/join', {
      method: 'POST', headers: { 'content-type': 'application/json' }, cache: 'no-store', body: JSON.stringify({ code }),
    });
    if (response.status === 429) return 'tooMany';
    if (!response.ok) return 'unknown';
    return (await response.json()) as JoinedConversation;
  } catch {
    return 'offline';
  }
}

/**
 * /counter/join: the citizen's screen of a two-screen conversation, on a kiosk (the code
 * typed on the pad) or a phone (the code in the QR the clerk's screen shows).
 */
export default function JoinScreen() {
  const t = useNamespaceT('counter');
  const { query } = useLocation();
  const book = usePhrasebook();
  const [session, setSession] = useState<ConversationSession | undefined>(undefined);
  const [problem, setProblem] = useState<JoinProblem | undefined>(undefined);
  const tryCode = async (code: string) => {
    const result = await join(code);
    if (typeof result === 'string') setProblem(result);
    else { setProblem(undefined); setSession({ sessionId: result.sessionId, token: result.token, side: 'citizen' }); }
  };
  const fromQr = query.code;
  useEffect(() => { if (fromQr && /^\d{6}$/.test(fromQr)) void tryCode(fromQr); }, [fromQr]);
  if (!t) return <div class="page" aria-busy="true" />;
  return (
    <Page title={t('join.title')}>
      <ContentFrame state={book}>
        {(data) => session ? <CitizenSide book={data} session={session} /> : (
          <div class="counter-join">
            {problem && <p class="counter-join__error" role="alert">{t(problem === 'offline' ? 'status.offline' : `join.${problem}`)}</p>}
            <NumberPad t={t} label={t('join.code')} length={6} onSend={(code) => void tryCode(code)} />
            {problem === 'offline' && <a class="button" href="/counter/one">{t('oneScreen')}</a>}
          </div>
        )}
      </ContentFrame>
    </Page>
  );
}

function CitizenSide({ book, session }: { book: Phrasebook; session: ConversationSession }) {
  const [lang, setLang] = useState<LanguageCode>(currentLanguage.value);
  const text = useCounterText([lang]);
  // The clerk's words are read to the citizen in the citizen's language as they arrive.
  const live = useConversation(session, (line) => { if (line.from === 'staff') readLine(book, line, lang); });
  if (!text) return <div aria-busy="true" />;
  const t = text(lang);
  if (live.status === 'ended') {
    return (
      <div class="counter-join">
        <p class="counter-half__phrase" role="status">{t('ended')}</p>
        <a class="button" href="/counter">{t('back')}</a>
      </div>
    );
  }
  const status = live.notSent ? t('status.notSent') : live.status === 'connected' ? t('status.connected')
    : live.status === 'waiting' ? t('status.waiting') : t('status.reconnecting');
  return (
    <div class="counter-alone">
      <CounterHalf side="citizen" lang={lang} onLang={setLang} book={book} last={live.last} t={t} status={status}
        onSay={live.say} onReadAgain={() => readLine(book, live.last, lang)} onEnd={() => { stopSpeaking(); live.end(); }} />
    </div>
  );
}
