/**
 * The stages a pinned candidate moves through, and what a move may do: the
 * pipeline's words, shared by its store, its CSV and the rows db/ reads. Pure.
 *
 * Any move between the stages before signing is allowed (talks skip steps and
 * go back), as is parking or declining. SIGNED is reached only by signing
 * (api/pipeline/sign-partnership.ts), which writes the partnership into the graph, and is
 * left by nothing: the partnership is then the graph's, ended as any other
 * through writeRecords.
 */
export const PIPELINE_STAGES = [
  'RESEARCHING',
  'CONTACTED',
  'IN_DISCUSSION',
  'PLAN_AGREED',
  'SIGNED',
  'DECLINED',
  'PARKED',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export type ActivityKind = 'MEETING' | 'CALL' | 'EMAIL' | 'NOTE';

export const STAGE_LABELS: Record<PipelineStage, string> = {
  RESEARCHING: 'researching',
  CONTACTED: 'contacted',
  IN_DISCUSSION: 'in discussion',
  PLAN_AGREED: 'plan agreed',
  SIGNED: 'signed',
  DECLINED: 'declined',
  PARKED: 'parked',
};

/** Why moving from `from` to `to` is refused (a sentence for BAD_USER_INPUT on `stage`), or undefined. */
export function moveProblem(from: PipelineStage, to: PipelineStage, signing: boolean): string | undefined {
  if (from === 'SIGNED') {
    return to === 'SIGNED'
      ? 'is SIGNED already: the partnership is in the graph'
      : `cannot leave SIGNED: the partnership is in the graph; end it there (writeRecords with status ENDED), and the item stays as the record of how it was signed`;
  }
  if (to === 'SIGNED' && !signing)
    return 'SIGNED needs `signing` (the partnership type, its status and date): signing writes the partnership into the graph';
  if (to !== 'SIGNED' && signing) return `is ${to}, and \`signing\` is only for a move to SIGNED`;
  return undefined;
}

export function isStage(value: string): value is PipelineStage {
  return (PIPELINE_STAGES as readonly string[]).includes(value);
}
