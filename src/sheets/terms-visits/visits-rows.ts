import type { VisitRow } from '../../domain/terms-visits/visit-run';
import { mapVisitsHeaders, parseVisitRow, type VisitField } from '../../domain/terms-visits/visits-sheet';
import type { HeaderMap } from '../../domain/header-map';
import type { SheetBlock } from './log-sheet-block';

/** The parsed rows of a Visits block and its header map. */
export interface VisitsTable {
  readonly map: HeaderMap<VisitField>;
  readonly rows: readonly VisitRow[];
}

/** Parses every non-blank Visits row (bad cells stay on the row as problems: the check refuses it). */
export function parseVisitsBlock(block: SheetBlock | null, timeZone: string): VisitsTable {
  const values = block?.values ?? [];
  const map = mapVisitsHeaders(values[0] ?? []);
  const rows: VisitRow[] = [];
  for (let i = 1; i < values.length; i++) {
    const parsed = parseVisitRow(values[i] ?? [], map, { timeZone, rowNumber: i + 1 });
    if (parsed.kind === 'blank') continue;
    const { entry } = parsed;
    rows.push({ rowNumber: parsed.rowNumber, caseId: entry.caseId, date: entry.dateOfService, code: entry.code, units: entry.units, problems: parsed.problems });
  }
  return { map, rows };
}
