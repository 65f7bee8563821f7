// Its own module: publish-staged.ts, pending-completion.ts and the import's other steps all take it, and none imports another for it.

/** Says what a long step is doing (`removing the previous graph: 120,000 relationships so far`). */
export type StepLog = (message: string) => void;
