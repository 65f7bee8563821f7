/**
 * The population matrix (stage for you × stage for them) as the cells of a
 * 3×3 heatmap, with the account-mapping reading of each cell.
 */
import type { Stage, StageCount } from '../client/types.ts';
import { STAGES } from '../format/labels.ts';

export interface HeatmapCell {
  stageA: Stage;
  stageB: Stage;
  count: number;
  /** 0…1 of the largest cell, for the shade. */
  intensity: number;
  /** What the cell means for a partnership conversation, when it means something specific. */
  meaning: string | null;
}

const MEANING: Partial<Record<`${Stage}:${Stage}`, string>> = {
  'CUSTOMER:CUSTOMER': 'Shared customers: integration opportunity',
  'PROSPECT:CUSTOMER': 'Your prospects they already serve: ask for a warm introduction',
  'OPPORTUNITY:CUSTOMER': 'Your open deals at their customers: ask for a reference',
  'CUSTOMER:PROSPECT': 'Their prospects you already serve: you can introduce them',
  'CUSTOMER:OPPORTUNITY': 'Their open deals at your customers: you can help close',
  'PROSPECT:PROSPECT': 'Prospects you both pursue: co-selling',
};

/** Rows are the focal company's stages, columns the candidate's, in STAGES order; missing pairs count 0. */
export function heatmapRows(matrix: readonly StageCount[]): HeatmapCell[][] {
  const counts = new Map(matrix.map((cell) => [`${cell.stageA}:${cell.stageB}`, cell.count]));
  const max = Math.max(0, ...matrix.map((cell) => cell.count));
  return STAGES.map((stageA) =>
    STAGES.map((stageB) => {
      const key = `${stageA}:${stageB}` as const;
      const count = counts.get(key) ?? 0;
      return { stageA, stageB, count, intensity: max > 0 ? count / max : 0, meaning: MEANING[key] ?? null };
    }),
  );
}
