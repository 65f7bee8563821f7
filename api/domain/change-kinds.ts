/** What a market change can be, and the part a company plays in one (the schema's ChangeKind and ChangeRole). */
export type ChangeKind =
  'PARTNERSHIP_STARTED' | 'PARTNERSHIP_ENDED' | 'CHANNEL_CONFLICT' | 'OVERLAP_GREW' | 'OVERLAP_SHRANK' | 'SCORE_MOVED';
export const CHANGE_KINDS: ChangeKind[] = [
  'PARTNERSHIP_STARTED',
  'PARTNERSHIP_ENDED',
  'CHANNEL_CONFLICT',
  'OVERLAP_GREW',
  'OVERLAP_SHRANK',
  'SCORE_MOVED',
];
export type ChangeRole = 'PARTY' | 'AFFECTED' | 'PARTNER' | 'RIVAL' | 'PAIR' | 'FOCAL' | 'CANDIDATE';
