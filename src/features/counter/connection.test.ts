import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConversation } from './connection';
import type { Line } from './conversation';

/** An EventSource the test drives: events in, errors, and the browser's CLOSED state. */
class FakeEventSource {
  static CONNECTING = 0; static OPEN = 1; static CLOSED = 2;
  static made: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, Array<(event: MessageEvent<string>) => void>>();
  constructor(public url: string) { FakeEventSource.made.push(this); }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data: unknown) {
    this.readyState = FakeEventSource.OPEN;
    for (const l of this.listeners.get(type) ?? []) l({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
  fail(closed: boolean) { this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING; this.onerror?.(); }
  close() { this.readyState = FakeEventSource.CLOSED; }
}

beforeEach(() => {
  FakeEventSource.made = [];
  vi.useFakeTimers();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

const open = (lines: Line[] = []) => openConversation({ sessionId: 's1', token: 't', side: 'citizen', onLine: (l) => lines.push(l) });

describe('one screen\'s end of a counter conversation', () => {
  it('shows what the other side says, not its own echo, and knows when it is paired', () => {
    const lines: Line[] = [];
    const conversation = open(lines);
    const source = FakeEventSource.made[0]!;
    source.emit('state', { side: 'citizen', paired: true, counter: 'taira-1' });
    expect(conversation.status.value).toBe('connected');
    source.emit('say', { from: 'staff', phrase: 'id-document' });
    source.emit('say', { from: 'citizen', phrase: 'yes' });
    expect(lines).toEqual([{ from: 'staff', phrase: 'id-document' }]);
  });

  it('reconnects after the server dropped the stream, and gives up only after many failures', () => {
    const conversation = open();
    FakeEventSource.made[0]!.fail(true);
    expect(conversation.status.value).toBe('reconnecting');
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.made.length).toBe(2);
    FakeEventSource.made[1]!.emit('state', { side: 'citizen', paired: true, counter: 'taira-1' });
    expect(conversation.status.value).toBe('connected');
    for (let i = 0; i < 10; i++) {
      FakeEventSource.made.at(-1)!.fail(true);
      vi.advanceTimersByTime(60_000);
    }
    expect(conversation.status.value).toBe('ended');
  });

  it('ends when the other side ends it', () => {
    const conversation = open();
    FakeEventSource.made[0]!.emit('ended', {});
    expect(conversation.status.value).toBe('ended');
    expect(FakeEventSource.made[0]!.readyState).toBe(FakeEventSource.CLOSED);
  });
});
