import type { Resolvers } from '../generated/resolver-types.ts';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { knownToChanges, MAX_CHANGES, sinceMoment } from '../../changes/change-store.ts';
import { rankingSettings } from '../../fits/ranking-arguments.ts';
import { NO_SCORING } from '../../fits/shortlist-fits.ts';
import { candidatePage } from '../../pages/candidate-pages.ts';
import { changePage } from '../../pages/change-pages.ts';
import { companyPage } from '../../pages/company-pages.ts';
import { customerPage } from '../../pages/customer-pages.ts';
import { entryPage, shortlistPage } from '../../pages/shortlist-pages.ts';
import { companyId, pageSize, searchText } from '../../fits/request-arguments.ts';
import { knownFocal } from './shortlists.ts';

/** Whether a connection's nodes (through `edges { node }` or `nodes`) ask for `field`: a shortlist's pins are scored only for their fit. */
function nodesSelect(info: GraphQLResolveInfo, field: string): boolean {
  const fragment = (name: string) => info.fragments[name];
  const under = (selectionSet: SelectionSetNode | undefined, path: string[]): boolean => {
    if (path.length === 0) return true;
    return (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD)
        return selection.name.value === path[0] && under(selection.selectionSet, path.slice(1));
      if (selection.kind === Kind.INLINE_FRAGMENT) return under(selection.selectionSet, path);
      return under(fragment(selection.name.value)?.selectionSet, path);
    });
  };
  return info.fieldNodes.some(
    (node) => under(node.selectionSet, ['nodes', field]) || under(node.selectionSet, ['edges', 'node', field]),
  );
}

/** Connections (api/schema/pages.graphql): thin, as every resolver; the pages are made in api/pages/. */
export const pageResolvers: Resolvers = {
  Query: {
    companiesConnection: (_, args, { db }) =>
      companyPage(db, {
        search: searchText(args.search),
        segment: args.segment ?? null,
        capability: args.capability ?? null,
        first: pageSize(args.first),
        after: args.after,
      }),
    candidatesConnection: (_, args, context) => {
      const { focal, first, after, ...definition } = args;
      return candidatePage(context.db, context.companies, {
        focal: companyId('focal', focal),
        first: pageSize(first),
        after,
        settings: rankingSettings(definition),
        definition,
      });
    },
    shortlistsConnection: async (_, args, context) => {
      const focal = args.focal == null ? null : companyId('focal', args.focal);
      const page = await shortlistPage(context.db, { focal, first: pageSize(args.first), after: args.after });
      if (focal !== null && page.totalCount === 0) await knownFocal(context, focal);
      return page;
    },
    changesConnection: async (_, args, { db }) => {
      const focal = args.focal == null ? null : companyId('focal', args.focal);
      const page = await changePage(db, {
        since: sinceMoment(args.since),
        focal,
        first: pageSize(args.first, 100, MAX_CHANGES),
        after: args.after,
      });
      if (focal !== null && page.totalCount === 0) await knownToChanges(db, focal);
      return page;
    },
  },
  Company: {
    customers: (company, args, { db }) =>
      customerPage(db, company, { stage: args.stage, first: pageSize(args.first), after: args.after }),
  },
  Shortlist: {
    entriesConnection: (shortlist, args, context, info) =>
      entryPage(context.db, context.companies, shortlist, {
        first: pageSize(args.first),
        after: args.after,
        settings: rankingSettings({ weights: args.weights }),
        definition: args.weights ?? null,
        // Pins are scored only when their fit is asked for, as `entries` does (and as the cost and the rate limit count them).
        score: nodesSelect(info, 'fit') ? context.pinScorer : NO_SCORING,
      }),
  },
  PartnerFitEdge: {
    rank: (edge) => edge.rank,
  },
};
