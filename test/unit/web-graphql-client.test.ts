import { describe, expect, it } from 'vitest';
import { ApiError, graphqlRequest } from '../../web/src/client/graphql-client.ts';

/** A fetch that answers every request with `body` (JSON unless a string) and `status`. */
function answering(body: unknown, status = 200): typeof fetch {
  return (async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })) as typeof fetch;
}

describe('graphqlRequest', () => {
  it('posts the query and variables to /graphql and returns data', async () => {
    let seen: { url: string; body: unknown } | undefined;
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen = { url, body: JSON.parse(String(init.body)) };
      return new Response(JSON.stringify({ data: { company: { id: 'acme' } } }));
    }) as unknown as typeof fetch;
    const data = await graphqlRequest(
      'query { company(id: $id) { id } }',
      { id: 'acme' },
      { fetchImpl, baseUrl: 'http://x' },
    );
    expect(data).toEqual({ company: { id: 'acme' } });
    expect(seen).toEqual({
      url: 'http://x/graphql',
      body: { query: 'query { company(id: $id) { id } }', variables: { id: 'acme' } },
    });
  });

  it('rejects with the first error’s message, code and path', async () => {
    const fetchImpl = answering({
      data: null,
      errors: [{ message: 'No company with id "nope"', path: ['candidates'], extensions: { code: 'NOT_FOUND' } }],
    });
    const error = await graphqlRequest('{ candidates }', {}, { fetchImpl }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ message: 'No company with id "nope"', code: 'NOT_FOUND', path: ['candidates'] });
  });

  it('returns the data when every error is a miss beside its null (an unknown id of a single object)', async () => {
    const fetchImpl = answering({
      data: { company: null },
      errors: [
        {
          message: 'No company with id "nope" (argument "id")',
          path: ['company'],
          extensions: { code: 'NOT_FOUND', argument: 'id', id: 'nope' },
        },
      ],
    });
    expect(await graphqlRequest('{ company(id: "nope") { id } }', {}, { fetchImpl })).toEqual({ company: null });
    // Any other error, or a miss where data is not null, still rejects.
    const partial = answering({
      data: { company: { id: 'a' } },
      errors: [{ message: 'x', path: ['company'], extensions: { code: 'NOT_FOUND' } }],
    });
    await expect(graphqlRequest('{ company(id: "a") { id } }', {}, { fetchImpl: partial })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const other = answering({
      data: { company: null },
      errors: [{ message: 'down', path: ['company'], extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });
    await expect(graphqlRequest('{ company(id: "a") { id } }', {}, { fetchImpl: other })).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('names an unreachable server', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(graphqlRequest('{ x }', {}, { fetchImpl })).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringMatching(/Could not reach.*fetch failed/),
    });
  });

  it('reports a non-JSON answer by its status', async () => {
    await expect(
      graphqlRequest('{ x }', {}, { fetchImpl: answering('<html>Bad gateway</html>', 502) }),
    ).rejects.toMatchObject({ code: 'HTTP_502' });
  });
});
