import { describe, expect, it } from 'vitest';
import { dustSettingsFromEnv } from '../../api/pipeline/dust-settings.ts';

/** PIPELINE_DUST_DAYS and PIPELINE_DUST_CHECK_MINUTES, read once at start-up: defaults, and a bad value named. */
describe('dust settings', () => {
  it('default to 30 days and an hourly check', () => {
    expect(dustSettingsFromEnv({})).toEqual({ quietDays: 30, intervalMinutes: 60 });
    expect(dustSettingsFromEnv({ PIPELINE_DUST_DAYS: ' 14 ', PIPELINE_DUST_CHECK_MINUTES: '0' })).toEqual({
      quietDays: 14,
      intervalMinutes: 0,
    });
  });

  it('refuse what is not a whole number in range, naming the variable', () => {
    expect(() => dustSettingsFromEnv({ PIPELINE_DUST_DAYS: '0' })).toThrow(
      'PIPELINE_DUST_DAYS must be a whole number from 1 to 3650, got "0"',
    );
    expect(() => dustSettingsFromEnv({ PIPELINE_DUST_CHECK_MINUTES: 'hourly' })).toThrow(
      'PIPELINE_DUST_CHECK_MINUTES must be a whole number from 0 to 10080, got "hourly"',
    );
  });
});
