import type { Resolvers } from '../generated/resolver-types.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';
import { badInput, notFound } from '../../errors.ts';
import type { ApiContext } from '../context.ts';
import { describeAll, pairFits, rankedFits } from '../../fits/fit-service.ts';
import { marketModelView } from '../../fits/market-model-view.ts';
import { complementarityOf, conflictsBetween } from '../../fits/pair-service.ts';
import { rankingSettings } from '../../fits/ranking-arguments.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';
import { namedCompany } from './company.ts';

const loadCompany = async (id: string, context: ApiContext) => (await context.companies.load(id))?.company ?? null;

export const analysisResolvers: Resolvers = {
  Query: {
    complementarity: (_, args, { db }) => complementarityOf(db, companyId('a', args.a), companyId('b', args.b)),
    conflicts: (_, args, { db }) => conflictsBetween(db, companyId('a', args.a), companyId('b', args.b)),
    partnerFit: async (_, args, context) => {
      const focal = companyId('focal', args.focal);
      const candidate = companyId('candidate', args.candidate);
      if (focal === candidate)
        throw badInput('candidate', 'is the focal company itself: a company is not its own partner');
      const fits = await pairFits(context.db, focal, [candidate], rankingSettings(args));
      return fits && fits.scored.length > 0 ? ((await describeAll(fits, context.companies))[0] ?? null) : null;
    },
    marketModel: (_, __, { db }) => marketModelView(db),
    candidates: async (_, args, context) => {
      const fits = await rankedFits(
        context.db,
        companyId('focal', args.focal),
        pageSize(args.first),
        rankingSettings(args),
      );
      if (!fits) throw notFound('company', args.focal);
      return describeAll(fits, context.companies);
    },
  },
  PartnerFit: {
    focal: (fit, _, context) => namedCompany(fit.focalId, context),
    candidate: (fit, _, context) => namedCompany(fit.candidateId, context),
    peerPartners: async (fit, _, context) =>
      (await Promise.all(fit.peerPartnerIds.map((id) => loadCompany(id, context)))).filter(
        (company) => company !== null,
      ),
    peers: async (fit, _, context) =>
      (
        await Promise.all(
          fit.peers.map(async (peer) => ({ company: await loadCompany(peer.id, context), rival: peer.rival })),
        )
      ).flatMap((peer) => (peer.company !== null ? [{ company: peer.company, rival: peer.rival }] : [])),
    history: (fit) =>
      fit.history.map((partnership) => ({
        id: partnership.id,
        status: partnership.status,
        since: partnership.since,
        type: PARTNERSHIP_TYPES.find((type) => type.id === partnership.typeId) ?? null,
        partyIds: partnership.parties,
      })),
  },
  Partnership: {
    // Partnerships from a company's page come with their parties; those in a fit's history name them by id.
    parties: async (partnership, _, context) =>
      partnership.parties ??
      (await Promise.all((partnership.partyIds ?? []).map((id) => loadCompany(id, context)))).filter(
        (company) => company !== null,
      ),
  },
  Conflict: {
    via: (conflict, _, context) => (conflict.viaId ? loadCompany(conflict.viaId, context) : null),
  },
};
