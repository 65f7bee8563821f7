import { describe, expect, it } from 'vitest';
import { readLastVisit, rememberVisit } from '../../web/src/changes/last-visit.ts';

/** Just enough of the Web Storage API. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('the last visit to a focal company', () => {
  it('is remembered per focal company', () => {
    const storage = memoryStorage();
    expect(readLastVisit('acme', storage)).toBeNull();
    rememberVisit('acme', '2026-01-31T09:00:00.000Z', storage);
    expect(readLastVisit('acme', storage)).toBe('2026-01-31T09:00:00.000Z');
    expect(readLastVisit('globex', storage)).toBeNull();
  });

  it('counts as a first visit when the stored value is unreadable or storage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('partnergraph.lastVisit.acme', 'yesterday-ish');
    expect(readLastVisit('acme', storage)).toBeNull();
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(readLastVisit('acme', refusing)).toBeNull();
    expect(() => rememberVisit('acme', '2026-01-31T09:00:00.000Z', refusing)).not.toThrow();
    expect(readLastVisit('acme', undefined)).toBeNull();
  });
});
