// A page of a company search (companiesConnection, and companies with a
// filter): the matches as companies-search.cypher scores them, narrowed by
// $segment / $capability (null = no filter), from $offset, one more than
// $first, with how many match in all and the market's version read in the
// same transaction: the order is the search's, so a cursor holds an offset
// that only the same version of the market keeps meaningful.
CALL (*) {
  CALL db.index.fulltext.queryNodes('company_search', $query) YIELD node, score
  RETURN node AS company, 4 * score AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('catalogue_search', $query) YIELD node, score
  MATCH (company:Company)-[:OFFERS|TARGETS]->(node)
  RETURN company, 2 * score AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('company_description_search', $query) YIELD node, score
  RETURN node AS company, score
}
WITH company, sum(score) AS score
WHERE ($segment IS NULL OR EXISTS { (company)-[:TARGETS]->(:Segment {id: $segment}) })
  AND ($capability IS NULL OR EXISTS { (company)-[:OFFERS]->(:Capability {id: $capability}) })
WITH company, score ORDER BY score DESC, company.name, company.id
WITH collect(company) AS matches
RETURN
  size(matches) AS total,
  [company IN matches[toInteger($offset)..toInteger($offset) + toInteger($first) + 1] | company {.*}] AS companies,
  head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS version
