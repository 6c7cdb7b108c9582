import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CounterSay, CounterSide } from '../../../contract/counter';
import { openConversation, type ConnectionStatus } from './connection';
import type { Line } from './conversation';

export interface ConversationSession { sessionId: string; token: string; side: CounterSide }

export interface LiveConversation {
  last: Line | undefined;
  status: ConnectionStatus;
  /** The last tap did not reach the server. */
  notSent: boolean;
  say(say: CounterSay): void;
  end(): void;
}

/** A screen's side of a two-screen conversation, in component memory only. */
export function useConversation(session: ConversationSession, onIncoming?: (line: Line) => void): LiveConversation {
  const [last, setLast] = useState<Line | undefined>(undefined);
  const [notSent, setNotSent] = useState(false);
  const incoming = useRef(onIncoming);
  incoming.current = onIncoming;
  const conversation = useMemo(() => openConversation({
    ...session,
    onLine: (line) => { setLast(line); incoming.current?.(line); },
  }), [session.sessionId, session.token]);
  useEffect(() => () => conversation.close(), [conversation]);
  return {
    last,
    status: conversation.status.value,
    notSent,
    say(say) {
      setLast({ ...say, from: session.side });
      void conversation.say(say).then((sent) => setNotSent(!sent));
    },
    end() { void conversation.end(); },
  };
}
