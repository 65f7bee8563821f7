/**
 * White space (docs/analyses.md, "White space"): the gaps around a focal
 * company that no partner of it fills, and who would fill each. Pure: no I/O.
 */

/** Segments `focal` targets that none of its active partners targets, in the focal company's order. */
export function segmentsWithoutPartner(
  focalSegments: readonly string[],
  partnerSegments: readonly (readonly string[])[],
): string[] {
  const covered = new Set(partnerSegments.flat());
  return focalSegments.filter((segment) => !covered.has(segment));
}

/**
 * The best-ranked candidate that passes `fills`, for each gap: the first of
 * `rankedIds` (best first) it accepts, or null. One pass over the ranking for
 * all gaps, so a market of 10,000 companies costs one walk, not one per gap.
 */
export function bestFillers<Gap>(
  rankedIds: readonly string[],
  gaps: readonly Gap[],
  fills: (gap: Gap, id: string) => boolean,
): (string | null)[] {
  const best: (string | null)[] = gaps.map(() => null);
  let open = gaps.length;
  for (const id of rankedIds) {
    if (open === 0) break;
    gaps.forEach((gap, index) => {
      if (best[index] === null && fills(gap, id)) {
        best[index] = id;
        open -= 1;
      }
    });
  }
  return best;
}
