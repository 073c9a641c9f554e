import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { SmsSender } from '../ports/sms-sender.ts';
import { type DeliverWebhooksOptions, deliverDueWebhooks } from '../webhooks/deliver.ts';
import {
  DEFAULT_BATCH_SIZE,
  type DeliverOptions,
  deliverDueMessages,
  noUnwrittenOutcomes,
} from './deliver.ts';

export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  sms?: SmsSender;
  /** Pause between two polls, counted from the end of the previous pass (default 1 s). */
  intervalMs?: number;
  /** A pass that failed as a whole (database unreachable…); the worker keeps polling. */
  onError: (error: unknown) => void;
  now?: () => Date;
  batchSize?: number;
  maxAttempts?: number;
  onSendError?: DeliverOptions['onSendError'];
  /**
   * Also deliver partner webhooks (`deliverDueWebhooks`) in every pass, after
   * the e-mails and text messages. Omitted: webhook rows stay pending.
   */
  webhooks?: {
    /** How the requests leave (default: `fetch`). */
    post?: DeliverWebhooksOptions['post'];
    timeoutMs?: number;
    leaseMs?: number;
    onAttemptFailed?: DeliverWebhooksOptions['onAttemptFailed'];
    /** Opens the partners' stored webhook secrets (the configured ENCRYPTION_KEYS). */
    keys?: DeliverWebhooksOptions['keys'];
  };
}

export interface OutboxWorker {
  /** Stop polling; resolves once the pass in progress, if any, has finished. */
  stop(): Promise<void>;
  /**
   * Run a pass now instead of waiting for the next poll (e.g. right after a
   * request enqueued a message). Resolves once a pass that started after this
   * call has finished, so rows committed before the call have been tried. Never rejects.
   */
  drainNow(): Promise<void>;
}

/**
 * Poll the outbox in-process (Node). Chained `setTimeout`, never
 * `setInterval`: one process never runs two passes at once, however slow the
 * SMTP server. A pass keeps claiming while it gets full batches. Web-standard
 * timers only; on Workers, a scheduled handler calls `deliverDueMessages`
 * (and `deliverDueWebhooks`) directly instead. With `webhooks`, each pass
 * also delivers the partners' webhooks, a batch of each in turn.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const deliverOptions: DeliverOptions = {
    db: options.db,
    mailer: options.mailer,
    batchSize,
    ...(options.sms ? { sms: options.sms } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.onSendError ? { onSendError: options.onSendError } : {}),
    // What a pass could not write when the database went away, written by the next one.
    unwritten: noUnwrittenOutcomes(),
  };
  const webhookOptions: DeliverWebhooksOptions | undefined = options.webhooks && {
    db: options.db,
    batchSize,
    ...(options.now ? { now: options.now } : {}),
    ...(options.webhooks.post ? { post: options.webhooks.post } : {}),
    ...(options.webhooks.timeoutMs ? { timeoutMs: options.webhooks.timeoutMs } : {}),
    ...(options.webhooks.leaseMs ? { leaseMs: options.webhooks.leaseMs } : {}),
    ...(options.webhooks.onAttemptFailed
      ? { onAttemptFailed: options.webhooks.onAttemptFailed }
      : {}),
    ...(options.webhooks.keys ? { keys: options.webhooks.keys } : {}),
  };

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The pass running now. */
  let current: Promise<void> | undefined;
  /** The pass queued to start when `current` ends (asked for by `drainNow`). */
  let queued: Promise<void> | undefined;

  function schedule(): void {
    if (stopped || queued || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void trigger();
    }, intervalMs);
  }

  function trigger(): Promise<void> {
    if (queued) return queued;
    if (!current) return start();
    queued = current.then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  }

  function start(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const pass = (async () => {
      // E-mails and webhooks batch by batch in turn, while either gets full batches: a
      // backlog of one (a burst of orders, each with its e-mail) never holds the other back.
      let messages = true;
      let hooks = webhookOptions !== undefined;
      while (!stopped && (messages || hooks)) {
        if (messages) {
          try {
            const { sent, failed } = await deliverDueMessages(deliverOptions);
            messages = sent + failed >= batchSize;
          } catch (error) {
            messages = false;
            report(error);
          }
        }
        if (hooks && webhookOptions && !stopped) {
          // Apart: a failing e-mail pass must not hold the webhooks back, nor the reverse.
          try {
            const { sent, failed, gaveUp } = await deliverDueWebhooks(webhookOptions);
            hooks = sent + failed + gaveUp >= batchSize;
          } catch (error) {
            hooks = false;
            report(error);
          }
        }
      }
    })().finally(() => {
      if (current === pass) current = undefined;
      schedule();
    });
    current = pass;
    return pass;
  }

  function report(error: unknown): void {
    try {
      options.onError(error);
    } catch {
      // a throwing reporter must not stop the worker
    }
  }

  void trigger();

  return {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await (queued ?? current);
    },
    drainNow() {
      if (stopped) return current ?? Promise.resolve();
      return trigger();
    },
  };
}
