/** Menu 'Pilot review' through the built bundle: the report's figures, charts, parameters, refusals, privacy. */
import type { Environment } from '../../../dev/emulator';
import { MEMBER_IDS, PATIENTS, caseRow, day, reportTable, reportValue, seededClinic } from './pilot-fixture';

// Each run loads the built bundle over a set-up workbook: allow for a loaded machine.
jest.setTimeout(30_000);

function pilotSheet(env: Environment): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = env.spreadsheet.getSheetByName('Pilot review');
  if (!sheet) throw new Error('no Pilot review sheet');
  return sheet;
}

function charts(env: Environment): Array<{ type: string; title: unknown; ranges: string[]; row: number; col: number }> {
  return pilotSheet(env)
    .getCharts()
    .map((c) => ({
      type: String(c.modify().getChartType()),
      title: c.getOptions().get('title'),
      ranges: c.getRanges().map((r) => r.getA1Notation()),
      row: c.getContainerInfo().getAnchorRow(),
      col: c.getContainerInfo().getAnchorColumn(),
    }));
}

describe('showPilotReview', () => {
  describe('the report', () => {
    it('writes the period\'s key figures, matching hand-computed values', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      expect(reportValue(env, 'SCA pilot review', 'Period')).toBe('2025-12-09 to 2026-03-09');
      expect(reportValue(env, 'SCA pilot review', 'Payer')).toBe('All');
      expect(reportValue(env, 'SCA pilot review', 'Cases in period')).toBe(6); // SCA-0007 was decided in 2025
      expect(reportValue(env, 'Cases by status', 'Active')).toBe(2);
      expect(reportValue(env, 'Cases by status', 'Denied')).toBe(3);
      expect(reportValue(env, 'Cases by status', 'Submitted')).toBe(1);
      // 5 first decisions: only SCA-0001 approved first time (SCA-0002 was denied, then approved on appeal).
      expect(reportValue(env, 'Approval', 'First-pass approval rate (%)')).toBe(20);
      expect(reportValue(env, 'Approval', 'First-pass approval rate (%)', 2)).toBe(5);
      // Finally approved 2 (0001, 0002) of 2 + 3 denied.
      expect(reportValue(env, 'Approval', 'Overall approval rate (%)')).toBe(40);
      expect(reportValue(env, 'Approval', 'Approved')).toBe(2);
      expect(reportValue(env, 'Approval', 'Denied')).toBe(3);
      // Submitted → first decision: 10, 10, 4, 8, 6 days → median 8.
      expect(reportValue(env, 'Days (median)', 'Submitted → decision')).toBe(8);
      expect(reportValue(env, 'Days (median)', 'Submitted → decision', 2)).toBe(5);
      // Identified → submitted (History only): 16, 8, 10 → median 10.
      expect(reportValue(env, 'Days (median)', 'Identified → submitted')).toBe(10);
      expect(reportTable(env, 'Denials by reason')).toEqual([
        ['In-network provider available', 2, '', ''],
        ['Medical necessity unclear', 1, '', ''],
        ['Missing documentation', 1, '', ''],
      ]);
      // Weighted by units approved: requested (150×24 + 100×40) / 64 = 118.75; approved (120×24 + 90×40) / 64 = 101.25.
      expect(reportTable(env, 'Rate achieved vs requested')).toEqual([
        ['Acme Health', 118.75, 101.25, 85.3],
        ['All payers', 118.75, 101.25, 85.3],
      ]);
      expect(reportValue(env, 'Units and revenue', 'Units approved')).toBe(64);
      expect(reportValue(env, 'Units and revenue', 'Units used')).toBe(22);
      expect(reportValue(env, 'Units and revenue', 'Units used (%)')).toBe(34.4);
      expect(reportValue(env, 'Units and revenue', 'Revenue authorized')).toBe(6480); // 24 × 120 + 40 × 90
    });

    it('fills the parameter block on the first run, activates the sheet and says how many cases it read', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const display = env.readDisplay('Pilot review');
      expect(display[0]?.slice(0, 4)).toEqual(['From', 'To', 'Payer', 'Service line']);
      expect(display[1]?.slice(0, 4)).toEqual(['2025-12-09', '2026-03-09', '', '']);
      expect(env.spreadsheet.getActiveSheet().getName()).toBe('Pilot review');
      expect(env.ui.toasts.at(-1)?.message).toBe('Pilot review updated: 6 cases in the period');
      const sheet = pilotSheet(env);
      expect(sheet.getRange('A2').getDataValidation()?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
      expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Acme Health', 'Blue Plan']);
      expect(sheet.getRange('D2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['ABA', 'Psychotherapy']);
    });

    it('inserts a column, a pie and a bar chart over the status, denial and rate tables', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      // The grid starts at row 5: statuses at grid rows 7–17, denials 34–37, rates 40–42.
      expect(charts(env)).toEqual([
        { type: 'COLUMN', title: 'Cases by status', ranges: ['A13:B23'], row: 5, col: 6 },
        { type: 'PIE', title: 'Denials by reason', ranges: ['A40:B43'], row: 25, col: 6 },
        { type: 'BAR', title: 'Rate achieved vs requested', ranges: ['A46:D48'], row: 45, col: 6 },
      ]);
      const rows = env.readSheet('Pilot review');
      expect(rows[12]?.slice(0, 2)).toEqual(['Status', 'Cases']);
      expect(rows[39]?.slice(0, 2)).toEqual(['Reason', 'Cases']);
      expect(rows[45]?.[0]).toBe('Payer');
    });

    it('replaces the report and its charts when run again: same values, same chart count', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const first = env.readSheet('Pilot review');
      const firstCharts = charts(env);
      addOn.clickMenu('Pilot review');
      expect(env.readSheet('Pilot review')).toEqual(first);
      expect(charts(env)).toEqual(firstCharts);
    });

    it('keeps a chart the manager added with another title', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const sheet = pilotSheet(env);
      const own = sheet.newChart().asLineChart().addRange(sheet.getRange('A12:B22')).setOption('title', 'My chart').build();
      sheet.insertChart(own);
      addOn.clickMenu('Pilot review');
      expect(charts(env).map((c) => c.title)).toEqual(['My chart', 'Cases by status', 'Denials by reason', 'Rate achieved vs requested']);
    });

    it('writes a payer that looks like a formula as text, never as a formula', () => {
      const { env, addOn } = seededClinic();
      const payer = '=HYPERLINK("https://example.com")';
      env.writeSheet('Cases', 'A9', [
        caseRow({
          caseId: 'SCA-0008', patient: 'PT-HOTEL', memberId: 'MBR-99008', payer: `'${payer}`, serviceLine: 'ABA', status: 'Active',
          submittedOn: day('2026-02-01'), decisionOn: day('2026-02-03'), writtenConfirmationOn: day('2026-02-03'), scaNumber: 'A-8',
          approvedCodes: '97153', requestedRate: 100, approvedRate: 100, unitsApproved: 1, startDate: day('2026-02-03'), endDate: day('2026-12-31'),
        }),
      ]);
      addOn.clickMenu('Pilot review');
      expect(reportTable(env, 'Rate achieved vs requested').map((r) => r[0])).toContain(payer);
      const sheet = pilotSheet(env);
      const formulas = sheet.getRange(1, 1, sheet.getLastRow(), 4).getFormulas().flat();
      expect(formulas.filter((f) => f !== '')).toEqual([]);
    });
  });

  describe('parameters', () => {
    it('respects and keeps a Payer the manager chose', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      addOn.userEdit('Pilot review', 'C2', 'Blue Plan');
      addOn.clickMenu('Pilot review');
      expect(env.readSheet('Pilot review')[1]?.[2]).toBe('Blue Plan');
      expect(reportValue(env, 'SCA pilot review', 'Payer')).toBe('Blue Plan');
      expect(reportValue(env, 'SCA pilot review', 'Cases in period')).toBe(2);
      expect(reportValue(env, 'Approval', 'Overall approval rate (%)')).toBe(0);
      expect(reportValue(env, 'Units and revenue', 'Revenue authorized')).toBe(0);
    });

    it('respects and keeps a narrower period, clearing the longer old report below it', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      addOn.userEdit('Pilot review', 'A2', '2026-02-01');
      addOn.userEdit('Pilot review', 'B2', '2026-02-28');
      addOn.userEdit('Pilot review', 'D2', 'Psychotherapy');
      addOn.clickMenu('Pilot review');
      const display = env.readDisplay('Pilot review');
      expect(display[1]?.slice(0, 4)).toEqual(['2026-02-01', '2026-02-28', '', 'Psychotherapy']);
      expect(reportValue(env, 'SCA pilot review', 'Period')).toBe('2026-02-01 to 2026-02-28');
      // SCA-0003, -0004, -0005 decided in February; SCA-0006 identified on 02-20.
      expect(reportValue(env, 'SCA pilot review', 'Cases in period')).toBe(4);
      expect(reportTable(env, 'Denials by reason')).toEqual([
        ['In-network provider available', 2, '', ''],
        ['Missing documentation', 1, '', ''],
      ]);
      expect(reportTable(env, 'Rate achieved vs requested')).toEqual([['All payers', 'n/a', 'n/a', 'n/a']]);
      // Nothing of the longer first report is left below the new one.
      const rows = env.readSheet('Pilot review');
      const lastFilled = rows.reduce((last, r, i) => (r.slice(0, 4).some((c) => c !== '') ? i : last), 0);
      expect(rows[lastFilled]?.[0]).toBe('Agreements at risk');
      expect(charts(env)).toHaveLength(3);
    });

    it.each([
      ['To before From', [['2026-03-01', '2026-02-01']], /To \(2026-02-01\) is before From \(2026-03-01\)/],
      ['a From that is not a date', [['next week', '2026-02-01']], /From \(A2\) must be a date.*"next week"/],
      ['a To that is not a date', [['2026-02-01', 'soon']], /To \(B2\) must be a date.*"soon"/],
    ])('refuses %s with an alert that says what to fix, and changes nothing', (_label, dates, message) => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      env.writeSheet('Pilot review', 'A2', dates);
      const before = env.saveWorkbook();
      const chartsBefore = charts(env);
      addOn.clickMenu('Pilot review');
      expect(env.ui.alerts.at(-1)?.title).toBe('Pilot review');
      expect(env.ui.alerts.at(-1)?.prompt).toMatch(message);
      expect(env.saveWorkbook()).toEqual(before);
      expect(charts(env)).toEqual(chartsBefore);
    });
  });

  describe('privacy', () => {
    it('never writes a Patient or Member ID value on the Pilot review sheet', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      addOn.userEdit('Pilot review', 'C2', 'Acme Health');
      addOn.clickMenu('Pilot review');
      const text = JSON.stringify([env.readSheet('Pilot review'), env.readDisplay('Pilot review'), charts(env)]);
      for (const value of [...PATIENTS, ...MEMBER_IDS]) expect(text).not.toContain(value);
      expect(text).not.toMatch(/SCA-\d/);
    });
  });
});
