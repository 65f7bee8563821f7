import { DEFAULT_QUIET_DAYS } from '../analysis/gathering-dust.ts';

/**
 * When a pipeline item or partnership gathers dust, and how often the API
 * looks: PIPELINE_DUST_DAYS (default 30) and PIPELINE_DUST_CHECK_MINUTES
 * (default 60; 0 turns the interval off, leaving the check at start-up and
 * checkGatheringDust). Read once at start-up (scripts/start.ts), passed here
 * with configureDust so that read-time flags (PipelineItem.dust) and the
 * interval's check use the same quiet time.
 */
export interface DustSettings {
  quietDays: number;
  intervalMinutes: number;
}

const DEFAULT_DUST_SETTINGS: Readonly<DustSettings> = { quietDays: DEFAULT_QUIET_DAYS, intervalMinutes: 60 };

export function dustSettingsFromEnv(env: Record<string, string | undefined>): DustSettings {
  return {
    quietDays: whole('PIPELINE_DUST_DAYS', env.PIPELINE_DUST_DAYS, DEFAULT_DUST_SETTINGS.quietDays, 1, 3_650),
    intervalMinutes: whole(
      'PIPELINE_DUST_CHECK_MINUTES',
      env.PIPELINE_DUST_CHECK_MINUTES,
      DEFAULT_DUST_SETTINGS.intervalMinutes,
      0,
      10_080,
    ),
  };
}

function whole(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (!text?.trim()) return fallback;
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text.trim()}"`);
  return value;
}

let current: DustSettings = { ...DEFAULT_DUST_SETTINGS };

export function configureDust(settings: DustSettings): void {
  current = { ...settings };
}

export function dustSettings(): Readonly<DustSettings> {
  return current;
}
