import { createServer, type Server } from 'node:http';
import type { App } from './app.ts';
import { malformedRequest } from './security/malformed-request.ts';
import { isLoopback } from './security/options.ts';

/** Slow clients cannot hold a connection open with a trickle of headers or body (docs/security.md, "slow clients"). */
const HEADERS_TIMEOUT_MS = 20_000;
const REQUEST_TIMEOUT_MS = 60_000;
/**
 * How often Node looks for connections past those timeouts. Its default, 30 s,
 * let a trickle of headers live about 40 s where 20 s was meant; once a second
 * keeps every cut within about a second of its limit, for a scan of open
 * connections that costs next to nothing.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

export interface ListenOptions {
  /** Default 127.0.0.1: the API is not exposed beyond this machine unless asked. */
  host?: string;
  /** Default 4000. */
  port?: number;
  /**
   * Whether the app requires API keys. Listening anywhere but loopback
   * without them is refused (see assertSafeToListen). Default false.
   */
  authenticated?: boolean;
  /** How long close() waits for requests in flight before cutting their connections, in ms. Default 10,000. */
  drainTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections and resolves when in-flight requests are done (or the drain timeout passed). */
  close(): Promise<void>;
}

/**
 * Refuses to expose an API without keys: partner data (who your customers
 * are, whom you plan to approach) would be open to anyone on the network.
 */
export function assertSafeToListen(host: string, authenticated: boolean): void {
  if (authenticated || isLoopback(host)) return;
  throw new Error(
    `Refusing to listen on ${host} without API keys: anyone who can reach it could read and change the partner data. ` +
      'Set API_KEYS="<key>:editor,<key>:viewer" (see docs/security.md), or leave HOST unset to listen on 127.0.0.1 only.',
  );
}

/** Listens with Node's HTTP server; the app itself stays transport-free. */
export async function listen(
  app: App,
  { host = '127.0.0.1', port = 4000, authenticated = false, drainTimeoutMs = 10_000 }: ListenOptions = {},
): Promise<RunningServer> {
  assertSafeToListen(host, authenticated);
  let closing = false;
  const server: Server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
    (req, res) => {
      // Once closing, a connection whose response is done goes at once instead of idling in keep-alive.
      res.once('finish', () => {
        if (closing) setImmediate(() => server.closeIdleConnections());
      });
      // The app turns Host and target into a URL before any plugin runs, and a malformed one
      // became a 500 with a stack trace: answer it here, in one sentence.
      const problem = malformedRequest(req.headers.host, req.url);
      if (problem) {
        const body = `${problem}\n`;
        res.writeHead(400, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'cache-control': 'no-store',
          connection: 'close',
        });
        res.end(body);
        return;
      }
      void app(req, res);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        // Requests in flight finish; idle keep-alive connections close now, busy ones once their response is sent.
        const forced = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
        server.close(() => {
          clearTimeout(forced);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
