import type { IsoDate } from '../../domain/calendar-date';
import { addressKey } from '../../domain/email-address';
import { textHash } from '../../domain/text-hash';
import type { ListableStore } from '../../ports/key-value-store';

/** One document property per address: `sca.digest.<hash>` = `sent <date>` or `owed <date>`. */
const PREFIX = 'sca.digest.';
/** The ledger before it was split: one property holding every address (it died at ~340 recipients). */
const LEGACY_KEY = 'sca.digestLedger';

type Entry = { readonly state: 'sent' | 'owed'; readonly date: string };

/**
 * Who got today's digest, and who is still owed one. Kept in document properties so that every user's
 * trigger in this spreadsheet shares it: nobody gets two digests on one day, whoever's trigger ran.
 * One small property per address (keyed by a hash of it), so no value nears the 9 KB limit at any number of
 * recipients; records nobody needs any more are pruned, so the store holds about two per current recipient.
 */
export class DigestLedger {
  private constructor(
    private readonly store: ListableStore,
    readonly today: IsoDate,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Today's ledger, read in one call; a ledger in the old single-property form is carried over once. */
  static load(store: ListableStore, today: IsoDate): DigestLedger {
    const entries = new Map<string, Entry>();
    for (const [key, value] of store.entries(PREFIX)) {
      const entry = parseEntry(value);
      if (entry) entries.set(key, entry);
    }
    const ledger = new DigestLedger(store, today, entries);
    ledger.migrateLegacy();
    return ledger;
  }

  wasSent(address: string): boolean {
    const entry = this.entries.get(keyOf(address));
    return entry?.state === 'sent' && entry.date === this.today;
  }

  isOwed(address: string): boolean {
    return this.entries.get(keyOf(address))?.state === 'owed';
  }

  /** Write-ahead: recorded before the email goes, so a run that fails afterwards never sends it twice. */
  markSent(address: string): void {
    this.write(keyOf(address), { state: 'sent', date: this.today });
  }

  /** Owed for lack of quota or a failed send: goes first on the next run. Unchanged records are not rewritten. */
  markOwed(address: string): void {
    const key = keyOf(address);
    const current = this.entries.get(key);
    if (current?.state === 'owed') return;
    this.write(key, { state: 'owed', date: this.today });
  }

  /**
   * Deletes the records nobody needs: anything not sent today whose address is not among `current` (today's
   * digests). A record of a day gone by means the same as no record.
   */
  prune(current: readonly string[]): void {
    const keep = new Set(current.map(keyOf));
    for (const [key, entry] of [...this.entries]) {
      if (keep.has(key) || (entry.state === 'sent' && entry.date === this.today)) continue;
      this.store.delete(key);
      this.entries.delete(key);
    }
  }

  private write(key: string, entry: Entry): void {
    this.store.set(key, `${entry.state} ${entry.date}`);
    this.entries.set(key, entry);
  }

  private migrateLegacy(): void {
    const raw = this.store.get(LEGACY_KEY);
    if (raw === null) return;
    const legacy = parseLegacy(raw);
    if (legacy) {
      if (legacy.date === this.today) for (const address of legacy.sent) this.markSent(address);
      for (const address of legacy.pending) if (!this.wasSent(address)) this.markOwed(address);
    }
    this.store.delete(LEGACY_KEY);
  }
}

function keyOf(address: string): string {
  return PREFIX + textHash(addressKey(address));
}

function parseEntry(value: string): Entry | null {
  const m = /^(sent|owed) (\d{4}-\d{2}-\d{2})$/.exec(value);
  return m ? { state: m[1] as Entry['state'], date: m[2] as string } : null;
}

function parseLegacy(raw: string): { date: string; sent: string[]; pending: string[] } | null {
  try {
    const v = JSON.parse(raw) as { date?: unknown; sent?: unknown; pending?: unknown };
    const list = (x: unknown): string[] => (Array.isArray(x) ? x.filter((a): a is string => typeof a === 'string') : []);
    return typeof v.date === 'string' ? { date: v.date, sent: list(v.sent), pending: list(v.pending) } : null;
  } catch {
    // An unreadable old ledger is treated as empty: at worst one extra digest, never a lost one.
    return null;
  }
}
