import type { StoredChange } from '../changes/change-store.ts';
import type { Row } from '../db/database.ts';
import type {
  CapabilityProperties,
  PartnershipProperties,
  PartnershipTypeProperties,
  SegmentProperties,
} from '../db/query-rows.ts';
import type { DescribedIntroPath } from '../discovery/intro-service.ts';
import type { WhatIfFigures } from '../discovery/what-if.ts';
import type { PartnershipTypeDefinition } from '../domain/partnership-types.ts';
import type { CapabilityOffer, CompanyNode } from '../fits/company-loader.ts';
import type { CandidatePage } from '../pages/candidate-pages.ts';
import type { PlanRecord } from '../pipeline/plan-model.ts';

/*
 * What the resolvers of a type get as their parent when no service record is
 * it (codegen.ts maps the schema's types to these): a node as the graph keeps
 * it, or a part of a service's answer. The generated `Resolvers` type then
 * checks every resolver map against them.
 */

/** A partnership type: the graph's node, or the catalogue's definition. */
export type PartnershipTypeParent = PartnershipTypeProperties | PartnershipTypeDefinition;

/** A capability: the graph's node or a company's offer; the catalogue adds how many companies offer it. */
export type CapabilityParent = (CapabilityProperties | Omit<CapabilityOffer, 'level'>) & { companyCount?: number };

/** A segment; the catalogue adds how many companies are in it. */
export type SegmentParent = SegmentProperties & { companyCount?: number };

/** A partnership from a company's page (with its parties) or a fit's history (naming them by id). */
export type PartnershipParent = Omit<PartnershipProperties, 'since'> & {
  since?: string | null;
  type: PartnershipTypeParent | null;
  parties?: CompanyNode[];
  partyIds?: string[];
};

/** A customer node as the graph returns it (customer-pages.ts hands its nodes on as plain rows). */
export type CustomerParent = Row;

export type IntroStepParent = DescribedIntroPath['steps'][number];

export type IntroPartyParent = IntroStepParent['party'];

export type ChangeCompanyParent = StoredChange['companies'][number];

export type CoveredCapabilityParent = WhatIfFigures['capabilities'][number];

export type PartnerFitEdgeParent = CandidatePage['edges'][number];

/** A plan as the API shows it: its record, and the pair it is the plan of. */
export interface PlanView extends PlanRecord {
  focalId: string;
  candidateId: string;
}
