import { whatIf, type WhatIfAnswer } from '../../discovery/what-if-service.ts';
import type { SetConflict } from '../../discovery/what-if.ts';
import { companyId } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { companiesById } from './company.ts';

export const whatIfResolvers = {
  Query: {
    whatIf: (_: unknown, args: { focal: string; add?: string[] | null; drop?: string[] | null }, { db }: ApiContext) =>
      whatIf(db, {
        focal: companyId('focal', args.focal),
        add: (args.add ?? []).map((id) => companyId('add', id)),
        drop: (args.drop ?? []).map((id) => companyId('drop', id)),
      }),
  },
  WhatIf: {
    focal: async (answer: WhatIfAnswer, _: unknown, context: ApiContext) => (await companiesById([answer.focalId], context))[0],
    partners: (answer: WhatIfAnswer, _: unknown, context: ApiContext) => companiesById(answer.partnerIds, context),
    added: (answer: WhatIfAnswer, _: unknown, context: ApiContext) => companiesById(answer.addedIds, context),
    dropped: (answer: WhatIfAnswer, _: unknown, context: ApiContext) => companiesById(answer.droppedIds, context),
  },
  CoveredCapability: {
    partners: (covered: { partners: string[] }, _: unknown, context: ApiContext) => companiesById(covered.partners, context),
  },
  PartnerSetConflict: {
    partner: async (conflict: SetConflict, _: unknown, context: ApiContext) => (await companiesById([conflict.partner], context))[0],
    via: async (conflict: SetConflict, _: unknown, context: ApiContext) => (conflict.via ? ((await companiesById([conflict.via], context))[0] ?? null) : null),
  },
};
