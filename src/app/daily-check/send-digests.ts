import type { IsoDate } from '../../domain/calendar-date';
import type { Digest } from '../../domain/digest';
import { isAllowedRecipient, notAllowedReason, type RecipientPolicy } from '../../domain/mail-recipients';
import type { ListableStore } from '../../ports/key-value-store';
import type { Mailer } from '../../ports/mailer';
import { DigestLedger } from './digest-ledger';
import { errorMessage } from '../error-text';

export interface SendOutcome {
  readonly sent: number;
  /** Already sent today (a second run, or another user's trigger). */
  readonly skipped: number;
  /** Owed, for lack of quota; sent first on the next run. */
  readonly pending: number;
  /** Failed sends and addresses outside the allowed domains, each naming the address and why. */
  readonly errors: readonly string[];
}

/**
 * Sends each digest at most once per address per day, and only to addresses the recipient policy allows
 * (the others are named in `errors`, never silently dropped). Addresses still owed from a run that ran out of
 * quota go first, so they cannot be starved twice. The quota is checked up front and counted down, so a
 * shortfall sends what fits and records the rest instead of failing half-way.
 */
export function sendDigests(
  digests: readonly Digest[],
  mailer: Mailer,
  store: ListableStore,
  today: IsoDate,
  policy: RecipientPolicy,
): SendOutcome {
  const allowed = digests.filter((d) => isAllowedRecipient(d.to, policy));
  const errors = digests.filter((d) => !isAllowedRecipient(d.to, policy)).map((d) => notAllowedReason(d.to, policy));
  const ledger = DigestLedger.load(store, today);
  const owed = new Set(allowed.filter((d) => ledger.isOwed(d.to)));
  const ordered = [...allowed].sort((a, b) => Number(owed.has(b)) - Number(owed.has(a)));
  let quota = mailer.remainingQuota();
  let count = 0;
  let skipped = 0;
  let pending = 0;
  for (const digest of ordered) {
    if (ledger.wasSent(digest.to)) {
      skipped += 1;
      continue;
    }
    if (quota < 1) {
      ledger.markOwed(digest.to);
      pending += 1;
      continue;
    }
    recordBeforeSending(ledger, digest.to, count, ordered.length);
    try {
      mailer.send({ to: digest.to, subject: digest.subject, text: digest.text, html: digest.html });
      quota -= 1;
      count += 1;
    } catch (error) {
      ledger.markOwed(digest.to);
      pending += 1;
      errors.push(`${digest.to}: ${errorMessage(error)}`);
    }
  }
  ledger.prune(allowed.map((d) => d.to));
  return { sent: count, skipped, pending, errors };
}

/**
 * Write-ahead: the address is recorded before the email goes, so a run that fails after this point can never
 * send it twice. When even that record fails, nothing more is sent, and the error says how far the run got.
 */
function recordBeforeSending(ledger: DigestLedger, address: string, sent: number, total: number): void {
  try {
    ledger.markSent(address);
  } catch (error) {
    throw new DigestsStoppedError(
      `Digests stopped after ${sent} of ${total} were sent: who was sent could not be recorded (${errorMessage(error)}). ` +
        'The rest were not sent, so that nobody gets a second copy.',
      error,
    );
  }
}

/** The run stopped mailing because the ledger could not be written; `storeError` is what the store threw. */
export class DigestsStoppedError extends Error {
  constructor(
    message: string,
    readonly storeError: unknown,
  ) {
    super(message);
    this.name = 'DigestsStoppedError';
  }
}
