export type PowerBalance = 'BIG_FISH' | 'SMALL_FISH' | 'PEERS';

/** Either side this many times the other's size makes the pair unequal. */
const POWER_RATIO = 3;

export interface SizeFacts {
  employees: number | null | undefined;
  customers: number;
}

export interface PowerBalanceResult {
  balance: PowerBalance;
  /** The bigger size over the smaller (Infinity when the smaller is 0). */
  ratio: number;
  /** What the sizes were compared on. */
  measure: 'employees' | 'customers';
  guidance: string;
}

/**
 * Big fish / small fish: compares employees when both are known, otherwise
 * customer counts (mixing the two measures would compare nothing).
 */
export function powerBalance(focal: SizeFacts, candidate: SizeFacts): PowerBalanceResult {
  const byEmployees = isKnown(focal.employees) && isKnown(candidate.employees);
  const measure = byEmployees ? 'employees' : 'customers';
  const a = byEmployees ? Number(focal.employees) : focal.customers;
  const b = byEmployees ? Number(candidate.employees) : candidate.customers;
  const ratio = sizeRatio(a, b);
  const balance: PowerBalance = ratio < POWER_RATIO ? 'PEERS' : a > b ? 'BIG_FISH' : 'SMALL_FISH';
  return { balance, ratio, measure, guidance: guidanceFor(balance, ratio, measure) };
}

function isKnown(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value) && value > 0;
}

function sizeRatio(a: number, b: number): number {
  const [small, big] = a < b ? [a, b] : [b, a];
  if (big === 0) return 1;
  return small === 0 ? Infinity : big / small;
}

function guidanceFor(balance: PowerBalance, ratio: number, measure: string): string {
  const times = Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : 'far';
  switch (balance) {
    case 'BIG_FISH':
      return `You are ${times} their size by ${measure}: keep the programme light for them, give them one named contact and ready-made enablement, and expect to carry most of the work.`;
    case 'SMALL_FISH':
      return `They are ${times} your size by ${measure}: expect to fit their partner programme, lead with what you add for their customers, and win an internal champion early.`;
    case 'PEERS':
      return `Similar size by ${measure}: a balanced partnership with shared governance and shared targets is realistic.`;
  }
}
