import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { listen, type RunningServer } from '../../api/server.ts';
import { malformedRequest } from '../../api/security/malformed-request.ts';

/** No request here reaches the database: every one is refused, or asks /health of a database that is up. */
const database: Database = {
  read: () => Promise.resolve([]),
  write: () => Promise.reject(new Error('read-only')),
  ping: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

const KEY = 'viewer-key-0123456789abcdef';
const MALFORMED_HOSTS = ['a b', '[', 'localhost:99999', 'localhost:abc'];

/** Sends `head` as written (as curl -H 'Host: …' does) and reads the whole answer. */
function raw(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

let server: RunningServer;
let port: number;

beforeAll(async () => {
  // With keys, and without a Host allow-list (ALLOWED_HOSTS=*): the guard must not depend on either.
  server = await listen(
    createApp({ db: database, security: { apiKeys: [{ key: KEY, role: 'viewer' }], allowedHosts: undefined } }),
    {
      port: 0,
      authenticated: true,
    },
  );
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

describe('malformed requests', () => {
  it.each(MALFORMED_HOSTS)('Host: %s is a 400 with one sentence, no stack trace', async (host) => {
    const answer = await raw(port, `GET /health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    const [head, body] = answer.split('\r\n\r\n') as [string, string];
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head.toLowerCase()).toContain('content-type: text/plain');
    expect(body.trim()).toBe('Bad request: the Host header must be a host name or address with an optional port.');
    expect(answer).not.toMatch(/TypeError|node_modules|\bat /);
  });

  it('still answers well-formed Host headers', async () => {
    for (const host of ['localhost', 'localhost:4000', '127.0.0.1:80', '[::1]:4000', 'graph.example.com']) {
      expect(await raw(port, `GET /health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`), host).toMatch(
        /^HTTP\/1\.1 200 /,
      );
    }
  });

  it('the host check refuses a malformed Host header that reaches the app without the Node server (app.fetch)', async () => {
    for (const allowedHosts of [undefined, ['localhost']]) {
      const app = createApp({ db: database, security: { allowedHosts } });
      for (const host of MALFORMED_HOSTS) {
        const response = await app.fetch('http://localhost/health', { headers: { host } });
        expect(response.status, `${host} ${String(allowedHosts)}`).toBe(400);
        expect(await response.text()).toMatch(/^Bad request: the Host header/);
      }
      expect((await app.fetch('http://localhost/health', { headers: { host: 'localhost:4000' } })).status).toBe(200);
    }
  });

  it('names each kind of problem in one sentence', () => {
    expect(malformedRequest('localhost:4000', '/graphql')).toBeUndefined();
    expect(malformedRequest(undefined, '/health')).toBeUndefined(); // HTTP/1.0 without Host
    for (const host of [...MALFORMED_HOSTS, '', 'evil.example/x', 'user@localhost', 'localhost#x', 'localhost\\x']) {
      expect(malformedRequest(host, '/'), host).toMatch(/^Bad request: the Host header/);
    }
    // Node's parser refuses such targets itself; the check stays in case another adapter lets one through.
    expect(malformedRequest('localhost', ':99999')).toMatch(/^Bad request: the request target/);
  });
});

describe('slow clients', () => {
  it('cuts a client that trickles its headers after about 20 s, not the 40 s Node checks by default', async () => {
    const started = Date.now();
    const cutAfter = await new Promise<number>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n'));
      // A header line a second, never the blank line that ends them.
      let n = 0;
      const trickle = setInterval(() => socket.write(`X-Slow-${(n += 1)}: 1\r\n`), 1_000);
      const done = () => {
        clearInterval(trickle);
        resolve(Date.now() - started);
      };
      socket.on('close', done);
      socket.on('error', () => {}); // a reset after the 408 is still a cut
      socket.on('data', () => {});
      setTimeout(() => {
        clearInterval(trickle);
        socket.destroy();
        reject(new Error('still connected after 35 s'));
      }, 35_000);
    });
    expect(cutAfter).toBeGreaterThanOrEqual(19_000);
    expect(cutAfter).toBeLessThan(26_000);
  }, 40_000);
});
