/**
 * A bounded map of answers, least recently used out first, by entries and by
 * bytes. Written here rather than taken from a package: Map keeps insertion
 * order, which is all an LRU needs, and the project has no LRU dependency of
 * its own (lru-cache is only there as another package's dependency).
 */
export interface AnswerCache<Value> {
  get(key: string): Value | undefined;
  set(key: string, value: Value, bytes: number): void;
  clear(): void;
  readonly size: number;
  readonly bytes: number;
}

export function createAnswerCache<Value>(limits: { maxEntries: number; maxBytes: number }): AnswerCache<Value> {
  const entries = new Map<string, { value: Value; bytes: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Used again: to the back of the queue.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, size) {
      drop(key);
      if (size > limits.maxBytes) return;
      entries.set(key, { value, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break;
        drop(oldest);
      }
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
