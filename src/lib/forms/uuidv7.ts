/**
 * UUIDv7 (RFC 9562 §5.7) for submission ids: the first 48 bits are the Unix
 * time in ms, so ids sort by creation and the server can index them cheaply.
 * Within one millisecond the ids still increase: 42 bits after the version
 * are a counter seeded at random each new millisecond (RFC 9562 §6.2, method 1,
 * as the uuid package does); when it overflows, or the clock steps back, the
 * timestamp is carried forward instead of going back. The last 32 bits are
 * always fresh randomness, so ids stay unguessable.
 */
export interface UuidV7Source {
  now?: () => number;
  /** Fills the array with random bytes (crypto.getRandomValues in the app). */
  random?: (bytes: Uint8Array<ArrayBuffer>) => void;
}

const counterBits = 42;
const counterMax = 2 ** counterBits - 1;

export function createUuidV7Generator(source: UuidV7Source = {}): () => string {
  const now = source.now ?? Date.now;
  const random = source.random ?? ((bytes) => crypto.getRandomValues(bytes));
  let state: ClockState = { ms: -Infinity, counter: 0 };

  return () => {
    const rand = new Uint8Array(10);
    random(rand);
    // A new millisecond seeds the counter below half its range (41 random bits), leaving room to count up.
    const seed = (rand[4]! & 0x01) * 2 ** 40 + rand[5]! * 2 ** 32 + ((rand[6]! << 24) >>> 0) + (rand[7]! << 16) + (rand[8]! << 8) + rand[9]!;
    state = nextClockState(state, now(), seed);
    const { ms, counter } = state;

    const bytes = new Uint8Array(16);
    for (let i = 0; i < 6; i++) bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
    const high = Math.floor(counter / 2 ** 30); // 12 bits → rand_a
    const low = counter % 2 ** 30; // 30 bits → start of rand_b
    bytes[6] = 0x70 | (high >> 8);
    bytes[7] = high & 0xff;
    bytes[8] = 0x80 | (low >>> 24);
    bytes[9] = (low >>> 16) & 0xff;
    bytes[10] = (low >>> 8) & 0xff;
    bytes[11] = low & 0xff;
    bytes.set(rand.subarray(0, 4), 12);
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

export interface ClockState {
  ms: number;
  counter: number;
}

/** The timestamp and counter of the next id: never below the previous one. */
export function nextClockState(last: ClockState, nowMs: number, seed: number): ClockState {
  if (nowMs > last.ms) return { ms: nowMs, counter: seed };
  if (last.counter < counterMax) return { ms: last.ms, counter: last.counter + 1 };
  return { ms: last.ms + 1, counter: seed };
}

/** The app's generator: one per page or worker, so ids from one outbox increase. */
export const uuidv7: () => string = createUuidV7Generator();

/** A UUID of version 7 and the RFC variant, in either case. */
export function isUuidV7(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(value);
}

/** When the id was made, in ms since the epoch (for showing the age of an outbox item). */
export function uuidV7Time(value: string): number {
  return parseInt(value.slice(0, 8) + value.slice(9, 13), 16);
}
