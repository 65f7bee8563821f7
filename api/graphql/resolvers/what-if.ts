import type { Resolvers } from '../generated/resolver-types.ts';
import { whatIf } from '../../discovery/what-if-service.ts';
import { companyId } from '../../fits/request-arguments.ts';
import { companiesById, namedCompany } from './company.ts';

export const whatIfResolvers: Resolvers = {
  Query: {
    whatIf: (_, args, { db }) =>
      whatIf(db, {
        focal: companyId('focal', args.focal),
        add: (args.add ?? []).map((id) => companyId('add', id)),
        drop: (args.drop ?? []).map((id) => companyId('drop', id)),
      }),
  },
  WhatIf: {
    focal: (answer, _, context) => namedCompany(answer.focalId, context),
    partners: (answer, _, context) => companiesById(answer.partnerIds, context),
    added: (answer, _, context) => companiesById(answer.addedIds, context),
    dropped: (answer, _, context) => companiesById(answer.droppedIds, context),
  },
  CoveredCapability: {
    partners: (covered, _, context) => companiesById(covered.partners, context),
  },
  PartnerSetConflict: {
    partner: (conflict, _, context) => namedCompany(conflict.partner, context),
    via: async (conflict, _, context) =>
      conflict.via ? ((await companiesById([conflict.via], context))[0] ?? null) : null,
  },
};
