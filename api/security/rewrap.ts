import type { Kysely } from 'kysely';
import { fileContext } from '../adapters/encrypting-file-store.ts';
import type { Database } from '../db/database.ts';
import type { FileStore } from '../ports/file-store.ts';
import { sealWebhookSecret, webhookSecretContext } from '../services/partners.ts';
import {
  encryptBytes,
  encryptedTextKeyId,
  isEncryptedText,
  isEnvelope,
  type KeyRing,
  rewrapEnvelope,
  rewrapText,
  UnreadableCiphertextError,
} from './encryption.ts';

export interface RewrapOptions {
  db: Kysely<Database>;
  /** The RAW backend of identity scans (not the sealing decorator): envelopes are rewritten as stored. */
  store: FileStore;
  keys: KeyRing;
  /** Objects per batch (default 100). */
  batchSize?: number;
  /** Stop after this many batches (default: until done); the next run goes on from where it is. */
  maxBatches?: number;
  /** Told about an object that does not open (its key is not in the ring, or it was altered). */
  onUnreadable?: (what: string, error: UnreadableCiphertextError) => void;
}

export interface RewrapReport {
  /** Envelopes whose data key was wrapped again under the current key. */
  rewrapped: number;
  /** Clear objects or secrets from before encryption, sealed now. */
  sealed: number;
  /** Already under the current key. */
  current: number;
  /** Documents whose blob is gone (nothing to re-wrap). */
  missing: number;
  /** Could not be opened: left as they are (and the old key must stay until they are dealt with). */
  unreadable: number;
  /** False when `maxBatches` stopped the run early. */
  complete: boolean;
}

/**
 * Re-wraps every stored object's data key — identity scans (through
 * `documents`) and the partners' webhook secrets — under the ring's current
 * master key, and seals any clear value from before encryption. Only the
 * header of an envelope changes (its ciphertext is kept), written back with
 * `FileStore.replace` (atomic per object). Batch by batch and idempotent: a
 * scan is marked with the key it was found under (`documents.encryption_key_id`),
 * so a second run reads nothing already done. When a run reports no
 * `unreadable`, the old keys can be removed from ENCRYPTION_KEYS.
 */
export async function rewrapStoredObjects(options: RewrapOptions): Promise<RewrapReport> {
  const { db, store, keys } = options;
  const batchSize = options.batchSize ?? 100;
  const maxBatches = options.maxBatches ?? Number.POSITIVE_INFINITY;
  const onUnreadable =
    options.onUnreadable ??
    ((what, error) => console.error(`rewrap: ${what} is unreadable: ${error.message}`));
  const report: RewrapReport = {
    rewrapped: 0,
    sealed: 0,
    current: 0,
    missing: 0,
    unreadable: 0,
    complete: true,
  };
  const currentId = keys.current.id;

  // Identity scans: keyset pagination on id over the ones not known to be under the current key.
  let after = '00000000-0000-0000-0000-000000000000';
  for (let batch = 0; ; batch++) {
    if (batch >= maxBatches) {
      report.complete = false;
      return report;
    }
    const documents = await db
      .selectFrom('documents')
      .select(['id', 'storage_key'])
      .where('id', '>', after)
      .where((eb) =>
        eb.or([eb('encryption_key_id', 'is', null), eb('encryption_key_id', '!=', currentId)]),
      )
      .orderBy('id')
      .limit(batchSize)
      .execute();
    for (const document of documents) {
      after = document.id;
      const stored = await store.get(document.storage_key);
      if (!stored) {
        report.missing++;
        continue;
      }
      const context = fileContext(document.storage_key);
      let next: Uint8Array | null;
      try {
        next = isEnvelope(stored.bytes)
          ? await rewrapEnvelope(keys, stored.bytes, context)
          : await encryptBytes(keys, stored.bytes, context);
      } catch (error) {
        if (!(error instanceof UnreadableCiphertextError)) throw error;
        report.unreadable++;
        onUnreadable(`document ${document.id}`, error);
        continue;
      }
      if (next) {
        await store.replace(document.storage_key, { bytes: next, contentType: stored.contentType });
        if (isEnvelope(stored.bytes)) report.rewrapped++;
        else report.sealed++;
      } else {
        report.current++;
      }
      const marked = await db
        .updateTable('documents')
        .set({ encryption_key_id: currentId })
        .where('id', '=', document.id)
        .executeTakeFirst();
      // Deleted meanwhile (retention): do not leave the blob we just wrote behind.
      if (next && Number(marked.numUpdatedRows) === 0) await store.delete(document.storage_key);
    }
    if (documents.length < batchSize) break;
  }

  // Webhook secrets: few rows; the key id is inside the stored value.
  let afterPartner = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const partners = await db
      .selectFrom('partners')
      .select(['id', 'webhook_secret'])
      .where('id', '>', afterPartner)
      .where('webhook_secret', 'is not', null)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    for (const partner of partners) {
      afterPartner = partner.id;
      const stored = partner.webhook_secret as string;
      if (isEncryptedText(stored) && encryptedTextKeyId(stored) === currentId) {
        report.current++;
        continue;
      }
      let next: string | null;
      try {
        next = isEncryptedText(stored)
          ? await rewrapText(keys, stored, webhookSecretContext(partner.id))
          : await sealWebhookSecret(keys, partner.id, stored);
      } catch (error) {
        if (!(error instanceof UnreadableCiphertextError)) throw error;
        report.unreadable++;
        onUnreadable(`webhook secret of partner ${partner.id}`, error);
        continue;
      }
      if (!next) {
        report.current++;
        continue;
      }
      // Compare-and-set: a secret changed meanwhile is left to its writer (sealed already).
      await db
        .updateTable('partners')
        .set({ webhook_secret: next })
        .where('id', '=', partner.id)
        .where('webhook_secret', '=', stored)
        .execute();
      if (isEncryptedText(stored)) report.rewrapped++;
      else report.sealed++;
    }
    if (partners.length < batchSize) break;
  }
  return report;
}
