// $query is already Lucene syntax, built by api/domain/lucene-query.ts from
// the user's words with every special character escaped. A company matches by
// its name, id or domain (weighted 4), by the capabilities it offers or the
// segments it targets (2), or by its description (1); its score is the sum,
// so a company matching in several ways ranks first.
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
RETURN company {.*} AS company
ORDER BY score DESC, company.name, company.id
LIMIT toInteger($first)
