/**
 * "Add data": a strategist's files to a ranked list, in four steps. Drop
 * the files; check what each is (and change its role, owner or columns);
 * read the dry run's figures; import, with a progress bar, and land on the
 * owner company's ranked candidates. Every step is the server's
 * (api/plugins/use-data-upload.ts), so the command line's guarantees hold.
 */
import { useEffect, useRef, useState } from 'react';
import { graphqlRequest } from '../client/graphql-client.ts';
import { ECOSYSTEM_SUMMARY } from '../client/market-queries.ts';
import type { EcosystemSummary, ImportStatus } from '../client/types.ts';
import { pluralise } from '../format/numbers.ts';
import { DryRunReport } from './DryRunReport.tsx';
import { FilePlanCard } from './FilePlanCard.tsx';
import { pickFiles } from './file-picks.ts';
import { importProgress } from './import-progress.ts';
import { ownerOfFile } from './plan-edit.ts';
import {
  addFiles,
  createUpload,
  deleteUpload,
  dryRun,
  readUpload,
  removeFile,
  savePlan,
  startImport,
} from './upload-client.ts';
import type { ImportPlan, Upload, UploadAccess, UploadRun } from './upload-types.ts';
import './adddata.css';

type Step = 'files' | 'check' | 'dry-run' | 'import';

const STEPS: { step: Step; label: string }[] = [
  { step: 'files', label: 'Files' },
  { step: 'check', label: 'What each file is' },
  { step: 'dry-run', label: 'What would change' },
  { step: 'import', label: 'Import' },
];

/** How often the progress bar asks how far the import is. */
const POLL_MS = 700;

interface Props {
  access: UploadAccess;
  onClose(): void;
  /** The import is running (the header says so), or ended. */
  onImporting(running: boolean): void;
}

