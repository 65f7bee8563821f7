/**
 * The catalogue of partnership types, seeded into Neo4j by the schema migration.
 * Effort grows with the go-to-market boxes a type ticks: a referral deal needs
 * tracking and a payout, a value-added reseller needs all of them.
 */
type Effort = 'LOW' | 'MEDIUM' | 'HIGH';

export interface PartnershipTypeDefinition {
  id: string;
  name: string;
  description: string;
  effort: Effort;
  gtmChecklist: string[];
}

export const PARTNERSHIP_TYPES: readonly PartnershipTypeDefinition[] = [
  {
    id: 'referral',
    name: 'Referral',
    description: 'Each side sends qualified leads to the other for a fee; no joint selling.',
    effort: 'LOW',
    gtmChecklist: ['Lead tracking (referral links or codes)', 'Referral fee payout'],
  },
  {
    id: 'affiliate',
    name: 'Affiliate',
    description: 'The partner promotes your product to its audience for a commission on sales.',
    effort: 'LOW',
    gtmChecklist: ['Affiliate tracking', 'Commission payout', 'Promotional assets'],
  },
  {
    id: 'reseller',
    name: 'Reseller',
    description: 'The partner sells your product to its customers as part of its own offer.',
    effort: 'HIGH',
    gtmChecklist: [
      'Sales training',
      'Pricing and catalogue visibility',
      'Pipeline visibility (deal registration)',
      'Provisioning and billing',
      'First-line support',
      'Revenue recognition',
      'Joint collateral',
    ],
  },
  {
    id: 'technology_integration',
    name: 'Technology integration',
    description: 'The two products work together through an integration customers can switch on.',
    effort: 'MEDIUM',
    gtmChecklist: ['Roadmap visibility', 'Joint support process', 'Integration upkeep', 'Integration listing'],
  },
  {
    id: 'co_marketing',
    name: 'Co-marketing',
    description: 'Joint campaigns, content and events aimed at a shared audience.',
    effort: 'LOW',
    gtmChecklist: ['Joint collateral', 'Shared campaign calendar', 'Lead sharing rules'],
  },
  {
    id: 'co_selling',
    name: 'Co-selling',
    description: 'Both sales teams work the same accounts together.',
    effort: 'MEDIUM',
    gtmChecklist: ['Sales training', 'Account mapping', 'Pipeline visibility (deal registration)', 'Joint collateral'],
  },
  {
    id: 'oem',
    name: 'OEM / white label',
    description: "Your product is embedded in the partner's product under its brand.",
    effort: 'HIGH',
    gtmChecklist: [
      'Roadmap visibility',
      'Licensing and royalties',
      'Provisioning and billing',
      'Second-line support',
      'Revenue recognition',
    ],
  },
  {
    id: 'consortium',
    name: 'Consortium / joint bid',
    description: 'Several companies bid or build together, each bringing a capability the others lack.',
    effort: 'MEDIUM',
    gtmChecklist: ['Bid governance', 'Work split and liability', 'Joint collateral', 'Revenue split'],
  },
  {
    id: 'strategic_alliance',
    name: 'Strategic alliance',
    description: 'A broad, executive-sponsored relationship across product, sales and marketing.',
    effort: 'HIGH',
    gtmChecklist: [
      'Executive sponsorship',
      'Roadmap visibility',
      'Sales training',
      'Pipeline visibility (deal registration)',
      'Joint collateral',
      'Joint support process',
      'Revenue recognition',
    ],
  },
];

export const PARTNERSHIP_TYPE_IDS = PARTNERSHIP_TYPES.map((type) => type.id);
