// $query is already Lucene syntax, built by api/graphql/lucene-query.ts from
// the user's words with every special character escaped.
CALL db.index.fulltext.queryNodes('company_search', $query) YIELD node, score
RETURN node {.*} AS company
ORDER BY score DESC, node.name, node.id
LIMIT toInteger($first)
