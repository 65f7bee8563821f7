import { describe, expect, it } from 'vitest';
import { changeTone, formatCountChange, formatPointChange } from '../../web/src/whatif/what-if-figures.ts';
import { addCandidate, dropPartner, isMoved, restore, toggleMove } from '../../web/src/whatif/what-if-set.ts';

const EMPTY = { open: false, add: [], drop: [] };

describe('the what-if partner set', () => {
  it('adds a candidate once and opens the tray', () => {
    const once = addCandidate(EMPTY, 'globex');
    expect(once).toEqual({ open: true, add: ['globex'], drop: [] });
    expect(addCandidate(once, 'globex')).toEqual(once);
    expect(addCandidate(once, 'hooli').add).toEqual(['globex', 'hooli']);
  });

  it('never holds a company both added and dropped', () => {
    const dropped = dropPartner(addCandidate(EMPTY, 'hooli'), 'hooli');
    expect(dropped).toEqual({ open: true, add: [], drop: ['hooli'] });
    expect(addCandidate(dropped, 'hooli')).toEqual({ open: true, add: ['hooli'], drop: [] });
  });

  it('restores a company to today and keeps the tray open', () => {
    const set = dropPartner(addCandidate(EMPTY, 'globex'), 'umbrella');
    expect(restore(set, 'globex')).toEqual({ open: true, add: [], drop: ['umbrella'] });
    expect(restore(restore(set, 'globex'), 'umbrella')).toEqual({ open: true, add: [], drop: [] });
  });
});

describe('a company’s one what-if move', () => {
  it('adds a candidate, drops a partner, and undoes either on the second toggle', () => {
    const added = toggleMove(EMPTY, 'globex', false);
    expect(added).toEqual({ open: true, add: ['globex'], drop: [] });
    expect(isMoved(added, 'globex', false)).toBe(true);
    const dropped = toggleMove(added, 'umbrella', true);
    expect(dropped).toEqual({ open: true, add: ['globex'], drop: ['umbrella'] });
    expect(isMoved(dropped, 'umbrella', true)).toBe(true);
    expect(isMoved(dropped, 'umbrella', false)).toBe(false);
    expect(toggleMove(toggleMove(dropped, 'globex', false), 'umbrella', true)).toEqual({
      open: true,
      add: [],
      drop: [],
    });
  });
});

describe('the what-if figures in words', () => {
  it('signs count changes with a true minus and says when nothing moved', () => {
    expect(formatCountChange(403)).toBe('+403');
    expect(formatCountChange(-1200)).toBe('−1,200');
    expect(formatCountChange(0)).toBe('no change');
  });

  it('gives share changes in percentage points to one decimal, as docs/analyses.md states them', () => {
    expect(formatPointChange(1732 / 3000 - 1329 / 3000)).toBe('+13.4 points');
    expect(formatPointChange(-0.005)).toBe('−0.5 points');
    expect(formatPointChange(0.00001)).toBe('no change');
  });

  it('colours a change by whether more is better', () => {
    expect(changeTone(2, true)).toBe('good');
    expect(changeTone(2, false)).toBe('bad');
    expect(changeTone(-1, false)).toBe('good');
    expect(changeTone(0, true)).toBe('flat');
  });
});
