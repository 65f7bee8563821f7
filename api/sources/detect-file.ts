import { comparable } from './comparable.ts';
import { LAYOUTS, type LayoutDefinition, type Requirement } from './layouts.ts';
import { fileNameOf, nativeFileNamed, nativeHeaderProblem, type NativeRole } from './native-files.ts';
import { ROLE_FIELDS, type SourceRole } from './roles.ts';

/**
 * Which kind of file a file is, from its name and header row alone: one of PartnerGraph's own seven (by
 * name and exact header, as the importer checks them), else the layout whose headers it has
 * (layouts.ts). The rules, in order:
 *
 * 1. A layout whose signature headers are all there is `certain` (a HubSpot export has Record ID,
 *    Company name and Lifecycle Stage), whatever else the file holds.
 * 2. Else a layout whose requirements its columns meet, by the synonym tables, with no header that
 *    contradicts it, is `likely`. The company directory is the fallback: any list of companies with an
 *    attribute would fit it, so it is chosen only when no other layout fits.
 * 3. Two layouts fitting at the same step is a file we cannot tell: unrecognised, naming both, so that a
 *    person writes the role in the plan.
 * 4. Else unrecognised, with what each layout it came close to lacks.
 */
type Confidence = 'certain' | 'likely';
type DetectedRole = SourceRole | NativeRole;

/** The layout of PartnerGraph's own files. */
export const NATIVE_LAYOUT = 'partnergraph';

export interface Recognised {
  file: string;
  role: DetectedRole;
  layout: string;
  /** Our field → the header as written (trimmed, as the importer keys row fields). */
  columns: Record<string, string>;
  /** Headers no field took, as written. */
  unplaced: string[];
  confidence: Confidence;
  why: string;
}

interface Unrecognised {
  file: string;
  role: undefined;
  confidence: undefined;
  why: string;
}

export type Detection = Recognised | Unrecognised;

interface Evaluation {
  definition: LayoutDefinition;
  columns: Record<string, string>;
  unplaced: string[];
  /** The signature's headers as the file writes them, when all are there. */
  signature: string[] | undefined;
  /** Each signature entry's header as the file writes it, or undefined when absent. */
  signatureHeaders: (string | undefined)[];
  met: { requirement: Requirement; headers: string[] }[];
  missing: Requirement[];
  conflicts: string[];
}

export function detectFile(file: string, headers: readonly string[]): Detection {
  const written = headers.map((header) => header.trim());
  const native = nativeFileNamed(fileNameOf(file));
  const nativeProblem = native && nativeHeaderProblem(native, written);
  if (native && !nativeProblem) {
    return {
      file,
      role: native.file as NativeRole,
      layout: NATIVE_LAYOUT,
      columns: Object.fromEntries(written.map((header) => [header, header])),
      unplaced: [],
      confidence: 'certain',
      why: `PartnerGraph's own ${native.file}: ${written.join(', ')}`,
    };
  }
  if (written.every((header) => header === ''))
    return unrecognised(file, 'its first line is empty: the file has no header row');

  const evaluations = LAYOUTS.map((definition) => evaluate(definition, written));
  const certain = evaluations.filter((evaluation) => evaluation.signature);
  if (certain.length === 1) return recognised(file, certain[0]!, 'certain');
  if (certain.length > 1) return unrecognised(file, ambiguity(certain));

  const fits = (evaluation: Evaluation) =>
    !evaluation.definition.onlyBySignature && evaluation.missing.length === 0 && evaluation.conflicts.length === 0;
  const likely = evaluations.filter((evaluation) => fits(evaluation) && !evaluation.definition.fallback);
  if (likely.length === 1) return recognised(file, likely[0]!, 'likely');
  if (likely.length > 1) return unrecognised(file, ambiguity(likely));
  const fallback = evaluations.filter((evaluation) => fits(evaluation) && evaluation.definition.fallback);
  if (fallback.length === 1) return recognised(file, fallback[0]!, 'likely');

  const lacking = whatIsMissing(evaluations, written);
  return unrecognised(
    file,
    nativeProblem ? `named like PartnerGraph's own ${native!.file}, but ${nativeProblem}; ${lacking}` : lacking,
  );
}

/** Places the file's headers on the layout's fields, and weighs them against its signature, requirements and conflicts. */
function evaluate(definition: LayoutDefinition, written: readonly string[]): Evaluation {
  const keys = written.map(comparable);
  const { columns, taken } = place(definition, written, keys);
  const headerFor = (spelling: string) => written[keys.indexOf(comparable(spelling))];
  const signatureHeaders = definition.signature.map((alternatives) =>
    alternatives.map(headerFor).find((header) => header !== undefined),
  );
  const met: Evaluation['met'] = [];
  const missing: Requirement[] = [];
  for (const requirement of definition.requires) {
    const headers = [
      ...(requirement.fields ?? []).map((field) => columns[field]),
      ...(requirement.headers ?? []).map(headerFor),
    ].filter((header): header is string => header !== undefined);
    if (headers.length > 0) met.push({ requirement, headers: [...new Set(headers)] });
    else missing.push(requirement);
  }
  const conflicting = new Set((definition.conflicts ?? []).map(comparable));
  return {
    definition,
    columns,
    unplaced: written.filter((header, index) => !taken.has(index) && header !== ''),
    signature:
      definition.signature.length > 0 && signatureHeaders.every((header) => header !== undefined)
        ? (signatureHeaders as string[])
        : undefined,
    signatureHeaders,
    met,
    missing,
    conflicts: written.filter((header, index) => conflicting.has(keys[index]!) && !taken.has(index)),
  };
}

