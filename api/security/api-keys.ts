import { createHash, timingSafeEqual } from 'node:crypto';

/** What a key may do: a viewer reads, an editor also changes shortlists. */
export type Role = 'viewer' | 'editor';

const ROLE_RANK: Record<Role, number> = { viewer: 1, editor: 2 };

/** Who a request speaks for. `name` is safe to log and to key rate limits by; it never contains the key. */
export interface Principal {
  name: string;
  role: Role;
}

export interface ApiKeyEntry {
  key: string;
  role: Role;
}

/** Keys shorter than this are refused at start-up: a guessable key is no key. */
const MIN_KEY_LENGTH = 16;

/**
 * Parses `API_KEYS="key:role,key:role"`. The role follows the last colon, so a
 * key may itself contain colons. Anything malformed stops start-up with the
 * position of the bad entry (never the key itself, which may end up in logs).
 */
export function parseApiKeys(text: string | undefined): ApiKeyEntry[] {
  if (!text || text.trim() === '') return [];
  const entries = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => {
      const colon = part.lastIndexOf(':');
      const key = colon > 0 ? part.slice(0, colon).trim() : '';
      const role = colon > 0 ? part.slice(colon + 1).trim() : '';
      const where = `API_KEYS entry ${index + 1}`;
      if (!key || (role !== 'viewer' && role !== 'editor')) {
        throw new Error(`${where} must look like "<key>:viewer" or "<key>:editor"`);
      }
      if (key.length < MIN_KEY_LENGTH) {
        throw new Error(
          `${where}: the key is ${key.length} characters; use at least ${MIN_KEY_LENGTH} random ones (e.g. \`openssl rand -hex 24\`)`,
        );
      }
      if (/\s/.test(key)) throw new Error(`${where}: the key contains whitespace`);
      return { key, role: role as Role };
    });
  const seen = new Set<string>();
  entries.forEach(({ key }, index) => {
    if (seen.has(key)) throw new Error(`API_KEYS entry ${index + 1} repeats an earlier key`);
    seen.add(key);
  });
  return entries;
}

/** What an `Authorization` header proved. */
export type Authentication = { ok: true; principal: Principal } | { ok: false; reason: 'missing' | 'invalid' };

export interface Keyring {
  /** False when no keys are configured: everyone is an editor (the server then listens on loopback only). */
  readonly enabled: boolean;
  authenticate(authorization: string | null | undefined): Authentication;
}

/** Without keys: the whole API is open, as it is on a developer's own machine. */
const LOCAL_PRINCIPAL: Principal = { name: 'local', role: 'editor' };

/**
 * Checks `Authorization: Bearer <key>` against the configured keys. Keys are
 * kept and compared as SHA-256 digests with `timingSafeEqual`, against every
 * key without stopping at a match, so response time says nothing about how
 * much of a guess was right, nor which key matched.
 */
export function createKeyring(entries: readonly ApiKeyEntry[]): Keyring {
  const known = entries.map(({ key, role }, index) => ({
    digest: digest(key),
    principal: { name: `key ${index + 1}`, role },
  }));
  return {
    enabled: known.length > 0,
    authenticate(authorization) {
      if (known.length === 0) return { ok: true, principal: LOCAL_PRINCIPAL };
      const presented = bearerToken(authorization);
      if (presented === undefined) return { ok: false, reason: authorization ? 'invalid' : 'missing' };
      const presentedDigest = digest(presented);
      let match: Principal | undefined;
      for (const entry of known) {
        if (timingSafeEqual(entry.digest, presentedDigest) && !match) match = entry.principal;
      }
      return match ? { ok: true, principal: match } : { ok: false, reason: 'invalid' };
    },
  };
}

export function roleAllows(role: Role, needed: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

/** The token of a `Bearer` header (scheme case-insensitive), or undefined. */
export function bearerToken(authorization: string | null | undefined): string | undefined {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
