import { describe, expect, it } from 'vitest';
import { readConfig } from '../../api/config.ts';
import { assertSafeToListen } from '../../api/server.ts';
import { DEFAULT_SECURITY, isLoopback, LOOPBACK_HOSTS, securityOptionsFromEnv } from '../../api/security/options.ts';
import { hostName } from '../../api/plugins/use-host-check.ts';

const KEY = 'editor-0123456789abcdef';

describe('security options from the environment', () => {
  it('defaults to no keys, closed CORS, every limit on, and local host names on loopback', () => {
    expect(securityOptionsFromEnv({})).toEqual({
      ...DEFAULT_SECURITY,
      explorerKey: undefined,
      allowedHosts: LOOPBACK_HOSTS,
    });
    expect(securityOptionsFromEnv({ HOST: '0.0.0.0', API_KEYS: `${KEY}:editor` }).allowedHosts).toBeUndefined();
    expect(securityOptionsFromEnv({ ALLOWED_HOSTS: 'graph.example.com, localhost' }).allowedHosts).toEqual([
      'graph.example.com',
      'localhost',
    ]);
    expect(securityOptionsFromEnv({ ALLOWED_HOSTS: '*' }).allowedHosts).toBeUndefined();
  });

  it('reads every limit and refuses malformed values by name', () => {
    const options = securityOptionsFromEnv({
      MAX_QUERY_DEPTH: '6',
      MAX_QUERY_COST: '500',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_TOKENS: '300',
      MAX_BODY_BYTES: '20000',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_BURST: '5',
      CORS_ORIGINS: 'https://crm.example.com,http://localhost:5173/',
    });
    expect(options.queryLimits).toEqual({ maxDepth: 6, maxCost: 500, maxAliases: 0, maxTokens: 300 });
    expect(options.maxBodyBytes).toBe(20_000);
    expect(options.rateLimit).toEqual({ perMinute: 0, burst: 5 });
    expect(options.corsOrigins).toEqual(['https://crm.example.com', 'http://localhost:5173']);
    expect(() => securityOptionsFromEnv({ MAX_QUERY_DEPTH: 'ten' })).toThrow(
      /MAX_QUERY_DEPTH must be a whole number ≥ 1, got "ten"/,
    );
    expect(() => securityOptionsFromEnv({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => securityOptionsFromEnv({ CORS_ORIGINS: '*' })).toThrow(/would let any web page read partner data/);
    expect(() => securityOptionsFromEnv({ CORS_ORIGINS: 'https://crm.example.com/app' })).toThrow(/no path/);
    expect(() => readConfig({ QUERY_TIMEOUT_MS: '5s' })).toThrow(/QUERY_TIMEOUT_MS must be a whole number/);
    expect(readConfig({}).queryTimeoutMs).toBe(30_000);
    expect(readConfig({ QUERY_TIMEOUT_MS: '1500' }).queryTimeoutMs).toBe(1_500);
  });

  it('needs EXPLORER_KEY to be one of the API keys', () => {
    expect(securityOptionsFromEnv({ API_KEYS: `${KEY}:viewer`, EXPLORER_KEY: KEY }).explorerKey).toBe(KEY);
    expect(() => securityOptionsFromEnv({ EXPLORER_KEY: KEY })).toThrow(
      /EXPLORER_KEY must be one of the keys in API_KEYS/,
    );
  });
});

describe('the explorer key and DNS rebinding', () => {
  const keyed = { API_KEYS: `${KEY}:viewer`, EXPLORER_KEY: KEY };

  it('refuses to serve EXPLORER_KEY on a non-loopback HOST unless ALLOWED_HOSTS lists the names, in one sentence', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.2', 'graph.example.com']) {
      expect(() => securityOptionsFromEnv({ ...keyed, HOST }), HOST).toThrow(
        `EXPLORER_KEY is served on HOST=${HOST}, so ALLOWED_HOSTS must list the host names the explorer is reached by (for example ALLOWED_HOSTS=graph.example.com): without that list, a web page that points its own domain at this server (DNS rebinding) could read the key.`,
      );
    }
    expect(
      securityOptionsFromEnv({ ...keyed, HOST: '0.0.0.0', ALLOWED_HOSTS: 'graph.example.com' }).allowedHosts,
    ).toEqual(['graph.example.com']);
    // Loopback keeps its local names by default; without EXPLORER_KEY no key is served, so any host may be answered.
    expect(securityOptionsFromEnv({ ...keyed, HOST: '127.0.0.1' }).allowedHosts).toEqual(LOOPBACK_HOSTS);
    expect(securityOptionsFromEnv({ API_KEYS: `${KEY}:viewer`, HOST: '0.0.0.0' }).allowedHosts).toBeUndefined();
  });

  it('refuses ALLOWED_HOSTS=* with EXPLORER_KEY, on any HOST: the opt-out would hand the key to any rebinding page', () => {
    for (const HOST of ['0.0.0.0', '127.0.0.1']) {
      expect(() => securityOptionsFromEnv({ ...keyed, HOST, ALLOWED_HOSTS: '*' }), HOST).toThrow(
        'ALLOWED_HOSTS=* cannot be used with EXPLORER_KEY: a web page that points its own domain at this server (DNS rebinding) could read the key; list the host names instead.',
      );
    }
    expect(
      securityOptionsFromEnv({ API_KEYS: `${KEY}:viewer`, HOST: '0.0.0.0', ALLOWED_HOSTS: '*' }).allowedHosts,
    ).toBeUndefined();
  });
});

describe('listening', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]'])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.2', 'example.com', '127.0.0.1.example.com'])
      expect(isLoopback(host), host).toBe(false);
  });

  it('refuses a public address without keys, saying why', () => {
    expect(() => assertSafeToListen('127.0.0.1', false)).not.toThrow();
    expect(() => assertSafeToListen('0.0.0.0', true)).not.toThrow();
    expect(() => assertSafeToListen('0.0.0.0', false)).toThrow(
      /Refusing to listen on 0.0.0.0 without API keys: anyone who can reach it could read and change the partner data. Set API_KEYS/,
    );
  });

  it('compares Host headers without their port', () => {
    expect(hostName('LocalHost:4000')).toBe('localhost');
    expect(hostName('[::1]:4000')).toBe('[::1]');
    expect(hostName('evil.example')).toBe('evil.example');
  });
});

describe('the configuration, read once', () => {
  it('names every bad variable at once, and reads the rest into typed options', () => {
    expect(() => readConfig({ PORT: 'eighty', QUERY_TIMEOUT_MS: '-1', IMPORT_MAX_FILE_MB: 'lots' })).toThrow(
      /PORT must be a port number[\s\S]*QUERY_TIMEOUT_MS must be a whole number[\s\S]*IMPORT_MAX_FILE_MB must be a number/,
    );
    const config = readConfig({
      PORT: '4100',
      HOST: '127.0.0.1',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_USERNAME: 'graph',
      IMPORT_MAX_FILE_MB: '64',
    });
    expect(config).toMatchObject({
      http: { host: '127.0.0.1', port: 4100 },
      database: { uri: 'bolt://db:7687', username: 'graph', password: '' },
      maxImportFileBytes: 64 * 1024 * 1024,
    });
    expect(readConfig({}).database).toBeUndefined();
  });
});
