import type { Resolvers } from '../generated/resolver-types.ts';

/**
 * GraphQL enums are upper case; the graph stores the import format's lower-case
 * words. These internal values translate both ways, arguments included.
 */
export const enumResolvers: Resolvers = {
  Stage: { CUSTOMER: 'customer', PROSPECT: 'prospect', OPPORTUNITY: 'opportunity' },
  CapabilityLevel: { CORE: 'core', SECONDARY: 'secondary' },
  PartnershipStatus: { PROPOSED: 'proposed', ACTIVE: 'active', ENDED: 'ended' },
};
