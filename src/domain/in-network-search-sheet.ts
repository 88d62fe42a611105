import { caseIdKey } from './case-id';
/** The `In-network search` log: one row per in-network provider contacted for a case. */
import type { IsoDate } from './calendar-date';
import { isBlankCell } from './cell-parsers';
import { mapColumns, type HeaderMap } from './header-map';
import { readRow, type ParsedRow, type RowContext } from './row-reader';
import { headersOf, requireFields, type SheetColumn } from './sheet-column';

/** Sheet name. */
export const IN_NETWORK_SEARCH_SHEET = 'In-network search';

/** Field keys of the `In-network search` columns. */
export type InNetworkField = 'caseId' | 'date' | 'provider' | 'inNetwork' | 'waitDays' | 'distanceMiles' | 'whyUnsuitable';

/** Columns of the `In-network search` sheet, in setup order. */
export const IN_NETWORK_SEARCH_COLUMNS: readonly SheetColumn<InNetworkField>[] = [
  { field: 'caseId', header: 'Case ID', kind: 'text' },
  { field: 'date', header: 'Date', kind: 'date' },
  { field: 'provider', header: 'Provider contacted', kind: 'text', help: 'Name of the in-network provider or group.' },
  { field: 'inNetwork', header: 'In network?', kind: 'list', values: ['Yes', 'No'], help: 'Is this provider in the plan network?' },
  { field: 'waitDays', header: 'Wait offered (days)', kind: 'whole' },
  { field: 'distanceMiles', header: 'Distance (miles)', kind: 'number' },
  { field: 'whyUnsuitable', header: 'Why unsuitable', kind: 'text', help: 'No opening, wrong specialty, too far, not taking patients…' },
];

/** Header row of the `In-network search` sheet. */
export const IN_NETWORK_SEARCH_HEADERS = headersOf(IN_NETWORK_SEARCH_COLUMNS);

/** One logged attempt to find an in-network provider. `inNetwork` null = not stated. */
export interface InNetworkAttempt {
  readonly caseId: string;
  readonly date: IsoDate | null;
  readonly provider: string;
  readonly inNetwork: boolean | null;
  readonly waitDays: number | null;
  readonly distanceMiles: number | null;
  readonly whyUnsuitable: string;
}

/** Maps the `In-network search` header row. */
export function mapInNetworkSearchHeaders(headerRow: readonly unknown[]): HeaderMap<InNetworkField> {
  return mapColumns(headerRow, IN_NETWORK_SEARCH_COLUMNS);
}

const YES = ['yes', 'y', 'true'];
const NO = ['no', 'n', 'false'];

/** Parses one `In-network search` row; Case ID is required. Never throws. */
export function parseInNetworkAttemptRow(
  cells: readonly unknown[],
  map: HeaderMap<InNetworkField>,
  ctx: RowContext,
): ParsedRow<InNetworkAttempt> {
  const r = readRow(Array.isArray(cells) ? cells : [], map, ctx.timeZone);
  if (r.isBlank()) return { kind: 'blank', rowNumber: ctx.rowNumber };
  requireFields(r, map.headers, ['caseId']);
  const rawInNetwork = r.raw('inNetwork');
  const answer = typeof rawInNetwork === 'boolean' ? String(rawInNetwork) : r.text('inNetwork').toLowerCase();
  let inNetwork: boolean | null = null;
  if (YES.includes(answer)) inNetwork = true;
  else if (NO.includes(answer)) inNetwork = false;
  else if (!isBlankCell(rawInNetwork) && answer !== '') {
    const header = map.headers.inNetwork;
    r.problems.push({ code: 'not_in_list', message: `${header}: '${answer}' is not Yes or No`, column: header });
  }
  const entry: InNetworkAttempt = {
    caseId: r.text('caseId'),
    date: r.date('date'),
    provider: r.text('provider'),
    inNetwork,
    waitDays: r.whole('waitDays'),
    distanceMiles: r.decimal('distanceMiles'),
    whyUnsuitable: r.text('whyUnsuitable'),
  };
  return { kind: 'entry', rowNumber: ctx.rowNumber, entry, problems: r.problems };
}

/** The attempts logged for `caseId` that count as evidence: every row not marked "No" (out of network). */
export function attemptsFor(caseId: string, attempts: readonly InNetworkAttempt[]): InNetworkAttempt[] {
  return attempts.filter((a) => a.inNetwork !== false && caseIdKey(a.caseId) === caseIdKey(caseId));
}

/** Evidence counts per Case ID key (see attemptsFor), built once so a whole-sheet check stays linear. */
export function attemptCounts(attempts: readonly InNetworkAttempt[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of attempts) {
    if (a.inNetwork === false) continue;
    const key = caseIdKey(a.caseId);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
