import type { IsoDate } from '../../domain/calendar-date';
import type { Digest } from '../../domain/digest';
import { addressKey } from '../../domain/email-address';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { Mailer } from '../../ports/mailer';
import { loadLedger, saveLedger } from './digest-ledger';
import { errorMessage } from '../error-text';

export interface SendOutcome {
  readonly sent: number;
  /** Already sent today (a second run, or another user's trigger). */
  readonly skipped: number;
  /** Owed, for lack of quota; sent first on the next run. */
  readonly pending: number;
  readonly errors: readonly string[];
}

/**
 * Sends each digest at most once per address per day. Addresses still owed from a run that ran out of
 * quota go first, so they cannot be starved twice. The quota is checked up front and counted down, so a
 * shortfall sends what fits and records the rest instead of failing half-way.
 */
export function sendDigests(digests: readonly Digest[], mailer: Mailer, store: KeyValueStore, today: IsoDate): SendOutcome {
  const ledger = loadLedger(store, today);
  const sent = new Set(ledger.sent);
  const owed = new Set(ledger.pending);
  const ordered = [...digests].sort((a, b) => Number(owed.has(addressKey(b.to))) - Number(owed.has(addressKey(a.to))));
  let quota = mailer.remainingQuota();
  const pending: string[] = [];
  const errors: string[] = [];
  let count = 0;
  let skipped = 0;
  for (const digest of ordered) {
    const key = addressKey(digest.to);
    if (sent.has(key)) {
      skipped += 1;
      continue;
    }
    if (quota < 1) {
      pending.push(key);
      continue;
    }
    // Write-ahead: the address is recorded before the email goes, so a run that fails after this point
    // (a full property store, a timeout) can never send it twice. A failed send takes the record back.
    sent.add(key);
    saveLedger(store, { date: today, sent: [...sent], pending: [...pending] });
    try {
      mailer.send({ to: digest.to, subject: digest.subject, text: digest.text, html: digest.html });
      quota -= 1;
      count += 1;
    } catch (error) {
      sent.delete(key);
      pending.push(key);
      errors.push(`${digest.to}: ${errorMessage(error)}`);
    }
  }
  saveLedger(store, { date: today, sent: [...sent], pending });
  return { sent: count, skipped, pending: pending.length, errors };
}
