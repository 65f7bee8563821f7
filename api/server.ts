import { createServer, type Server } from 'node:http';
import type { App } from './app.ts';

export interface ListenOptions {
  /** Default 127.0.0.1: the API is not exposed beyond this machine unless asked. */
  host?: string;
  /** Default 4000. */
  port?: number;
}

export interface RunningServer {
  url: string;
  /** Stops accepting connections and resolves when in-flight requests are done. */
  close(): Promise<void>;
}

/** Listens with Node's HTTP server; the app itself stays transport-free. */
export async function listen(app: App, { host = '127.0.0.1', port = 4000 }: ListenOptions = {}): Promise<RunningServer> {
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
