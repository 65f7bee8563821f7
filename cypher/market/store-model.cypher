// The market's calibrated ranking model (JSON, api/analysis/market-model.ts),
// with a new directory version so every API process reads it at its next ranking.
MERGE (d:Dataset {id: 'loaded'})
SET d.model = $model, d.companiesVersion = randomUUID()
