import type { Resolvers } from '../generated/resolver-types.ts';
import type { Row } from '../../db/database.ts';
import type { CompanyNode } from '../../fits/company-loader.ts';
import { companyId, pageSize, searchText } from '../../fits/request-arguments.ts';
import type { ApiContext } from '../context.ts';
import { luceneQuery } from '../../domain/lucene-query.ts';
import { companyPage } from '../../pages/company-pages.ts';

const COUNT_PROPERTY = { customer: 'customerCount', prospect: 'prospectCount', opportunity: 'opportunityCount' } as const;

export const companyResolvers: Resolvers = {
  Query: {
    company: async (_, args, { db }) => {
      const [row] = await db.read('company', { id: companyId('id', args.id) });
      return row?.company ?? null;
    },
    companies: async (_, args, { db }) => {
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
    customerCount: (company, args) =>
      Number(company[COUNT_PROPERTY[args.stage]] ?? 0),
    // Through the request's company loader: a list of a hundred candidates asking for their capabilities
    // is one batched read, not a hundred (the cost model counts the objects, not round trips).
    capabilities: async (company, _, context) => {
      const detail = await context.companies.load(company.id);
      return (detail?.capabilities ?? [])
        .map(({ level, ...capability }) => ({ capability, level }))
        .sort((x, y) => (x.level === y.level ? (x.capability.name < y.capability.name ? -1 : x.capability.name > y.capability.name ? 1 : 0) : x.level === 'core' ? -1 : 1));
    },
    segments: async (company, _, { db }) =>
      column(await db.read('company-segments', { id: company.id }), 'segment'),
    competitors: async (company, _, { db }) =>
      column(await db.read('company-competitors', { id: company.id }), 'company'),
    partnerships: async (company, args, { db }) =>
      column(await db.read('company-partnerships', { id: company.id, status: args.status ?? null }), 'partnership'),
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

/** The values of one returned column. */
export function column<R extends Row, K extends keyof R>(rows: R[], name: K): R[K][] {
  return rows.map((row) => row[name]);
}
