import type { Conversion, ConvertedTables } from './convert.ts';
import { capabilityRules } from './capability-rules.ts';
import { declaredRivalries } from './rivalries.ts';

/**
 * The data folder's README.md, generated with the CSV files so its counts and rules can never
 * drift from the data (the unit test compares the committed copy with a fresh one).
 */
export function renderReadme({ tables, report }: Conversion): string {
  return [
    '# FedRAMP marketplace ecosystem',
    '',
    'A real partner ecosystem for PartnerGraph: the U.S. FedRAMP marketplace — cloud vendors, the',
    'federal agencies that authorised or sponsor their products, and the FedRAMP packages each',
    'product runs on — converted to PartnerGraph’s CSV import format (README, “Loading your own data”).',
    '',
    '```sh',
    'npm run import -- data/fedramp --replace',
    '```',
    '',
    '## Source and licence',
    '',
    `- \`data.json\` of the FedRAMP marketplace export by the General Services Administration (GSA),`,
    `  created ${report.exportDate}, with contact and logo fields removed; field meanings in its`,
    '  `dictionary.json` (both kept under `data/sources/fedramp-marketplace/`).',
    '- A work of the U.S. Government: public domain in the United States and dedicated worldwide',
    '  under CC0 1.0 — see `LICENSE.md` (a copy of the source licence). The conversion adds nothing',
    '  that needs another licence.',
    '',
    'Regenerate with `npx tsx scripts/convert-fedramp.ts` (it reads',
    '`data/sources/fedramp-marketplace/data.json` and writes here unless given `--in` / `--out`).',
    'The output is deterministic (rows sorted by id, code-point order), and',
    '`test/unit/convert-fedramp.test.ts` checks that the committed files are what the converter',
    'produces.',
    '',
    '## Headline counts',
    '',
    ...countsTable(tables, report),
    '',
    '## How each file is derived',
    '',
    ...derivations(),
    '',
    '## Capability rules',
    '',
    ...capabilityRuleList(),
    '',
    '## Declared rivalries (hand-made)',
    '',
    'The export says nothing about competition, so `competitors.csv` is a short, hand-made list of',
    'public rivalries among the big platform vendors (`scripts/fedramp/rivalries.ts`), kept only where',
    'both companies are in the data:',
    '',
    ...rivalryList(tables),
    '',
    '## Oddities in the source',
    '',
    ...oddities(report),
    '',
  ].join('\n');
}

function countsTable(tables: ConvertedTables, report: Conversion['report']): string[] {
  const stageCount = (stage: string) => tables.accounts.filter((row) => row.stage === stage).length;
  const core = tables.capabilities.filter((row) => row.level === 'core').length;
  const dated = tables.partnerships.filter((row) => row.since !== '').length;
  const distinct = (values: readonly string[]) => new Set(values).size;
  return [
    '| what | count |',
    '| --- | ---: |',
    `| products in the export | ${report.productCount} |`,
    `| vendor names as typed | ${report.rawVendorNameCount} |`,
    `| companies (\`companies.csv\`) | ${tables.companies.length} |`,
    `| customers: agencies (\`customers.csv\`) | ${tables.customers.length} |`,
    `| accounts (\`accounts.csv\`) | ${tables.accounts.length} |`,
    `| — stage customer / opportunity / prospect | ${stageCount('customer')} / ${stageCount('opportunity')} / ${stageCount('prospect')} |`,
    `| capability rows (\`capabilities.csv\`), core / secondary | ${tables.capabilities.length} (${core} / ${tables.capabilities.length - core}) |`,
    `| distinct capabilities | ${distinct(tables.capabilities.map((row) => row.capability))} |`,
    `| segment rows (\`segments.csv\`) / distinct segments | ${tables.segments.length} / ${distinct(tables.segments.map((row) => row.segment))} |`,
    `| declared rivalries (\`competitors.csv\`) | ${tables.competitors.length} |`,
    `| runs-on partnerships (\`partnerships.csv\`), with a since date | ${tables.partnerships.length} (${dated}) |`,
  ];
}

