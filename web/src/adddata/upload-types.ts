/**
 * The JSON the upload routes answer (api/plugins/use-data-upload.ts), as the
 * explorer reads it. The explorer shares no code with the server but
 * api/contract/, so these shapes are written here; the integration and
 * browser tests hold the two together.
 */

type PlanConfidence = 'certain' | 'likely' | 'set by you';

export interface FilePlan {
  file: string;
  role: string;
  layout: string;
  owner?: string;
  columns: Record<string, string>;
  stages?: Record<string, string>;
  vendor?: string;
  confidence: PlanConfidence;
  why: string;
  unplaced: string[];
}

export interface ImportPlan {
  version: 1;
  owner?: string;
  files: FilePlan[];
  unrecognised: { file: string; why: string }[];
}

export interface FileView {
  file: string;
  bytes: number;
  headers: string[];
  entry?: FilePlan;
  unrecognisedWhy?: string;
  problems: string[];
}

export interface RoleChoice {
  role: string;
  noun: string;
  fields: string[];
  layouts: { layout: string; title: string }[];
  stageTargets: string[];
  needsOwner: boolean;
}

export interface PlanView {
  plan: ImportPlan;
  files: FileView[];
  problems: string[];
  ready: boolean;
  roles: RoleChoice[];
  nativeRoles: string[];
}

export interface DecisionCounts {
  existing: number;
  byDomain: number;
  byName: number;
  byOverride: number;
  new: number;
  ambiguous: number;
}

export interface FileReport {
  file: string;
  role: string;
  layout: string;
  owner?: string;
  rows: number;
  refused: number;
  skipped: { reason: string; rows: number }[];
  customers: DecisionCounts;
  companies: DecisionCounts;
}

interface AmbiguousRecord {
  file: string;
  line: number;
  name?: string;
  domain?: string;
  candidates: { id: string; name: string; domain?: string }[];
}

interface MatchReport {
  dryRun: boolean;
  replace: boolean;
  files: FileReport[];
  companies: { id: string; accounts: number; existingCustomers: number }[];
  ambiguous: AmbiguousRecord[];
  ambiguousTotal: number;
  notes: string[];
  refused: { file: string; line: number; reason: string }[];
  refusedTotal: number;
}

export interface ImportPreview {
  newCompanies: number;
  updatedCompanies: number;
  newCustomers: number;
  updatedCustomers: number;
  newAccounts: number;
  changedAccounts: number;
  newPartnerships: number;
  changedPartnerships: number;
  newCapabilities: number;
  newRivalries: number;
  liveCompanies: number;
  liveCustomers: number;
  liveAccounts: number;
  livePartnerships: number;
  stagedCompanies: number;
  stagedCustomers: number;
  stagedAccounts: number;
  stagedPartnerships: number;
}

export interface UploadRun {
  kind: 'dry-run' | 'import';
  state: 'running' | 'done' | 'refused' | 'failed' | 'interrupted';
  replace: boolean;
  startedAt: string;
  finishedAt?: string;
  report?: MatchReport;
  preview?: ImportPreview;
  problems?: string[];
  problemsTotal?: number;
  written?: Record<string, number>;
  error?: string;
  owner?: { id: string; name: string };
}

export interface Upload {
  id: string;
  createdAt: string;
  files: { name: string; bytes: number }[];
  busy: boolean;
  plan: PlanView;
  run: UploadRun | null;
}

export interface UploadAccess {
  role: 'viewer' | 'editor';
  canUpload: boolean;
  maxFileBytes: number;
  maxFiles: number;
}

export interface RunChoices {
  replace: boolean;
  skipBadRows?: boolean;
  name?: string;
}
