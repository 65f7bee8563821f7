import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../api/shortlists/one-at-a-time.ts';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('oneAtATime', () => {
  it('runs work for one key after the previous has settled, in call order, and other keys meanwhile', async () => {
    const queue = oneAtATime();
    const started: string[] = [];
    const gates = { a1: gate(), a2: gate(), b1: gate() };
    const run = (key: string, name: keyof typeof gates) =>
      queue(key, async () => {
        started.push(name);
        await gates[name].promise;
        return name;
      });
    const results = [run('a', 'a1'), run('a', 'a2'), run('b', 'b1')];
    await tick();
    expect(started).toEqual(['a1', 'b1']);

    gates.b1.open();
    await tick();
    expect(started).toEqual(['a1', 'b1']); // b's end does not start a's next

    gates.a1.open();
    await tick();
    expect(started).toEqual(['a1', 'b1', 'a2']);
    gates.a2.open();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
  });

  it('gives a failure to its own caller only, and runs the next in line', async () => {
    const queue = oneAtATime();
    const first = gate();
    const failed = queue('a', () => first.promise);
    const next = queue('a', async () => 'next');
    first.fail(new Error('refused'));
    await expect(failed).rejects.toThrow('refused');
    expect(await next).toBe('next');
  });
});
