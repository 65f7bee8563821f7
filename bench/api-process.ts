import type { ChildProcess } from 'node:child_process';
import type { QueryName } from '../api/db/queries.ts';
import { spawnTs } from './child-process.ts';

/** One named query a request ran, with its parameters. */
export interface QueryCall {
  name: QueryName;
  params: Record<string, unknown>;
}

export type ApiParentMessage = { type: 'trace-start' } | { type: 'trace-take' } | { type: 'rss' } | { type: 'stop' };
export type ApiChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'trace-started' }
  | { type: 'trace'; calls: QueryCall[] }
  | { type: 'rss'; peakRssMiB: number };

export interface ApiProcess {
  url: string;
  /** Posts one GraphQL operation; rejects on HTTP or GraphQL errors. */
  graphql<Data>(query: string, variables: Record<string, unknown>): Promise<Data>;
  /** Runs `request` and returns the named queries the API ran for it. */
  trace(request: () => Promise<unknown>): Promise<QueryCall[]>;
  /** The API process's peak resident memory so far, MiB. */
  peakRssMiB(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts bench/api-child.ts (serving the built explorer from `webRoot` if given; its response cache on when `cached`) and waits until it listens. */
export async function startApiProcess(
  uri: string,
  webRoot?: string,
  options: { cached?: boolean } = {},
): Promise<ApiProcess> {
  const child = spawnTs('api-child.ts', webRoot ? [uri, webRoot] : [uri], {
    BENCH_CACHE: options.cached ? 'on' : 'off',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await nextMessage(child, 'ready', () => stderr);
  const url = `${ready.url}/graphql`;

  const ask = async <Type extends ApiChildMessage['type']>(message: ApiParentMessage, reply: Type) => {
    const answer = nextMessage(child, reply, () => stderr);
    child.send(message);
    return answer;
  };

  return {
    url: ready.url,
    graphql: async <Data>(query: string, variables: Record<string, unknown>): Promise<Data> => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
      if (!response.ok || body.errors?.length) {
        // An unexpected error is masked in the answer; its cause is in the API process's log.
        await new Promise((resolve) => setTimeout(resolve, 200));
        throw new Error(
          `GraphQL ${response.status} for ${JSON.stringify(variables)}: ${body.errors?.map((error) => error.message).join('; ') ?? 'no body'}\nAPI log:\n${stderr.slice(-3000)}`,
        );
      }
      return body.data as Data;
    },
    trace: async (request) => {
      await ask({ type: 'trace-start' }, 'trace-started');
      await request();
      return (await ask({ type: 'trace-take' }, 'trace')).calls;
    },
    peakRssMiB: async () => (await ask({ type: 'rss' }, 'rss')).peakRssMiB,
    stop: async () => {
      if (child.exitCode === null && child.connected) child.send({ type: 'stop' } satisfies ApiParentMessage);
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function nextMessage<Type extends ApiChildMessage['type']>(
  child: ChildProcess,
  type: Type,
  stderr: () => string,
): Promise<Extract<ApiChildMessage, { type: Type }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ApiChildMessage) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<ApiChildMessage, { type: Type }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(
        new Error(`The API process exited (${code}) while the bench waited for "${type}":\n${stderr().slice(-3000)}`),
      );
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
