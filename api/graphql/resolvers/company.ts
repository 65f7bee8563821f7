import type { CompanyPartnershipsArgs, QueryCompaniesArgs, QueryCompanyArgs } from '../generated/resolver-types.ts';
import type { Row } from '../../db/database.ts';
import { companyId, pageSize, searchText } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { luceneQuery } from '../../domain/lucene-query.ts';
import { companyPage } from '../../pages/company-pages.ts';

/** A company as the database returns it (`c {.*}`), aggregates included. */
export type CompanyNode = Row & { id: string; name: string };

const COUNT_PROPERTY = { customer: 'customerCount', prospect: 'prospectCount', opportunity: 'opportunityCount' } as const;

export const companyResolvers = {
  Query: {
    company: async (_: unknown, args: QueryCompanyArgs, { db }: ApiContext) => {
      const [row] = await db.read('company', { id: companyId('id', args.id) });
      return row?.company ?? null;
    },
    companies: async (_: unknown, args: QueryCompaniesArgs, { db }: ApiContext) => {
      const first = pageSize(args.first);
      const text = searchText(args.search);
      // Filtered lists are the connection's first page (api/pages/company-pages.ts).
      if (args.segment || args.capability) return (await companyPage(db, { search: text, segment: args.segment ?? null, capability: args.capability ?? null, first })).nodes;
      if (text.trim() === '') return column(await db.read('companies-list', { first }), 'company');
      const query = luceneQuery(text);
      if (query === undefined) return [];
      return column(await db.read('companies-search', { query, first }), 'company');
    },
  },
  Company: {
    customerCount: (company: CompanyNode, args: { stage: keyof typeof COUNT_PROPERTY }) =>
      Number(company[COUNT_PROPERTY[args.stage]] ?? 0),
    // Through the request's company loader: a list of a hundred candidates asking for their capabilities
    // is one batched read, not a hundred (the cost model counts the objects, not round trips).
    capabilities: async (company: CompanyNode, _: unknown, context: ApiContext) => {
      const detail = await context.companies.load(company.id);
      return (detail?.capabilities ?? [])
        .map(({ level, ...capability }) => ({ capability, level }))
        .sort((x, y) => (x.level === y.level ? (x.capability.name < y.capability.name ? -1 : x.capability.name > y.capability.name ? 1 : 0) : x.level === 'core' ? -1 : 1));
    },
    segments: async (company: CompanyNode, _: unknown, { db }: ApiContext) =>
      column(await db.read('company-segments', { id: company.id }), 'segment'),
    competitors: async (company: CompanyNode, _: unknown, { db }: ApiContext) =>
      column(await db.read('company-competitors', { id: company.id }), 'company'),
    partnerships: async (company: CompanyNode, args: CompanyPartnershipsArgs, { db }: ApiContext) =>
      column(await db.read('company-partnerships', { id: company.id, status: args.status ?? null }), 'partnership'),
  },
};

/** Companies by id through the request's loader, in the order given; ids the graph lacks are left out. */
export async function companiesById(ids: string[], context: ApiContext): Promise<CompanyNode[]> {
  const details = await Promise.all(ids.map((id) => context.companies.load(id)));
  return details.flatMap((detail) => (detail ? [detail.company] : []));
}

/** The values of one returned column. */
export function column(rows: Row[], name: string): unknown[] {
  return rows.map((row) => row[name]);
}