function derivations(): string[] {
  return [
    '- **companies.csv** — one company per vendor (`Cloud_Service_Provider_Name`). Names that differ',
    '  only by a trailing legal suffix (Inc., Incorporated, LLC, L.L.C., Corp., Corporation, Ltd, Co.),',
    '  commas, trailing punctuation, spacing or case are one company; `id` is the slug of the',
    '  normalised name, `name` the normalised spelling most of its products use. `domain` is the',
    "  registrable domain (last two labels) most of its products' `CSP_Website` give; `employees` is",
    '  empty (the export does not say); `description` lists the product names (five at most) and the',
    '  first sentence of the first described product (alphabetical), cut at 200 characters.',
    '- **customers.csv** — one customer per federal *agency* named by a product: the agencies of its',
    '  ATO letters (`Leveraged_ATO_Letters[].Authorizing_Agency`) and its own `Sponsoring_Agency`',
    '  and `Authorizing_Agency`. Subagencies (`Authorizing_Subagency`) are not used: the issue asks',
    '  for agencies, and subagencies are filled in on fewer than half of the letters, so they would',
    '  split one department into a named part and an anonymous rest. Skipped: the JAB (Joint',
    '  Authorization Board, which authorises for the whole government and is not a customer),',
    '  "CSP Supplied", and "Other Executive Branch Agency" (a bucket of unnamed agencies that would',
    '  invent shared customers). The typo "Deparment" is fixed. `industry` is "Federal government",',
    '  `region` "United States".',
    "- **accounts.csv** — a vendor's stage with an agency comes from the designation of the products",
    '  that name it: Compliant → `customer`, In Process (or In PMO Review) → `opportunity`, FedRAMP',
    '  Ready → `prospect`; over several products the strongest wins (customer > opportunity >',
    '  prospect). FedRAMP Ready products name no agency in this export, hence few or no prospects.',
    '- **capabilities.csv** — the product\'s service models (`Service_Model`, e.g. "PaaS, SaaS") as',
    '  capabilities IaaS / PaaS / SaaS with category "service model", always `secondary` (a delivery',
    '  model, shared by nearly every vendor: as core it would make almost every pair a HIGH capability',
    '  overlap); plus keyword capabilities recognised in the product name and description (below). A',
    '  company offers every capability of any of its products at the strongest level over them.',
    '- **segments.csv** — the niches a company targets, from its products (whatever their designation):',
    '  impact level as "FedRAMP High" / "FedRAMP Moderate" / "FedRAMP Low" / "FedRAMP LI-SaaS" and',
    '  deployment model as "Government community cloud" / "Public cloud" / "Hybrid cloud".',
    '- **competitors.csv** — the hand-made rivalries below, one row per pair.',
    '- **partnerships.csv** — "runs on / uses": a product listing another package in',
    '  `Underlying_CSP_Package_ID` is built on it, an active `technology_integration` between the two',
    '  vendors. One partnership per unordered vendor pair (id `runs-on-<a>--<b>`, ids in code-point',
    '  order, parties `<a>;<b>`), none for a vendor on its own package. `since` is the earliest',
    '  `Original_Authorization_Date` of a product of the pair that runs on the other vendor (the day',
    '  FedRAMP authorised it with that dependency), empty when none is authorised yet. References',
    '  written without the package prefix are resolved by adding "F" or "FR".',
  ];
}

function capabilityRuleList(): string[] {
  return [
    'Keyword rules (`scripts/fedramp/capability-rules.ts`) match whole words in the product name and',
    'its description (Markdown stripped); upper-case acronyms (AI, HR, GIS, CRM, …) are matched',
    'case-sensitively. A capability is **core** for a product when it is matched in the product name',
    'or in the first sentence of the description; when none of its capabilities is matched there,',
    'the one mentioned most often is core (all of them on a tie, which covers "the only match").',
    'Everything else is **secondary**. A product sold as IaaS has Hosting as core. Capabilities and',
    'their categories:',
    '',
    ...capabilityRules.map((rule) => `- ${rule.name} (${rule.category})`),
    '',
    'Keyword recognition is approximate: it misses capabilities a description only implies and',
    'can pick up a feature mentioned in passing (as secondary, usually).',
  ];
}

function rivalryList(tables: ConvertedTables): string[] {
  const present = new Set(tables.companies.map((company) => company.id));
  return declaredRivalries
    .filter(([a, b]) => present.has(a) && present.has(b))
    .map(([a, b, reason]) => `- \`${a}\` – \`${b}\`: ${reason}`);
}

function oddities(report: Conversion['report']): string[] {
  const merged = [...report.mergedVendorNames].map(
    ([id, names]) => `\`${id}\` ← ${names.map((name) => `"${name}"`).join(', ')}`,
  );
  return [
    `- Vendor spellings merged into one company: ${merged.length === 0 ? 'none in this export' : merged.join('; ')}.`,
    `- Package references repaired by adding the "F"/"FR" prefix: ${listOrNone(report.repairedReferences)}.`,
    `- Package references matching no package (ignored): ${listOrNone(report.unresolvedReferences)}.`,
    `- Package ids listed more than once (every listing counts; the strongest stage wins): ${listOrNone(report.duplicatePackageIds)}.`,
    '- Some vendors are themselves agencies or agency offices (18F, General Services Administration,',
    '  OMB, United States Department of Agriculture, United States Department of the Treasury); they',
    '  are companies like any other vendor (company ids and customer ids live in separate labels).',
    '- Subsidiaries are listed under their own names (e.g. "Duo Security (A Cisco Company)",',
    '  "AppDynamics (a Cisco company)", Cisco Systems) and stay separate companies.',
  ];
}

function listOrNone(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.map((item) => `\`${item}\``).join(', ');
}
