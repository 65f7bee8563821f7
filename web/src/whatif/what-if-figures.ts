/**
 * The what-if figures as the tray reads them: signed changes that say which
 * way things moved ("+403", "−2", "no change") and share changes in
 * percentage points to one decimal, the way the analyses page states them
 * ("+13.4 points"). Pure; the figures are the API's.
 */
import { formatCount } from '../format/numbers.ts';

/** A count's change: "+403", "−2" (a true minus sign), or "no change". */
export function formatCountChange(change: number): string {
  if (change === 0) return 'no change';
  return `${change > 0 ? '+' : '−'}${formatCount(Math.abs(change))}`;
}

/** A share's change in percentage points: "+13.4 points", "−0.5 points", or "no change". */
export function formatPointChange(change: number): string {
  const points = Math.round(change * 1000) / 10;
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} points`;
}

/** Which way a change points, for its colour: up is good for reach and capabilities, bad for conflicts. */
export function changeTone(change: number, upIsGood: boolean): 'good' | 'bad' | 'flat' {
  if (change === 0) return 'flat';
  return change > 0 === upIsGood ? 'good' : 'bad';
}
