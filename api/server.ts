import { createServer, type Server } from 'node:http';
import type { App } from './app.ts';
import { isLoopback } from './security/options.ts';

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
  const server: Server = createServer((req, res) => {
    // Once closing, a connection whose response is done goes at once instead of idling in keep-alive.
    res.once('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    void app(req, res);
  });
  // Slow clients cannot hold a connection open forever with a trickle of headers or body.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
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
