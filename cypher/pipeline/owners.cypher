// Every owner named on pipeline items ($focal's only, unless null), for the pipeline view's filter.
MATCH (item:PipelineItem)
WHERE ($focal IS NULL OR item.focalId = $focal) AND item.owner IS NOT NULL
RETURN DISTINCT item.owner AS owner
ORDER BY owner
LIMIT 500
