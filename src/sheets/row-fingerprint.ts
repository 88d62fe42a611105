import type { CaseHeaderMap } from '../domain/header-map';
import { hash53 } from '../domain/cyrb53';

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
  return hash53(JSON.stringify(parts));
}

function cellKey(cell: unknown): string {
  if (cell instanceof Date) return `d:${Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString()}`;
  if (cell === null || cell === undefined) return 's:';
  return `${typeof cell === 'string' ? 's' : typeof cell === 'number' ? 'n' : 'b'}:${String(cell)}`;
}
