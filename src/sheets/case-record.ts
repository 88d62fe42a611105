import type { Problem } from '../domain/case';
import { parseCaseRow } from '../domain/parse-case-row';
import type { CaseRecord } from '../ports/case-repository';
import type { CaseSheetLayout } from './case-sheet-layout';
import { rowFingerprint } from './row-fingerprint';

/** What turning cells into a CaseRecord needs besides the layout. */
export interface RecordContext {
  readonly timeZone: string;
  readonly serviceLines: readonly string[];
}

/** One row's cells as a CaseRecord: parsed case (null when blank), its cell problems, its fingerprint. */
export function toCaseRecord(
  cells: readonly unknown[],
  rowNumber: number,
  layout: CaseSheetLayout,
  ctx: RecordContext,
  extra: readonly Problem[] = [],
): CaseRecord {
  const fingerprint = rowFingerprint(cells, layout.map);
  const parsed = parseCaseRow(cells, layout.map, { timeZone: ctx.timeZone, rowNumber, serviceLines: ctx.serviceLines });
  if (parsed.kind === 'blank') return { rowNumber, case: null, problems: [], fingerprint };
  return { rowNumber, case: parsed.case, problems: [...parsed.problems, ...extra], fingerprint };
}
