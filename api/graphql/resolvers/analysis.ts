import type { QueryCandidatesArgs, QueryComplementarityArgs, QueryConflictsArgs, QueryPartnerFitArgs } from '../generated/resolver-types.ts';
import type { Conflict } from '../../analysis/conflicts.ts';
import type { DescribedFit } from '../../analysis/describe-fit.ts';
import { ratio } from '../../analysis/overlap-figures.ts';
import { notFound } from '../../errors.ts';
import { companyId, pageSize } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { describeAll, pairFits, rankedFits } from '../../fits/fit-service.ts';
import { loadCandidatePool } from '../../fits/candidate-pool.ts';
import { marketModelView } from '../../fits/market-model-view.ts';
import { rankingSettings } from '../../fits/ranking-arguments.ts';
import { conflictsOf } from '../../analysis/conflicts.ts';
import { badInput } from '../../errors.ts';
import { PARTNERSHIP_TYPES } from '../../domain/partnership-types.ts';



const loadCompany = async (id: string, context: ApiContext) => (await context.companies.load(id))?.company ?? null;

export const analysisResolvers = {
  Query: {
    complementarity: async (_: unknown, args: QueryComplementarityArgs, { db }: ApiContext) => {
      const [row] = await db.read('complementarity', { a: companyId('a', args.a), b: companyId('b', args.b) });
      if (!row) return null;
      const gapsA = row.gapsFilledForA as unknown[];
      const gapsB = row.gapsFilledForB as unknown[];
      const competing = row.competing as unknown[];
      const union = gapsA.length + gapsB.length + competing.length;
      return { ...row, score: ratio(gapsA.length + gapsB.length, union) };
    },
    conflicts: async (_: unknown, args: QueryConflictsArgs, context: ApiContext) => {
      const a = companyId('a', args.a);
      const b = companyId('b', args.b);
      if (a === b) return [];
      const pool = await loadCandidatePool(context.db, { focal: a, only: [b] });
      const facts = pool?.candidates[0];
      if (!facts) throw notFound('company', pool ? b : a);
      return conflictsOf(facts.conflictFacts);
    },
    partnerFit: async (_: unknown, args: QueryPartnerFitArgs, context: ApiContext) => {
      const focal = companyId('focal', args.focal);
      const candidate = companyId('candidate', args.candidate);
      if (focal === candidate) throw badInput('candidate', 'is the focal company itself: a company is not its own partner');
      const fits = await pairFits(context.db, focal, [candidate], rankingSettings(args));
      return fits && fits.scored.length > 0 ? (await describeAll(fits, context.companies))[0] : null;
    },
    marketModel: (_: unknown, __: unknown, { db }: ApiContext) => marketModelView(db),
    candidates: async (_: unknown, args: QueryCandidatesArgs, context: ApiContext) => {
      const fits = await rankedFits(context.db, companyId('focal', args.focal), pageSize(args.first), rankingSettings(args));
      if (!fits) throw notFound('company', args.focal);
      return describeAll(fits, context.companies);
    },
  },
  PartnerFit: {
    focal: (fit: DescribedFit, _: unknown, context: ApiContext) => loadCompany(fit.focalId, context),
    candidate: (fit: DescribedFit, _: unknown, context: ApiContext) => loadCompany(fit.candidateId, context),
    peerPartners: async (fit: DescribedFit, _: unknown, context: ApiContext) =>
      (await Promise.all(fit.peerPartnerIds.map((id) => loadCompany(id, context)))).filter((company) => company !== null),
    peers: async (fit: DescribedFit, _: unknown, context: ApiContext) =>
      (await Promise.all(fit.peers.map(async (peer) => ({ company: await loadCompany(peer.id, context), rival: peer.rival })))).filter((peer) => peer.company !== null),
    history: (fit: DescribedFit) =>
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
    parties: async (partnership: { parties?: unknown[]; partyIds?: string[] }, _: unknown, context: ApiContext) =>
      partnership.parties ??
      (await Promise.all((partnership.partyIds ?? []).map((id) => loadCompany(id, context)))).filter((company) => company !== null),
  },
  Conflict: {
    via: (conflict: Conflict, _: unknown, context: ApiContext) => (conflict.viaId ? loadCompany(conflict.viaId, context) : null),
  },
};

