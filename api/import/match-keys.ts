import { isSharedDomain, normaliseDomain } from '../matching/domain.ts';
import { normaliseName } from '../matching/name.ts';

/**
 * The keys records are matched on, kept on every customer and company
 * (`matchName`, `matchDomain`, indexed: cypher/schema/02-indexes.cypher), so
 * an import of a strategist's files finds the ones the graph already has
 * without reading them all: the normalised name, and the registrable domain
 * unless it is none (not a domain, or shared by unrelated organisations).
 * They follow `name` and `domain`: a row that sets one sets its key.
 */
export function withMatchKeys(props: Record<string, unknown>): Record<string, unknown> {
  const keyed = { ...props };
  if ('name' in props) keyed.matchName = typeof props.name === 'string' ? normaliseName(props.name) : null;
  if ('domain' in props) keyed.matchDomain = matchDomainOf(props.domain);
  return keyed;
}

export function matchDomainOf(domain: unknown): string | null {
  if (typeof domain !== 'string') return null;
  const normalised = normaliseDomain(domain);
  return normalised && 'domain' in normalised && !isSharedDomain(normalised.domain) ? normalised.domain : null;
}
