import type { WebhookSettings } from '../changes/webhook.ts';
import type { Database } from '../db/database.ts';
import { runDustCheck } from './dust-check.ts';
import { configureDust, type DustSettings } from './dust-settings.ts';

export interface DustWatch {
  /** Stops the interval and waits for a check in flight, so the database can be closed after. */
  stop(): Promise<void>;
}

/**
 * The API process looks for dust at start-up and then every
 * `intervalMinutes` (0: at start-up only), each look a run of its own
 * (runDustCheck). Checks never overlap in one process, and the dust lock keeps
 * two processes from reporting a flag twice. A failed check is logged, and the
 * next one tries again: dust is news, not a reason to stop serving.
 */
export function startDustWatch(
  db: Database,
  settings: DustSettings,
  options: { webhook?: WebhookSettings; log: (line: string) => void },
): DustWatch {
  configureDust(settings);
  let running: Promise<void> | undefined;
  const check = () => {
    if (running) return;
    running = runDustCheck(db, { quietDays: settings.quietDays, webhook: options.webhook, log: options.log })
      .then((result) => {
        if (result.reported.length > 0)
          options.log(
            `Gathering dust: ${result.reported.length} new (${result.flagged} item(s) flagged); see changes(…).`,
          );
      })
      .catch((error: unknown) =>
        options.log(
          `The dust check failed (${error instanceof Error ? error.message : String(error)}); it runs again in ${settings.intervalMinutes} min.`,
        ),
      )
      .finally(() => {
        running = undefined;
      });
  };
  check();
  const timer = settings.intervalMinutes > 0 ? setInterval(check, settings.intervalMinutes * 60_000) : undefined;
  timer?.unref();
  return {
    stop: async () => {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
