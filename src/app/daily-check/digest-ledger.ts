import type { IsoDate } from '../../domain/calendar-date';
import { addressKey } from '../../domain/email-address';
import type { KeyValueStore } from '../../ports/key-value-store';

const LEDGER_KEY = 'sca.digestLedger';

/**
 * Who got today's digest, and who is still owed one. Kept in document properties so that every user's
 * trigger in this spreadsheet shares it: nobody gets two digests on one day, whoever's trigger ran.
 */
export interface DigestLedger {
  readonly date: IsoDate;
  /** Address keys (lower-case) sent today. */
  readonly sent: readonly string[];
  /** Address keys owed a digest when the quota ran out; they go first on the next run. */
  readonly pending: readonly string[];
}

/** The ledger for `today`: a new day starts with nobody sent, and carries over who is still owed. */
export function loadLedger(store: KeyValueStore, today: IsoDate): DigestLedger {
  const saved = parse(store.get(LEDGER_KEY));
  if (!saved) return { date: today, sent: [], pending: [] };
  if (saved.date === today) return saved;
  return { date: today, sent: [], pending: saved.pending };
}

export function saveLedger(store: KeyValueStore, ledger: DigestLedger): void {
  store.set(LEDGER_KEY, JSON.stringify(ledger));
}

export function wasSent(ledger: DigestLedger, address: string): boolean {
  return ledger.sent.includes(addressKey(address));
}

function parse(raw: string | null): DigestLedger | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isLedger(value)) return null;
    return value;
  } catch {
    // A ledger we cannot read is treated as empty: at worst one extra digest, never a lost one.
    return null;
  }
}

function isLedger(value: unknown): value is DigestLedger {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.date === 'string' && isStringList(v.sent) && isStringList(v.pending);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'string');
}
