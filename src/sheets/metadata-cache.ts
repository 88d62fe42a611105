import { textHash } from '../domain/text-hash';

/**
 * Column positions by developer metadata cost four calls per column (find, then each item's value, location
 * and column) — 150+ round trips to Google for the Cases sheet. Every execution reads the header row anyway,
 * so the positions found by metadata are remembered in document properties (they outlive the 6-hour cache a
 * daily check would always miss) with a signature of the header row they were found on. An execution whose
 * header row has the same signature uses them; a column inserted, deleted, moved or renamed changes the
 * header row, so the signature differs and metadata is searched again: a remembered position is never used
 * on a header row other than the one it was found on.
 */
const KEY = 'sca-tracker.caseColumns';

interface Entry {
  readonly signature: string;
  readonly positions: Readonly<Record<string, number>>;
}

type Store = GoogleAppsScript.Properties.Properties;

function documentProperties(): Store | null {
  try {
    return typeof PropertiesService === 'undefined' ? null : PropertiesService.getDocumentProperties();
  } catch {
    return null; // no properties in this context (AuthMode.NONE): search the metadata
  }
}

/** The header row's signature: its width and a hash of every cell's text, in order. */
export function headerSignature(header: readonly unknown[]): string {
  const cells = header.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell ?? '')));
  return `${cells.length}:${textHash(JSON.stringify(cells))}`;
}

function remembered(store: Store, signature: string): Map<string, number> | null {
  const text = store.getProperty(KEY);
  if (!text) return null;
  try {
    const entry = JSON.parse(text) as Entry;
    return entry.signature === signature ? new Map(Object.entries(entry.positions)) : null;
  } catch {
    return null; // a corrupt entry is simply replaced
  }
}

/** Remembers `positions` (field → 1-based column) as found on `header`. */
export function rememberColumnPositions(header: readonly unknown[], positions: ReadonlyMap<string, number>, store = documentProperties()): void {
  if (!store) return;
  // Sorted, so the same positions always make the same text and an unchanged entry is not written again.
  const sorted = [...positions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entry: Entry = { signature: headerSignature(header), positions: Object.fromEntries(sorted) };
  const text = JSON.stringify(entry);
  try {
    if (store.getProperty(KEY) !== text) store.setProperty(KEY, text);
  } catch {
    // a full property store costs a metadata search next time, nothing else
  }
}

/** Positions (field → 1-based column) for this header row: remembered ones when the signature matches, else `search()` (then remembered). */
export function cachedColumnPositions(header: readonly unknown[], search: () => Map<string, number>): Map<string, number> {
  const store = documentProperties();
  const hit = store ? remembered(store, headerSignature(header)) : null;
  if (hit) return hit;
  const positions = search();
  rememberColumnPositions(header, positions, store);
  return positions;
}

/** The positions remembered for exactly this header row, or null (none, another header row, or no store). */
export function rememberedColumnPositions(header: readonly unknown[]): Map<string, number> | null {
  const store = documentProperties();
  return store ? remembered(store, headerSignature(header)) : null;
}
