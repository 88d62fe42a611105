// Row parsing alone: the Cases sheet's rows into typed cases plus problems, at 1k / 5k / 20k rows.
import { startOfDayIn } from '../src/domain/calendar-date';
import { CASE_COLUMNS, type CaseField } from '../src/domain/case-columns';
import { DEFAULT_SERVICE_LINES } from '../src/domain/vocabulary';
import { mapHeaders } from '../src/domain/header-map';
import { parseCaseRow } from '../src/domain/parse-case-row';
import { cpuMs, median, type Figure } from './figure';

const ZONE = 'America/New_York';

function rows(n: number): unknown[][] {
  const at = (iso: string): Date => startOfDayIn(iso, ZONE);
  return Array.from({ length: n }, (_, i) => {
    const fields: Partial<Record<CaseField, unknown>> = {
      caseId: `SCA-${i}`,
      status: 'Active',
      owner: 'jo@clinic.example',
      planType: 'Commercial',
      approvedCodes: '90837, 90834',
      approvedRate: 120,
      unitsApproved: 20,
      unitsUsed: i % 20,
      startDate: at(`2026-0${1 + (i % 9)}-01`),
      endDate: at(`2026-0${1 + (i % 9)}-2${i % 9}`),
      notes: `note ${i}`,
    };
    return CASE_COLUMNS.map((c) => fields[c.field] ?? (c.kind === 'checkbox' ? true : ''));
  });
}

export async function benchParse(): Promise<Figure[]> {
  const map = mapHeaders(CASE_COLUMNS.map((c) => c.header));
  const ctx = (rowNumber: number) => ({ timeZone: ZONE, rowNumber, serviceLines: DEFAULT_SERVICE_LINES });
  return [1_000, 5_000, 20_000].map((n) => {
    const sheet = rows(n);
    const runs = [0, 1, 2].map(() => cpuMs(() => sheet.forEach((cells, i) => parseCaseRow(cells, map, ctx(i + 2)))));
    return { name: `parse ${n} Cases rows`, value: median(runs), unit: 'ms' };
  });
}
