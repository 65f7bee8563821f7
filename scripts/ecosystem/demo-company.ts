import type { CapabilityName } from './capability-catalogue.ts';

/** One hand-written company of the demo ecosystem. */
export interface DemoCompany {
  /** Stable slug used by every other file. */
  id: string;
  name: string;
  domain?: string;
  /** Left out where the company does not disclose it. */
  employees?: number;
  description: string;
  /** What the company is known for (level `core`). */
  core: CapabilityName[];
  /** What it also does (level `secondary`). */
  secondary?: CapabilityName[];
  segments: string[];
}
