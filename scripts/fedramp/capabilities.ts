import { capabilityRules, type CapabilityRule } from './capability-rules.ts';
import type { Product } from './marketplace-schema.ts';
import { firstSentence, plainText } from './text.ts';

/** The levels of the graph's `OFFERS` edge. */
export type Level = 'core' | 'secondary';

/** A capability recognised for one product, with how central it is to the product. */
export interface RecognisedCapability {
  readonly name: string;
  readonly category: string;
  readonly level: Level;
}

/** Category of the IaaS / PaaS / SaaS capabilities. */
const serviceModelCategory = 'service model';

const serviceModels = ['IaaS', 'PaaS', 'SaaS'] as const;

/**
 * The keyword capabilities of a product (rules in capability-rules.ts). The level rule:
 * a capability is **core** when it is central to the product — matched in the product's
 * name or in the first sentence of its description. When none of the product's capabilities
 * is matched there, the one mentioned most often in the whole text is core instead (all of
 * them on a tie; this covers "the only match"), so every recognised product has a core.
 * Every other capability is **secondary**: it only shows up later in the description, as a
 * feature, an integration or a detail.
 */
function recogniseKeywordCapabilities(product: Product): RecognisedCapability[] {
  const description = product.CSO_Description ?? '';
  const central = `${product.Cloud_Service_Provider_Package} ${firstSentence(description)}`;
  const everything = `${product.Cloud_Service_Provider_Package} ${plainText(description)}`;
  const mentioned = capabilityRules
    .map((rule) => ({
      rule,
      mentions: countMentions(rule, everything),
      central: countMentions(rule, central) > 0,
    }))
    .filter(({ mentions }) => mentions > 0);
  const anyCentral = mentioned.some((capability) => capability.central);
  const mostMentions = Math.max(0, ...mentioned.map(({ mentions }) => mentions));
  return mentioned.map(({ rule, mentions, central: isCentral }) => ({
    name: rule.name,
    category: rule.category,
    level: isCentral || (!anyCentral && mentions === mostMentions) ? 'core' : 'secondary',
  }));
}

/** How many times the rule's patterns match in the text, all patterns together. */
function countMentions(rule: CapabilityRule, text: string): number {
  let count = 0;
  for (const pattern of rule.patterns) {
    const everyMatch = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    count += [...text.matchAll(everyMatch)].length;
  }
  return count;
}

/**
 * The service models of a product (`Service_Model`, whose entries may hold several:
 * "PaaS, SaaS") as capabilities. They are always **secondary**: a delivery model says how a
 * product is sold, not what it is good at, and nearly every vendor here is SaaS — as core
 * they would make almost every pair look like direct competitors (a HIGH capability overlap).
 */
function serviceModelCapabilities(product: Product): RecognisedCapability[] {
  const listed = product.Service_Model.flatMap((entry) => entry.split(/[,&/]|\band\b/));
  const names = serviceModels.filter((model) =>
    listed.some((entry) => entry.trim().toLowerCase() === model.toLowerCase()),
  );
  return names.map((name) => ({ name, category: serviceModelCategory, level: 'secondary' }));
}

/** The Hosting rule, which IaaS products get as core. */
const hostingRule = (() => {
  const rule = capabilityRules.find((candidate) => candidate.name === 'Hosting');
  if (!rule) throw new Error('capability-rules.ts must define Hosting');
  return rule;
})();

/**
 * Everything a product offers: its service models plus its keyword capabilities. A product
 * sold as IaaS offers hosting by definition, so Hosting is core for it even when the
 * description never says so (AWS GovCloud's does not).
 */
export function capabilitiesOfProduct(product: Product): RecognisedCapability[] {
  const models = serviceModelCapabilities(product);
  const keywords = recogniseKeywordCapabilities(product);
  if (!models.some((model) => model.name === 'IaaS')) return [...models, ...keywords];
  const others = keywords.filter((capability) => capability.name !== hostingRule.name);
  return [...models, ...others, { name: hostingRule.name, category: hostingRule.category, level: 'core' }];
}

/** The stronger of two levels: core > secondary (a company keeps its best over its products). */
export function strongerLevel(a: Level, b: Level): Level {
  return a === 'core' || b === 'core' ? 'core' : 'secondary';
}
