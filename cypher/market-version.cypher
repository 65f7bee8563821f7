// The market directory's version alone: enough to tell whether a kept copy is current.
RETURN head(COLLECT { MATCH (d:Dataset {id: 'loaded'}) RETURN d.companiesVersion }) AS version
