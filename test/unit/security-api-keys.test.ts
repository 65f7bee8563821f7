import { describe, expect, it } from 'vitest';
import { bearerToken, createKeyring, parseApiKeys, roleAllows } from '../../api/security/api-keys.ts';

const VIEWER = 'viewer-0123456789abcdef';
const EDITOR = 'editor-0123456789abcdef';

describe('parseApiKeys', () => {
  it('reads "key:role" pairs, the role after the last colon', () => {
    expect(parseApiKeys(` ${VIEWER}:viewer , a:b:c:0123456789abcdef:editor,`)).toEqual([
      { key: VIEWER, role: 'viewer' },
      { key: 'a:b:c:0123456789abcdef', role: 'editor' },
    ]);
    expect(parseApiKeys(undefined)).toEqual([]);
    expect(parseApiKeys('  ')).toEqual([]);
  });

  it('refuses unknown roles, short or repeated keys, and never echoes a key', () => {
    expect(() => parseApiKeys(`${VIEWER}:admin`)).toThrow(/entry 1 must look like "<key>:viewer" or "<key>:editor"/);
    expect(() => parseApiKeys(VIEWER)).toThrow(/entry 1 must look like/);
    expect(() => parseApiKeys('short:viewer')).toThrow(/entry 1: the key is 5 characters; use at least 16/);
    expect(() => parseApiKeys(`${VIEWER}:viewer,${VIEWER}:editor`)).toThrow(/entry 2 repeats an earlier key/);
    try {
      parseApiKeys(`${EDITOR}:owner`);
    } catch (error) {
      expect((error as Error).message).not.toContain(EDITOR);
    }
  });
});

describe('keyring', () => {
  const keyring = createKeyring(parseApiKeys(`${VIEWER}:viewer,${EDITOR}:editor`));

  it('names the principal of a valid bearer key and its role', () => {
    expect(keyring.authenticate(`Bearer ${VIEWER}`)).toEqual({
      ok: true,
      principal: { name: 'key 1', role: 'viewer' },
    });
    expect(keyring.authenticate(`bearer   ${EDITOR} `)).toEqual({
      ok: true,
      principal: { name: 'key 2', role: 'editor' },
    });
  });

  it('tells a missing key from a wrong one', () => {
    expect(keyring.authenticate(null)).toEqual({ ok: false, reason: 'missing' });
    expect(keyring.authenticate('')).toEqual({ ok: false, reason: 'missing' });
    for (const header of [
      `Bearer ${VIEWER}x`,
      `Bearer ${VIEWER.slice(0, -1)}`,
      `Basic ${VIEWER}`,
      VIEWER,
      'Bearer',
      `Bearer ${VIEWER} ${EDITOR}`,
    ]) {
      expect(keyring.authenticate(header)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('lets everyone in as an editor when no keys are configured', () => {
    const open = createKeyring([]);
    expect(open.enabled).toBe(false);
    expect(open.authenticate(null)).toEqual({ ok: true, principal: { name: 'local', role: 'editor' } });
  });

  it('orders roles: an editor may do what a viewer may, not the other way round', () => {
    expect(roleAllows('editor', 'viewer')).toBe(true);
    expect(roleAllows('viewer', 'viewer')).toBe(true);
    expect(roleAllows('viewer', 'editor')).toBe(false);
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Token abc')).toBeUndefined();
  });
});
