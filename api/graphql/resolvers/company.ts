import type { Resolvers } from '../generated/resolver-types.ts';
import type { CompanyNode } from '../../fits/company-loader.ts';
import { companyId, pageSize, searchText } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { companyById, competitorsOf, partnershipsOf, segmentsOf } from '../../fits/company-service.ts';
import { listCompanies } from '../../pages/company-pages.ts';

const COUNT_PROPERTY = {
  customer: 'customerCount',
  prospect: 'prospectCount',
  opportunity: 'opportunityCount',
} as const;

export const companyResolvers: Resolvers = {
  Query: {
    company: (_, args, { db }) => companyById(db, companyId('id', args.id)),
    companies: (_, args, { db }) => {
      const first = pageSize(args.first);
      return listCompanies(db, {
        search: searchText(args.search),
        segment: args.segment ?? null,
        capability: args.capability ?? null,
        first,
      });
    },
  },
  Company: {
    customerCount: (company, args) => Number(company[COUNT_PROPERTY[args.stage]] ?? 0),
    // Through the request's company loader: a list of a hundred candidates asking for their capabilities
    // is one batched read, not a hundred (the cost model counts the objects, not round trips).
    capabilities: async (company, _, context) => {
      const detail = await context.companies.load(company.id);
      return (detail?.capabilities ?? [])
        .map(({ level, ...capability }) => ({ capability, level }))
        .sort((x, y) =>
          x.level === y.level
            ? x.capability.name < y.capability.name
              ? -1
              : x.capability.name > y.capability.name
                ? 1
                : 0
            : x.level === 'core'
              ? -1
              : 1,
        );
    },
    segments: (company, _, { db }) => segmentsOf(db, company.id),
    competitors: (company, _, { db }) => competitorsOf(db, company.id),
    partnerships: (company, args, { db }) => partnershipsOf(db, company.id, args.status ?? null),
  },
};

/**
 * The company an answer names by id, for a field the schema makes non-null.
 * The id came from the graph in this request, so the company is there unless
 * an import removed it since; the null then goes on to GraphQL, which reports
 * it as that field's error, as it always has. The type says what the schema
 * promises, hence the one assertion.
 */
export async function namedCompany(id: string, context: ApiContext): Promise<CompanyNode> {
  return (await context.companies.load(id))?.company ?? (null as unknown as CompanyNode);
}

/** Companies by id through the request's loader, in the order given; ids the graph lacks are left out. */
export async function companiesById(ids: string[], context: ApiContext): Promise<CompanyNode[]> {
  const details = await Promise.all(ids.map((id) => context.companies.load(id)));
  return details.flatMap((detail) => (detail ? [detail.company] : []));
}
