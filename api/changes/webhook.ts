import { createHmac } from 'node:crypto';

/** Where each import's changes are sent (WEBHOOK_URL, WEBHOOK_SECRET), and how hard to try. */
export interface WebhookSettings {
  url: string;
  secret: string;
  /** Tries in all, the first included. Default 5. */
  attempts?: number;
  /** Wait before the second try, doubled before each next one. Default 1,000 ms (1, 2, 4, 8 s). */
  firstDelayMs?: number;
  /** Longest one try may take. Default 10,000 ms. */
  timeoutMs?: number;
}

const SIGNATURE_HEADER = 'x-partnergraph-signature';

export interface Delivery {
  delivered: boolean;
  attempts: number;
  /** Why the last try failed, when none succeeded. */
  error?: string;
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body with the shared secret, as the receiver recomputes it. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POSTs `payload` as JSON, signed, retrying with exponential backoff on a
 * network error or a non-2xx answer, at most `attempts` times. Never throws:
 * an import has succeeded by the time its changes are sent, and a receiver
 * that is down must not undo or fail it.
 */
export async function deliver(settings: WebhookSettings, payload: unknown, event: string): Promise<Delivery> {
  const body = JSON.stringify(payload);
  const attempts = settings.attempts ?? 5;
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((settings.firstDelayMs ?? 1_000) * 2 ** (attempt - 2));
    try {
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signature(body, settings.secret),
          'x-partnergraph-event': event,
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (response.ok) return { delivered: true, attempts: attempt };
      error = `HTTP ${response.status}`;
    } catch (failure) {
      error =
        failure instanceof Error
          ? failure.cause instanceof Error
            ? failure.cause.message
            : failure.message
          : String(failure);
    }
  }
  return { delivered: false, attempts, error };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
