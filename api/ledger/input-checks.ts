import { isCalendarDate } from '../analysis/calendar-days.ts';
import { badInput } from '../errors.ts';

/**
 * The checks every pipeline, plan and ledger input goes through, each
 * refusing with BAD_USER_INPUT naming the field as the client wrote it
 * (`patch.goals[1].target`). Pure apart from building the error.
 */

/** Trimmed text of at most `max` characters; empty or missing is null. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw badInput(field, `is ${text.length} characters long; at most ${max}`);
  return text === '' ? null : text;
}

export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = optionalText(field, value, max);
  if (text === null) throw badInput(field, 'must not be empty');
  return text;
}

/** A `YYYY-MM-DD` date that exists; null or missing stays null. */
export function optionalDate(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (!isCalendarDate(text)) throw badInput(field, `must be a date written YYYY-MM-DD, got "${value}"`);
  return text;
}

/** A finite number within [min, max]; null or missing stays null. */
export function optionalNumber(
  field: string,
  value: number | null | undefined,
  min: number,
  max: number,
): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < min || value > max)
    throw badInput(field, `must be a number from ${min} to ${max}, got ${value}`);
  return value;
}

export function wholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

/** Ids are non-empty and of sane length (as api/fits/request-arguments.ts checks company ids). */
export function idArgument(field: string, id: string): string {
  if (id.trim() === '') throw badInput(field, 'must be an id, got an empty string');
  if (id.length > 200) throw badInput(field, `is ${id.length} characters long; ids are at most 200`);
  return id;
}

/** Whether an input object names `key` at all (given as null clears; left out leaves alone). */
export function has<T extends object>(input: T, key: keyof T): boolean {
  return Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;
}
