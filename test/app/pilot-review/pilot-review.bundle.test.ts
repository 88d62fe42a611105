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

function charts(env: Environment): Array<{ type: string; title: unknown; ranges: string[]; row: number; col: number; width: unknown; height: unknown }> {
  return pilotSheet(env)
    .getCharts()
    .map((c) => ({
      type: String(c.modify().getChartType()),
      title: c.getOptions().get('title'),
      ranges: c.getRanges().map((r) => r.getA1Notation()),
      row: c.getContainerInfo().getAnchorRow(),
      col: c.getContainerInfo().getAnchorColumn(),
      width: c.getOptions().get('width'),
      height: c.getOptions().get('height'),
    }));
}

describe('showPilotReview', () => {
  describe('the report', () => {
    it('writes the period\'s key figures, matching hand-computed values', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      expect(reportValue(env, 'SCA pilot review', 'Period')).toBe('2025-12-09 to 2026-03-09');
      expect(reportValue(env, 'SCA pilot review', 'Payer')).toBe('All');
      // Five first decisions in the period; SCA-0006 (submitted, no decision) is open; SCA-0007 was decided in 2025.
      expect(reportValue(env, 'SCA pilot review', 'Decided in period')).toBe(5);
      expect(reportValue(env, 'SCA pilot review', 'Open at period end')).toBe(1);
      expect(reportValue(env, 'Cases by status', 'Active')).toBe(2);
      expect(reportValue(env, 'Cases by status', 'Denied')).toBe(3);
      expect(reportValue(env, 'Cases by status', 'Submitted')).toBe(1);
      // 5 first decisions: only SCA-0001 approved first time (SCA-0002 was denied, then approved on appeal).
      expect(reportValue(env, 'Approval', 'First-pass approval rate')).toBe(0.2);
      expect(reportValue(env, 'Approval', 'First-pass approval rate', 2)).toBe(5);
      // Finally approved 2 (0001, 0002) of 2 + 3 denied.
      expect(reportValue(env, 'Approval', 'Overall approval rate')).toBe(0.4);
      expect(reportValue(env, 'Outcomes', 'Approved')).toBe(2);
      expect(reportValue(env, 'Outcomes', 'Denied')).toBe(3);
      // One line per payer and per service line: decided, approved, approval rate, median days to decision, open.
      expect(reportTable(env, 'By payer', 6)).toEqual([
        ['Acme Health', 3, 2, 0.6667, 10, 1], // 0001 (10 days), 0002 (10), 0005 (6); 0006 open
        ['Blue Plan', 2, 0, 0, 6, 0], // 0003 (4), 0004 (8)
        ['All payers', 5, 2, 0.4, 8, 1],
      ]);
      expect(reportTable(env, 'By service line', 6)).toEqual([
        ['ABA', 1, 1, 1, 10, 0],
        ['Psychotherapy', 4, 1, 0.25, 7, 1],
        ['All service lines', 5, 2, 0.4, 8, 1],
      ]);
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
        ['Acme Health', 118.75, 101.25, 0.8526],
        ['All payers', 118.75, 101.25, 0.8526],
      ]);
      // Units per service line: ABA 10 of 40 (SCA-0002), Psychotherapy 12 of 24 (SCA-0001).
      expect(reportTable(env, 'Units used vs approved')).toEqual([
        ['ABA', 40, 10, 0.25],
        ['Psychotherapy', 24, 12, 0.5],
        ['All service lines', 64, 22, 0.3438],
      ]);
      expect(reportValue(env, 'Revenue', 'Revenue authorized')).toBe(6480); // 24 × 120 + 40 × 90
    });

    it('fills the parameter block on the first run, activates the sheet and says how many cases it read', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const display = env.readDisplay('Pilot review');
      expect(display[0]?.slice(0, 4)).toEqual(['From', 'To', 'Payer', 'Service line']);
      expect(display[1]?.slice(0, 4)).toEqual(['2025-12-09', '2026-03-09', '', '']);
      expect(env.spreadsheet.getActiveSheet().getName()).toBe('Pilot review');
      expect(env.ui.toasts.at(-1)?.message).toBe('Pilot review updated: 6 cases in the period (5 decided, 1 open)');
      const sheet = pilotSheet(env);
      expect(sheet.getRange('A2').getDataValidation()?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
      expect(sheet.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Acme Health', 'Blue Plan']);
      expect(sheet.getRange('D2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['ABA', 'Psychotherapy']);
    });

    it('charts approval rate, days to decision, denials, rates and units over their tables, stacked right of the report', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      // The report fills A5:F; the charts stack in column H, 16 rows (336 px) apart: each is 300 px tall.
      expect(charts(env)).toEqual([
        { type: 'COLUMN', title: 'Approval rate by payer', ranges: ['A27:A30', 'D27:D30'], row: 5, col: 8, width: 520, height: 300 },
        { type: 'BAR', title: 'Days to decision (median)', ranges: ['A39:B42'], row: 21, col: 8, width: 520, height: 300 },
        { type: 'PIE', title: 'Denials by reason', ranges: ['A45:B48'], row: 37, col: 8, width: 520, height: 300 },
        { type: 'COLUMN', title: 'Rate achieved vs requested', ranges: ['A51:C53'], row: 53, col: 8, width: 520, height: 300 },
        { type: 'COLUMN', title: 'Units used vs approved', ranges: ['A56:C59'], row: 69, col: 8, width: 520, height: 300 },
      ]);
      const rows = env.readSheet('Pilot review');
      expect(rows[26]?.slice(0, 4)).toEqual(['Payer', 'Decided', 'Approved', 'Approval rate']);
      expect(rows[38]?.slice(0, 2)).toEqual(['Step', 'Median days']);
      expect(rows[44]?.slice(0, 2)).toEqual(['Reason', 'Cases']);
      expect(rows[50]?.slice(0, 3)).toEqual(['Payer', 'Requested rate', 'Approved rate']);
      expect(rows[55]?.slice(0, 3)).toEqual(['Service line', 'Units approved', 'Units used']);
      expect(pilotSheet(env).getCharts().every((c) => c.getNumHeaders() === 1)).toBe(true);
    });

    it('formats money as currency, shares as percentages, and makes titles and table headers bold', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const sheet = pilotSheet(env);
      const display = env.readDisplay('Pilot review');
      expect(display[27]?.slice(0, 6)).toEqual(['Acme Health', '3', '2', '66.7%', '10.0', '1']);
      expect(display[51]?.slice(0, 4)).toEqual(['Acme Health', '$118.75', '$101.25', '85.3%']);
      expect(display[58]?.slice(0, 4)).toEqual(['All service lines', '64', '22', '34.4%']);
      expect(sheet.getRange('D28:D30').getNumberFormats().flat()).toEqual(['0.0%', '0.0%', '0.0%']);
      expect(sheet.getRange('B52:C53').getNumberFormats().flat()).toEqual(Array(4).fill('$#,##0.00'));
      expect(sheet.getRange('B63').getNumberFormat()).toBe('$#,##0.00'); // Revenue authorized
      expect(sheet.getRange('B9:B10').getNumberFormats().flat()).toEqual(['#,##0', '#,##0']);
      expect(sheet.getRange('A5').getFontWeight()).toBe('bold');
      expect(sheet.getRange('A26:F27').getFontWeights()).toEqual([Array(6).fill('bold'), Array(6).fill('bold')]);
      expect(sheet.getRange('A28:F28').getFontWeights()[0]).toEqual(Array(6).fill('normal'));
      expect(sheet.getRange('A27:F27').getBackgrounds()[0]).toEqual(Array(6).fill('#f1f3f4'));
      expect(sheet.getRange('A45:C45').getBackgrounds()[0]).toEqual(['#f1f3f4', '#f1f3f4', '#ffffff']);
      expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(6)]).toEqual([330, 140, 140]);
    });

    it('states the period and the basis at the top: decided cases, open cases counted apart', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      expect(env.readDisplay('Pilot review').slice(4, 13).map((r) => r.slice(0, 2))).toEqual([
        ['SCA pilot review', ''],
        ['Period', '2025-12-09 to 2026-03-09'],
        ['Payer', 'All'],
        ['Service line', 'All'],
        ['Decided in period', '5'],
        ['Open at period end', '1'],
        ['Basis: cases decided (first approval or denial) from 2025-12-09 to 2026-03-09, both days included.', ''],
        ['Approval rates, days to decision, denials, rates and units count these decided cases only.', ''],
        ['Open cases (identified or submitted in the period, no decision by 2026-03-09) are counted apart.', ''],
      ]);
    });

    it('replaces the report and its charts when run again: same values, same chart count', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const first = env.readSheet('Pilot review');
      const firstCharts = charts(env);
      addOn.clickMenu('Pilot review');
      expect(env.readSheet('Pilot review')).toEqual(first);
      expect(charts(env)).toEqual(firstCharts);
      expect(pilotSheet(env).getCharts()).toHaveLength(5);
    });

    it('removes the charts an earlier version of the report drew, so nothing piles up', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const sheet = pilotSheet(env);
      const column = (env.globals['Charts'] as { ChartType: Record<string, GoogleAppsScript.Charts.ChartType> }).ChartType['COLUMN'];
      if (!column) throw new Error('no ChartType.COLUMN');
      sheet.insertChart(sheet.newChart().setChartType(column).addRange(sheet.getRange('A70:B80')).setPosition(5, 6, 0, 0).setOption('title', 'Cases by status').build());
      addOn.clickMenu('Pilot review');
      expect(charts(env).map((c) => c.title)).toEqual(['Approval rate by payer', 'Days to decision (median)', 'Denials by reason', 'Rate achieved vs requested', 'Units used vs approved']);
    });

    it('keeps a chart the manager added with another title', () => {
      const { env, addOn } = seededClinic();
      addOn.clickMenu('Pilot review');
      const sheet = pilotSheet(env);
      const own = sheet.newChart().asLineChart().addRange(sheet.getRange('A12:B22')).setOption('title', 'My chart').build();
      sheet.insertChart(own);
      addOn.clickMenu('Pilot review');
      expect(charts(env).map((c) => c.title)).toEqual(['My chart', 'Approval rate by payer', 'Days to decision (median)', 'Denials by reason', 'Rate achieved vs requested', 'Units used vs approved']);
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
      expect(reportValue(env, 'SCA pilot review', 'Decided in period')).toBe(2);
      expect(reportValue(env, 'SCA pilot review', 'Open at period end')).toBe(0);
      expect(reportValue(env, 'Approval', 'Overall approval rate')).toBe(0);
      expect(reportValue(env, 'Revenue', 'Revenue authorized')).toBe(0);
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
      // SCA-0003, -0004, -0005 decided in February; SCA-0006 identified on 02-20, no decision by 02-28: open.
      expect(reportValue(env, 'SCA pilot review', 'Decided in period')).toBe(3);
      expect(reportValue(env, 'SCA pilot review', 'Open at period end')).toBe(1);
      expect(reportTable(env, 'Denials by reason')).toEqual([
        ['In-network provider available', 2, '', ''],
        ['Missing documentation', 1, '', ''],
      ]);
      expect(reportTable(env, 'Rate achieved vs requested')).toEqual([['All payers', 'n/a', 'n/a', 'n/a']]);
      // Nothing of the longer first report is left below the new one.
      const rows = env.readSheet('Pilot review');
      const lastFilled = rows.reduce((last, r, i) => (r.slice(0, 4).some((c) => c !== '') ? i : last), 0);
      expect(rows[lastFilled]?.[0]).toBe('Closed'); // the last line of Cases by status
      expect(charts(env)).toHaveLength(5);
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
