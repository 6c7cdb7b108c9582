import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy that breaks requests the ways a city network does, so a
 * delivery test can count what the outbox loses or duplicates:
 *   pass          forwarded, answered as the server answered
 *   drop-before   the connection is cut before the request reaches the server
 *   drop-after    forwarded (the server commits), then the connection is cut: no answer
 *   error-before  503 without forwarding (an overloaded proxy)
 *   error-after   forwarded (the server commits), then 502 instead of its answer
 *   truncate      forwarded, the answer cut off halfway through its body
 * When the server is down (killed for a restart) every request gets 502, as from nginx.
 */
export const faults = ['pass', 'drop-before', 'drop-after', 'error-before', 'error-after', 'truncate'] as const;
export type Fault = (typeof faults)[number];

export interface FaultProxy {
  url: string;
  /** How many requests met each fault, and how many found the server down. */
  counts: Record<Fault | 'server-down', number>;
  /** The statuses the server answered (whatever the client then got). */
  upstreamStatuses: Map<number, number>;
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  /** The server's `http://127.0.0.1:port`; read per request, so a restarted server may move. */
  target: () => string;
  /** Which fault the next request meets. */
  choose: () => Fault;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'proxy-connection', 'upgrade', 'te', 'trailer']);

interface Upstream { status: number; headers: IncomingMessage['headers']; body: Buffer }

export async function startFaultProxy({ target, choose }: FaultProxyOptions): Promise<FaultProxy> {
  const counts = Object.fromEntries([...faults, 'server-down'].map((k) => [k, 0])) as FaultProxy['counts'];
  const upstreamStatuses = new Map<number, number>();
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const fault = choose();
    counts[fault]++;
    if (fault === 'drop-before') return void res.socket?.destroy();
    if (fault === 'error-before') return void res.writeHead(503, { 'content-type': 'application/json', connection: 'close' }).end('{"error":{"code":"proxy","message":"busy"}}');
    let upstream: Upstream;
    try {
      upstream = await forward(target(), req, body);
    } catch {
      counts['server-down']++;
      return void res.writeHead(502, { 'content-type': 'text/html', connection: 'close' }).end('<html>502 Bad Gateway</html>');
    }
    upstreamStatuses.set(upstream.status, (upstreamStatuses.get(upstream.status) ?? 0) + 1);
    if (fault === 'drop-after') return void res.socket?.destroy();
    if (fault === 'error-after') return void res.writeHead(502, { 'content-type': 'text/html', connection: 'close' }).end('<html>502 Bad Gateway</html>');
    // The server's headers (encoding, caching, ETag) pass as a reverse proxy passes them;
    // the hop-by-hop ones are this connection's own.
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(upstream.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    headers['content-length'] = String(upstream.body.length);
    if (fault === 'truncate') {
      res.writeHead(upstream.status, headers);
      res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
      // Let the half reach the client before the cut, as when a link dies mid-answer.
      setTimeout(() => res.socket?.destroy(), 5);
      return;
    }
    res.writeHead(upstream.status, headers).end(upstream.body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    upstreamStatuses,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(base: string, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url ?? '/', base);
    const headers = { ...req.headers, host: url.host, 'content-length': String(body.length) };
    const out = httpRequest(url, { method: req.method, headers, agent: false }, (answer) => {
      readAll(answer).then((data) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }), reject);
    });
    out.setTimeout(30_000, () => out.destroy(new Error('upstream timeout')));
    out.on('error', reject);
    out.end(body);
  });
}
