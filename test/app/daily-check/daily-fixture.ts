/** A tracker set up by the real bundle, with cases, a clinic clock and settings, for the daily-check tests. */
import type { AddOn, CellValue, Environment } from '../../../dev/emulator';
import { startOfDayIn, type IsoDate } from '../../../src/domain/calendar-date';
import type { CaseField } from '../../../src/domain/case-columns';
import { caseRow, casesEnvironment } from '../../sheets/cases-fixture';

export const ZONE = 'America/New_York';

/** A date cell as Sheets stores it: local midnight in the spreadsheet's zone. */
export const day = (iso: IsoDate, zone = ZONE): Date => startOfDayIn(iso, zone);

/** An Active case with complete written terms; override what the test is about. */
export function activeCase(fields: Partial<Record<CaseField, CellValue>>): CellValue[] {
  return caseRow({
    patient: 'Jane Roe',
    memberId: 'MBR99887766',
    payer: 'Acme Health',
    owner: 'maria@clinic.example',
    status: 'Active',
    scaNumber: 'SCA-ACME-1',
    approvedCodes: '90837',
    approvedRate: 120,
    requestedRate: 150,
    unitsApproved: 100,
    unitsUsed: 10,
    startDate: day('2026-01-05'),
    endDate: day('2026-12-31'),
    writtenConfirmationOn: day('2026-01-02'),
    ...fields,
  });
}

export interface Tracker {
  readonly env: Environment;
  readonly addOn: AddOn;
  /** Moves the clinic's clock to noon of `iso` in its zone. */
  today(iso: IsoDate): void;
  /** Runs "Run daily check now" and returns the summary it showed. */
  check(): string;
  flags(caseId: string): string;
  problems(caseId: string): string;
  setSetting(label: string, value: string): void;
  column(header: string): number;
}

/** Sets up the tracker through the bundle (Set up or repair tracker), writes `rows`, fixes "today". */
export function tracker(rows: CellValue[][], todayIso: IsoDate = '2026-03-09', zone = ZONE): Tracker {
  const noon = (iso: IsoDate): Date => new Date(startOfDayIn(iso, zone).getTime() + 12 * 3_600_000);
  const env = casesEnvironment(rows, { now: noon(todayIso).toISOString(), ...(zone === ZONE ? {} : { timeZone: zone }) });
  const addOn = env.loadBundle();
  addOn.fireOnOpen('LIMITED'); // the menu, as when the clinic opens the spreadsheet
  const column = (header: string): number => (env.readSheet('Cases')[0] ?? []).indexOf(header);
  const cellOf = (caseId: string, header: string): string => {
    const row = env.readSheet('Cases').find((r) => r[column('Case ID')] === caseId);
    if (!row) throw new Error(`no case ${caseId}`);
    return String(row[column(header)] ?? '');
  };
  return {
    env,
    addOn,
    today: (iso) => env.setNow(noon(iso)),
    check: () => {
      const before = env.ui.alerts.length;
      addOn.run('runDailyCheckNow');
      return env.ui.alerts.slice(before).map((a) => a.prompt).join('\n');
    },
    flags: (caseId) => cellOf(caseId, 'Flags'),
    problems: (caseId) => cellOf(caseId, 'Problems'),
    setSetting: (label, value) => {
      const rows = env.readSheet('Settings');
      const index = rows.findIndex((r) => r[0] === label);
      if (index < 0) throw new Error(`no setting ${label}`);
      env.writeSheet('Settings', `B${index + 1}`, [[value]]);
    },
    column,
  };
}
