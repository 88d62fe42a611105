/**
 * Column positions by developer metadata cost several calls per column (find, then each item's value
 * and location). onEdit runs on every edit, so the positions are cached (document cache, 6 h) keyed by
 * the header row's text: moving, inserting, deleting or renaming a column changes that row, which misses
 * the cache and reads the metadata again.
 */
const KEY = 'sca-tracker.caseColumns';
const SIX_HOURS_S = 6 * 60 * 60;

interface Entry {
  readonly header: readonly string[];
  readonly positions: Readonly<Record<string, number>>;
}

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return typeof CacheService === 'undefined' ? null : CacheService.getDocumentCache();
  } catch {
    return null; // no cache in this context: read the metadata
  }
}

function headerKey(header: readonly unknown[]): string[] {
  return header.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell ?? '')));
}

/** Positions (field → 1-based column) for this header row: from the cache, or from `read()` (then cached). */
export function cachedColumnPositions(header: readonly unknown[], read: () => Map<string, number>): Map<string, number> {
  const cache = documentCache();
  const key = headerKey(header);
  const hit = cache?.get(KEY);
  if (hit) {
    try {
      const entry = JSON.parse(hit) as Entry;
      if (JSON.stringify(entry.header) === JSON.stringify(key)) return new Map(Object.entries(entry.positions));
    } catch {
      // a corrupt entry is simply replaced
    }
  }
  const positions = read();
  if (cache) {
    const entry: Entry = { header: key, positions: Object.fromEntries(positions) };
    const text = JSON.stringify(entry);
    if (text.length < 90_000) cache.put(KEY, text, SIX_HOURS_S);
  }
  return positions;
}
