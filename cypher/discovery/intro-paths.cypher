// The raw material of warm-intro paths from $focal (A) to $target (T),
// walked from both ends so that no walk goes deeper than two partnerships
// (api/discovery/join-intro-paths.ts joins the halves where they meet and
// scores them). A path's links are active or proposed partnerships and at
// most one shared customer; no company on it but T may be a declared rival of A.
//
// Bounds, so a hub cannot blow the walk up:
// - each side walks at most 2 partnership hops ($focalHops + $targetHops =
//   maxHops, the two-hop side being the one with fewer partnerships);
// - of the chains ending at one company, only the best per length is kept
//   (fewest proposed links): a walk through a company twice is never the best,
//   since the shorter walk that skips the loop is stronger;
// - references (a customer the focal company or the target serves, which
//   another company also serves) come from each end's $references customers
//   with the fewest vendors: the strongest references, since a customer with
//   fewer vendors is a stronger one. The direct references (customers A and T
//   both serve) are read in full, their best $first kept.
// Vendors are the companies with an account at the customer, any stage: a
// count Neo4j keeps per node, so ranking a hub's customers reads no accounts.
MATCH (a:Company {id: $focal}), (t:Company {id: $target})
WITH a, t, COLLECT { MATCH (a)-[:COMPETES_WITH]-(rival:Company) WHERE rival <> t RETURN DISTINCT rival } AS rivals
// Each half: [company ids after its start, [partnership id, status, since, type id] per link].
WITH a, t, rivals,
  COLLECT {
    MATCH (a)((x:Company)-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(y:Company)
              WHERE p.status IN ['active', 'proposed'] AND y <> a AND NOT y IN rivals){1,2}(end:Company)
    WHERE size(p) <= $focalHops AND NOT t IN y[..-1]
    WITH end, p, y, size([q IN p WHERE q.status = 'proposed']) AS proposed
    ORDER BY proposed, [n IN y | n.id]
    WITH end, size(p) AS hops, head(collect({p: p, y: y})) AS best
    RETURN [[n IN best.y | n.id], [q IN best.p | [q.id, q.status, q.since, [(q)-[:OF_TYPE]->(type) | type.id][0]]]]
  } AS fromFocal,
  COLLECT {
    MATCH (t)((x:Company)-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(y:Company)
              WHERE p.status IN ['active', 'proposed'] AND y <> t AND NOT y IN rivals){1,2}(end:Company)
    WHERE size(p) <= $targetHops AND NOT a IN y[..-1]
    WITH end, p, y, size([q IN p WHERE q.status = 'proposed']) AS proposed
    ORDER BY proposed, [n IN y | n.id]
    WITH end, size(p) AS hops, head(collect({p: p, y: y})) AS best
    RETURN [[n IN best.y | n.id], [q IN best.p | [q.id, q.status, q.since, [(q)-[:OF_TYPE]->(type) | type.id][0]]]]
  } AS fromTarget
// A reference only helps where its other vendor meets the other side's walk (or is the other end).
WITH a, t, rivals, fromFocal, fromTarget,
  [half IN fromTarget WHERE size(half[0]) <= $maxHops - 2 | last(half[0])] + [t.id] AS targetReach,
  [half IN fromFocal WHERE size(half[0]) <= $maxHops - 2 | last(half[0])] + [a.id] AS focalReach
RETURN fromFocal, fromTarget,
  // [customer id, name, vendors, [ids of its other vendors where the target's walk reaches]]
  COLLECT {
    MATCH (a)-[mine:SERVES]->(c:Customer)
    WHERE mine.stage = 'customer'
    WITH c, COUNT { (c)<-[:SERVES]-() } AS vendors
    WHERE vendors >= 2
    ORDER BY vendors, c.id
    LIMIT toInteger($references)
    WITH c, vendors, COLLECT {
      MATCH (c)<-[theirs:SERVES]-(v:Company)
      WHERE theirs.stage = 'customer' AND v.id IN targetReach AND v <> a AND NOT v IN rivals
      RETURN v.id
    } AS met
    WHERE size(met) > 0
    RETURN [c.id, c.name, vendors, met]
  } AS focalReferences,
  COLLECT {
    MATCH (t)-[theirs:SERVES]->(c:Customer)
    WHERE theirs.stage = 'customer'
    WITH c, COUNT { (c)<-[:SERVES]-() } AS vendors
    WHERE vendors >= 2
    ORDER BY vendors, c.id
    LIMIT toInteger($references)
    WITH c, vendors, COLLECT {
      MATCH (c)<-[other:SERVES]-(u:Company)
      WHERE other.stage = 'customer' AND u.id IN focalReach AND u <> t AND NOT u IN rivals
      RETURN u.id
    } AS met
    WHERE size(met) > 0
    RETURN [c.id, c.name, vendors, met]
  } AS targetReferences,
  // Customers A and T both serve, the fewest vendors first.
  COLLECT {
    MATCH (a)-[mine:SERVES]->(c:Customer)<-[theirs:SERVES]-(t)
    WHERE mine.stage = 'customer' AND theirs.stage = 'customer'
    WITH c, COUNT { (c)<-[:SERVES]-() } AS vendors
    ORDER BY vendors, c.id
    LIMIT toInteger($first)
    RETURN [c.id, c.name, vendors]
  } AS shared
