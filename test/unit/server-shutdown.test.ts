import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { Database } from '../../api/db/database.ts';
import { listen } from '../../api/server.ts';

/** A database whose every read takes `delayMs`: a request stays in flight that long. */
function slowDatabase(delayMs: number): Database {
  return {
    read: () => new Promise((resolve) => setTimeout(() => resolve([]), delayMs)),
    write: () => Promise.reject(new Error('read-only')),
    ping: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

const QUERY = JSON.stringify({ query: '{ companies { id } }' });
const post = (url: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });

describe('graceful shutdown', () => {
  it('lets requests in flight finish, then stops taking new ones', async () => {
    const server = await listen(createApp({ db: slowDatabase(700) }), { port: 0 });
    const inFlight = post(server.url);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const started = Date.now();
    const closed = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { companies: [] } });
    await closed;
    // It waited for the request (about 550 ms more), not for keep-alive timeouts or the drain limit.
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(post(server.url)).rejects.toThrow();
  });

  it('cuts requests still running after the drain timeout', async () => {
    const server = await listen(createApp({ db: slowDatabase(20_000) }), { port: 0, drainTimeoutMs: 300 });
    const stuck = post(server.url).then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await stuck).toBe('cut');
  });

  it('refuses to listen beyond loopback without keys, before opening a port', async () => {
    await expect(listen(createApp({ db: slowDatabase(0) }), { host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /Refusing to listen on 0\.0\.0\.0 without API keys/,
    );
  });
});
