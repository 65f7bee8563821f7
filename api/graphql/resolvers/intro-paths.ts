import type { Resolvers } from '../generated/resolver-types.ts';
import { introPaths } from '../../discovery/intro-service.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { badInput } from '../../errors.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';

/** The longest intro path asked for: four hops already reach most of a market. */
const MAX_INTRO_HOPS = 4;
/** The most paths one answer lists. */
const MAX_INTRO_PATHS = 20;

export const introPathResolvers: Resolvers = {
  Query: {
    introPaths: (_, args, { db }) => {
      const focal = companyId('focal', args.focal);
      const target = companyId('target', args.target);
      if (focal === target)
        throw badInput('target', 'is the focal company itself: there is nobody to be introduced to');
      const maxHops = args.maxHops ?? 3;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_INTRO_HOPS)
        throw badInput('maxHops', `must be between 1 and ${MAX_INTRO_HOPS}, got ${maxHops}`);
      return introPaths(db, { focal, target, first: pageSize(args.first, 5, MAX_INTRO_PATHS), maxHops });
    },
  },
  IntroStep: {
    partnershipId: (step) => step.partnership?.partnershipId ?? null,
    status: (step) => step.partnership?.status ?? null,
    type: (step) => PARTNERSHIP_TYPES.find((type) => type.id === step.partnership?.typeId) ?? null,
    since: (step) => step.partnership?.since ?? null,
  },
  IntroParty: {
    company: async (party, _, context) =>
      party.kind === 'COMPANY' ? ((await context.companies.load(party.id))?.company ?? null) : null,
  },
};
