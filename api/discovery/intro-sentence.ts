import type { IntroPath, IntroStep, PartyKind } from './intro-paths.ts';

/** Names of the parties on a path, and of partnership types in lower case ('' when unknown). */
export interface IntroNames {
  party(kind: PartyKind, id: string): string;
  type(typeId: string | null): string;
}

/**
 * A path in one sentence a strategist can act on: whom to ask, and why they
 * can make the introduction.
 * "Ask Kudoswell: your technology integration partner since 2019, which is a
 * reseller partner of Shipsmith since 2021."
 */
export function introSentence(path: IntroPath, names: IntroNames): string {
  const [first, ...rest] = path.steps;
  if (!first) return '';
  const nameOf = (step: IntroStep) => names.party(step.party.kind, step.party.id);
  if (path.hops === 1) return `You already work with ${nameOf(first)}: ${partnershipWords(first, names, 'your')}.`;
  const clauses = [
    firstClause(first, names),
    ...rest.map((step, index) => laterClause(step, path.steps[index]!, index, nameOf(step), names)),
  ];
  return `Ask ${nameOf(first)}: ${clauses.join(', ')}.`;
}

function firstClause(step: IntroStep, names: IntroNames): string {
  return step.relation === 'CUSTOMER' ? 'your customer' : partnershipWords(step, names, 'your');
}

function laterClause(step: IntroStep, before: IntroStep, index: number, name: string, names: IntroNames): string {
  if (step.relation === 'CUSTOMER') return `which serves ${name}`;
  if (step.relation === 'VENDOR') {
    // After "your customer" the customer is the subject; after "which serves <customer>" it is named just before.
    return `${index === 0 ? 'which also buys from' : 'also a customer of'} ${name} (${before.vendors} vendors in all)`;
  }
  return `which is ${article(partnershipWords(step, names, ''))} of ${name}${sinceWords(step)}`;
}

/** "your proposed referral partner since 2025", "technology integration partner". */
function partnershipWords(step: IntroStep, names: IntroNames, owner: string): string {
  const partnership = step.partnership;
  const status = partnership?.status === 'proposed' ? 'proposed' : '';
  const words = [owner, status, names.type(partnership?.typeId ?? null), 'partner'].filter(Boolean).join(' ');
  return owner ? `${words}${sinceWords(step)}` : words;
}

function sinceWords(step: IntroStep): string {
  const year = step.partnership?.since?.slice(0, 4);
  return year ? ` since ${year}` : '';
}

function article(words: string): string {
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}