export function AddDataDialog({ access, onClose, onImporting }: Props) {
  const [step, setStep] = useState<Step>('files');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusedPicks, setRefusedPicks] = useState<string[]>([]);
  const [replace, setReplace] = useState(false);
  const [marketName, setMarketName] = useState('');
  const [currentMarket, setCurrentMarket] = useState<EcosystemSummary | null>(null);
  const [dry, setDry] = useState<UploadRun | null>(null);
  const [run, setRun] = useState<UploadRun | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const imported = useRef(false);

  useEffect(() => {
    graphqlRequest(ECOSYSTEM_SUMMARY, {}).then(
      ({ ecosystemSummary }) => setCurrentMarket(ecosystemSummary),
      () => setCurrentMarket(null),
    );
  }, []);

  const owner = upload ? firstOwner(upload) : undefined;
  const name = marketName.trim() || (replace ? `${owner ?? 'Our'}’s market` : (currentMarket?.name ?? ''));

  const act = async (what: string, work: () => Promise<void>): Promise<void> => {
    setWorking(what);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setWorking(null);
    }
  };

  const onFiles = (list: FileList | null): void => {
    const { taken, refused } = pickFiles(Array.from(list ?? []), access.maxFileBytes);
    setRefusedPicks(refused);
    if (taken.length === 0) return;
    void act(`Sending ${pluralise(taken.length, 'file')}…`, async () => {
      const next = upload ? await addFiles(upload.id, taken) : await createUpload(taken);
      setUpload(next);
      setDry(null);
      setStep('check');
    });
  };

  const onPlan = (plan: ImportPlan): void => {
    if (!upload) return;
    void act('Checking…', async () => {
      setUpload(await savePlan(upload.id, plan));
      setDry(null);
    });
  };

  const runDry = (withReplace: boolean): void => {
    if (!upload) return;
    setReplace(withReplace);
    void act('Reading and matching every row; nothing is written…', async () => {
      setDry(await dryRun(upload.id, { replace: withReplace, name }));
      setStep('dry-run');
    });
  };

  const runImport = (): void => {
    if (!upload) return;
    void act('Starting the import…', async () => {
      const started = await startImport(upload.id, { replace, name });
      setRun(started);
      setStep('import');
      onImporting(started.state === 'running');
    });
  };

  // While importing: the import status (as the header reads it) and the upload's outcome.
  useEffect(() => {
    if (step !== 'import' || !upload || !run || run.state !== 'running') return;
    let live = true;
    const timer = setInterval(() => {
      void Promise.all([
        graphqlRequest(ECOSYSTEM_SUMMARY, {}).catch(() => null),
        readUpload(upload.id).catch(() => null),
      ]).then(([summary, latest]) => {
        if (!live) return;
        setStatus(summary?.ecosystemSummary.import ?? null);
        if (latest?.run && latest.run.kind === 'import' && latest.run.state !== 'running') {
          setRun(latest.run);
          onImporting(false);
        }
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [step, upload, run, onImporting]);

  // Done: open the owner's ranked candidates in the new market (a fresh page, so every view reads it anew).
  useEffect(() => {
    if (run?.state !== 'done' || imported.current) return;
    imported.current = true;
    const target = run.owner ? `/?focal=${encodeURIComponent(run.owner.id)}&view=shortlist` : '/';
    const timer = setTimeout(() => window.location.assign(target), 1200);
    return () => clearTimeout(timer);
  }, [run]);

  const close = (): void => {
    if (upload && !imported.current && run?.state !== 'running') void deleteUpload(upload.id).catch(() => undefined);
    onClose();
  };

  const expected = Object.fromEntries((dry?.report?.files ?? []).map((file) => [file.file, file.rows]));
  const progress = importProgress(status, expected, run?.state === 'done');
  const planView = upload?.plan;
  const problems = planView
    ? planView.problems.length + planView.files.reduce((sum, file) => sum + file.problems.length, 0)
    : 0;

  return (
    <div className="adddata-backdrop" role="presentation">
      <div
        className="adddata-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="adddata-title"
        data-testid="add-data-dialog"
      >
        <header className="adddata-head">
          <h2 id="adddata-title">Add your data</h2>
          <ol className="adddata-steps" aria-label="Steps">
            {STEPS.map((item, index) => (
              <li key={item.step} aria-current={item.step === step ? 'step' : undefined}>
                <span className="step-number">{index + 1}</span> {item.label}
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="icon-button"
            onClick={close}
            aria-label="Close"
            disabled={run?.state === 'running'}
          >
            ×
          </button>
        </header>

        <div className="adddata-body">
          {error && (
            <div className="adddata-error" role="alert" data-testid="add-data-error">
              {error.split('\n').map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}

          {refusedPicks.length > 0 && (
            <div className="adddata-error" role="alert">
              {refusedPicks.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}

          {step === 'files' && (
            <DropZone
              onFiles={onFiles}
              disabled={working !== null}
              maxFiles={access.maxFiles}
              maxFileBytes={access.maxFileBytes}
            />
          )}

          {step === 'check' && planView && upload && (
            <>
              <p className="adddata-lead">
                {pluralise(planView.files.length, 'file')}.{' '}
                {problems === 0
                  ? 'Each is placed: check what it is, then see what would change.'
                  : `${pluralise(problems, 'thing')} to settle before the import can read them.`}
              </p>
              <div className="file-cards">
                {planView.files.map((view) => (
                  <FilePlanCard
                    key={view.file}
                    view={view}
                    planView={planView}
                    disabled={working !== null}
                    onPlan={onPlan}
                    onRemove={() =>
                      void act('Removing…', async () => {
                        setUpload(await removeFile(upload.id, view.file));
                        setDry(null);
                      })
                    }
                  />
                ))}
              </div>
              {planView.problems.map((problem) => (
                <p key={problem} className="adddata-error">
                  {problem}
                </p>
              ))}
              <DropZone
                compact
                onFiles={onFiles}
                disabled={working !== null}
                maxFiles={access.maxFiles}
                maxFileBytes={access.maxFileBytes}
              />
            </>
          )}

          {step === 'dry-run' && dry && <DryRunReport run={dry} />}

          {step === 'import' && run && (
            <div className="import-progress" data-testid="import-progress">
              <div
                className="progress-bar"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(progress.fraction * 100)}
                aria-label="Import progress"
              >
                <span style={{ width: `${Math.round(progress.fraction * 100)}%` }} />
              </div>
              <p data-testid="import-progress-label">{run.state === 'running' ? progress.label : outcomeWords(run)}</p>
              {run.state === 'done' && run.owner && (
                <p className="muted">Opening {run.owner.name}’s ranked candidates…</p>
              )}
              {(run.state === 'refused' || run.state === 'failed' || run.state === 'interrupted') && (
                <>
                  {run.error && <p className="adddata-error">{run.error}</p>}
                  {run.problems && (
                    <ul className="report-refused">
                      {run.problems.map((problem) => (
                        <li key={problem}>
                          <code>{problem}</code>
                        </li>
                      ))}
                    </ul>
                  )}
                  <button type="button" onClick={() => setStep('check')}>
                    Back to the files
                  </button>
                </>
              )}
            </div>
          )}
        </div>

        <footer className="adddata-foot">
          {working && (
            <span className="adddata-working" role="status" data-testid="add-data-working">
              <span className="spinner" aria-hidden="true" /> {working}
            </span>
          )}
          {step === 'check' && planView && (
            <>
              <MergeChoice replace={replace} onChange={setReplace} market={currentMarket} />
              {replace && (
                <label className="market-name">
                  <span className="field-label">Name of the new market</span>
                  <input
                    type="text"
                    value={marketName}
                    placeholder={name}
                    onChange={(event) => setMarketName(event.target.value)}
                  />
                </label>
              )}
              <button
                type="button"
                className="primary"
                disabled={!planView.ready || working !== null}
                onClick={() => runDry(replace)}
                data-testid="dry-run-button"
              >
                See what would change
              </button>
            </>
          )}
          {step === 'dry-run' && dry && (
            <>
              <button type="button" onClick={() => setStep('check')} disabled={working !== null}>
                Back
              </button>
              <MergeChoice replace={replace} onChange={(next) => runDry(next)} market={currentMarket} />
              <button
                type="button"
                className="primary"
                disabled={dry.state !== 'done' || working !== null}
                onClick={runImport}
                data-testid="import-button"
              >
                {replace ? 'Replace the market with these files' : 'Add these files to the market'}
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  );
}

/** Merge (the default: nothing is lost) or replace (the files become the market; shortlists stay). */
function MergeChoice({
  replace,
  onChange,
  market,
}: {
  replace: boolean;
  onChange(replace: boolean): void;
  market: EcosystemSummary | null;
}) {
  const current = market?.name ? `“${market.name}”` : 'the current market';
  return (
    <div className="segmented merge-choice" role="radiogroup" aria-label="How the files go in">
      <button
        type="button"
        role="radio"
        aria-checked={!replace}
        aria-pressed={!replace}
        onClick={() => onChange(false)}
        title={`Add to ${current}: rows add to or update it`}
      >
        Add to {current}
      </button>
      <button
        type="button"
        role="radio"
        aria-checked={replace}
        aria-pressed={replace}
        onClick={() => onChange(true)}
        title="The files become the market; shortlists stay"
        data-testid="replace-choice"
      >
        Replace it
      </button>
    </div>
  );
}

function DropZone({
  onFiles,
  disabled,
  compact = false,
  maxFiles,
  maxFileBytes,
}: {
  onFiles(files: FileList | null): void;
  disabled: boolean;
  compact?: boolean;
  maxFiles: number;
  maxFileBytes: number;
}) {
  const [over, setOver] = useState(false);
  return (
    <label
      className={`drop-zone${over ? ' over' : ''}${compact ? ' compact' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (!disabled) onFiles(event.dataTransfer.files);
      }}
      data-testid="drop-zone"
    >
      <input
        type="file"
        multiple
        accept=".csv,text/csv,.json"
        disabled={disabled}
        onChange={(event) => onFiles(event.target.files)}
        data-testid="file-input"
      />
      {compact ? (
        <span>Add another file</span>
      ) : (
        <>
          <strong>Drop your exports here, or click to choose them</strong>
          <span>
            CSV files as your tools export them: a HubSpot or Salesforce accounts export, an install-base list (who uses
            which vendor), a partner sheet, a company directory, or PartnerGraph’s own files.
          </span>
          <span className="muted">
            Up to {maxFiles} files of {Math.round(maxFileBytes / 1024 / 1024).toLocaleString('en-US')} MB each. Nothing
            changes until you import.
          </span>
        </>
      )}
    </label>
  );
}

function outcomeWords(run: UploadRun): string {
  if (run.state === 'done') return 'Imported.';
  if (run.state === 'refused') return `Nothing was imported: ${pluralise(run.problemsTotal ?? 0, 'row')} refused.`;
  if (run.state === 'interrupted') return 'The import was cut short.';
  return 'The import failed; the market is as it was.';
}

/** The company the upload's CRM export or partner sheet belongs to, for the new market's default name. */
function firstOwner(upload: Upload): string | undefined {
  for (const view of upload.plan.files) {
    const owner = ownerOfFile(upload.plan.plan, view.entry, upload.plan.roles);
    if (owner) return owner;
  }
  return undefined;
}
