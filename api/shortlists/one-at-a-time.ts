/**
 * Runs the work given for one key one after another, in call order; work for
 * different keys runs side by side. A failure ends only its own turn.
 *
 * Why: pins of one shortlist serialise in Neo4j on the shortlist's write lock,
 * and a transaction waiting for that lock holds one of the driver's pooled
 * connections. 150 pins at once held all 50, so on a loaded machine the last
 * ones got DATABASE_UNAVAILABLE (the pool's 5 s acquisition timeout) and every
 * other request of the server waited with them. Queued here, one per shortlist
 * per process waits on the lock; Neo4j's lock still orders the processes.
 * (Nine lines, not a dependency: the well-kept queues, p-queue and p-limit,
 * limit concurrency overall, not per key.)
 */
export type OneAtATime = <T>(key: string, work: () => Promise<T>) => Promise<T>;

export function oneAtATime(): OneAtATime {
  const tails = new Map<string, Promise<void>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const result = (tails.get(key) ?? Promise.resolve()).then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    // The last in line clears its key, so the map holds only keys with work pending.
    void tail.then(() => tails.get(key) === tail && tails.delete(key));
    return result;
  };
}
