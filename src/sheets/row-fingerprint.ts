import type { CaseHeaderMap } from '../domain/header-map';

/**
 * A digest of a row's user cells (every cell but the add-on's Flags and Problems, which the daily check
 * rewrites). A save carries the digest it was based on: a different digest at write time means the row
 * was edited, sorted away or replaced by another case, and the save must not land there.
 */
export function rowFingerprint(cells: readonly unknown[], map: CaseHeaderMap): string {
  const skip = new Set<number>();
  if (map.columns.flags !== undefined) skip.add(map.columns.flags);
  if (map.columns.problems !== undefined) skip.add(map.columns.problems);
  const parts: string[] = [];
  // Trailing blanks do not count: a column added to the right must not invalidate every open sidebar.
  let last = cells.length - 1;
  while (last >= 0 && (skip.has(last) || cells[last] === '' || cells[last] === null || cells[last] === undefined)) last -= 1;
  for (let i = 0; i <= last; i++) parts.push(skip.has(i) ? '' : cellKey(cells[i]));
  return hash(JSON.stringify(parts));
}

function cellKey(cell: unknown): string {
  if (cell instanceof Date) return `d:${Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString()}`;
  if (cell === null || cell === undefined) return 's:';
  return `${typeof cell === 'string' ? 's' : typeof cell === 'number' ? 'n' : 'b'}:${String(cell)}`;
}

/** cyrb53: a fast 53-bit string hash; collisions between two versions of one row are negligible. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