/**
 * Our fields → the headers that place them, by the layout's synonyms: each field takes the first of its
 * spellings the file has, fields in the role's order, and a header goes to one field only.
 */
export function placeColumns(definition: LayoutDefinition, headers: readonly string[]): Record<string, string> {
  const written = headers.map((header) => header.trim());
  return place(definition, written, written.map(comparable)).columns;
}

function place(
  definition: LayoutDefinition,
  written: readonly string[],
  keys: readonly string[],
): { columns: Record<string, string>; taken: Set<number> } {
  const taken = new Set<number>();
  const columns: Record<string, string> = {};
  const synonyms = definition.synonyms as Record<string, readonly string[] | undefined>;
  for (const field of ROLE_FIELDS[definition.role]) {
    for (const spelling of synonyms[field] ?? []) {
      const index = keys.findIndex((key, at) => key === comparable(spelling) && key !== '' && !taken.has(at));
      if (index === -1) continue;
      taken.add(index);
      columns[field] = written[index]!;
      break;
    }
  }
  return { columns, taken };
}

function recognised(file: string, evaluation: Evaluation, confidence: Confidence): Recognised {
  const { definition, columns } = evaluation;
  const evidence = confidence === 'certain' ? evaluation.signature! : evaluation.met.flatMap((met) => met.headers);
  const note = definition.note?.(columns as never);
  return {
    file,
    role: definition.role,
    layout: definition.layout,
    columns,
    unplaced: evaluation.unplaced,
    confidence,
    why: `${definition.title}: ${[...new Set(evidence)].join(', ')}${note ? `; ${note}` : ''}`,
  };
}

function unrecognised(file: string, why: string): Unrecognised {
  return { file, role: undefined, confidence: undefined, why: `Not recognised: ${why}` };
}

function ambiguity(evaluations: Evaluation[]): string {
  const kinds = evaluations.map(
    ({ definition, signature, met }) =>
      `${definition.noun} (${[...new Set(signature ?? met.flatMap((m) => m.headers))].join(', ')})`,
  );
  return `it fits ${kinds.length === 2 ? 'two' : kinds.length} kinds of file, ${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}; write its role in import-plan.json`;
}

/**
 * What the file lacks. A layout is close when the file has its defining column (a vendor, a partner, a
 * HubSpot column) or, for a layout known only by its signature, half of that signature: the sentence says
 * what each close layout still needs, or which header rules it out. When none is close, it says what kind of
 * column would have told the file apart.
 */
function whatIsMissing(evaluations: Evaluation[], written: readonly string[]): string {
  const close = evaluations.filter(({ definition, met, signatureHeaders }) =>
    definition.onlyBySignature
      ? signatureHeaders.filter((header) => header !== undefined).length * 2 >= definition.signature.length
      : met.some(({ requirement }) => requirement.defining),
  );
  if (close.length > 0) {
    return close
      .map(({ definition, missing, conflicts, signatureHeaders }) => {
        const reasons: string[] = [];
        const absent = definition.signature.filter((_, index) => signatureHeaders[index] === undefined);
        if (definition.onlyBySignature)
          reasons.push(`it lacks ${absent.map((alternatives) => alternatives.join(' or ')).join(', ')}`);
        if (missing.length > 0)
          reasons.push(`no column names ${missing.map(describeRequirement(definition)).join(' and ')}`);
        if (conflicts.length > 0)
          reasons.push(`it has ${conflicts.join(', ')}, yet ${definition.conflictsMean ?? 'that rules it out'}`);
        return `as ${definition.noun}, ${reasons.join(', and ')}`;
      })
      .join('; ');
  }
  const named = new Set(
    evaluations.flatMap(({ met }) =>
      met.filter(({ requirement }) => requirement.organisation).flatMap(({ headers }) => headers),
    ),
  );
  const organisations = written.filter((header) => named.has(header));
  if (organisations.length === 0) {
    return 'no column names an organisation: an account or company (Company, Account, Company name, Account Name, …) or a partner (Partner, Partner Name, …)';
  }
  const kinds = evaluations
    .filter(({ definition }) => !definition.onlyBySignature)
    .flatMap(({ definition }) =>
      definition.requires
        .filter((requirement) => requirement.defining)
        .map((requirement) => `${describeRequirement(definition)(requirement)} for ${definition.noun}`),
    );
  return `it names organisations (${organisations.join(', ')}), but no column says what kind of file this is: ${kinds.join('; ')}`;
}

/** "a vendor (Vendor, Product, Technology, …)": the first spelling of each field, then more of the first. */
function describeRequirement(definition: LayoutDefinition) {
  return (requirement: Requirement): string => {
    const synonyms = definition.synonyms as Record<string, readonly string[] | undefined>;
    const lists = [
      ...(requirement.fields ?? []).map((field) => synonyms[field] ?? []),
      requirement.headers ?? [],
    ].filter((list) => list.length > 0);
    const examples = [...new Set([...lists.map((list) => list[0]!), ...lists.flat()])];
    return `${requirement.label} (${examples.slice(0, 3).join(', ')}${examples.length > 3 ? ', …' : ''})`;
  };
}
