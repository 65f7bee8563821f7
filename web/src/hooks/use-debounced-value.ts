import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs`: sliders re-rank when the hand pauses, not on every pixel. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
