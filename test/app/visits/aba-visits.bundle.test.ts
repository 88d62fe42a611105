/**
 * Through the built bundle: an ABA case with two Terms lines (97153: 24/month, 97155: 8/month, March to
 * June), 60 visits pasted at once on Visits — among them visits outside the dates, unknown codes and over
 * the month's allowance — then the daily check's per-line alerts and pace projection.
 */
import type { CellValue } from '../../../dev/emulator';
import { addDays } from '../../../src/domain/calendar-date';
import { columnLetter } from '../../../src/domain/column-letter';
import { weekdayIndex } from '../../../src/domain/terms-visits/allowance-period';
import { activeCase, day, tracker, type Tracker } from '../daily-check/daily-fixture';

jest.setTimeout(60_000);

const TERMS: CellValue[][] = [
  ['SCA-0001', 97153, '', 24, 'month', 60, day('2026-03-01'), day('2026-06-30'), 'RBT direct'],
  ['SCA-0001', 97155, '', 8, 'month', 90, day('2026-03-01'), day('2026-06-30'), 'BCBA'],
];

type Visit = [caseId: string, date: string, code: number | string, units: number | ''];

function weekdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekdayIndex(d) < 5) days.push(d);
  return days;
}

/** The 60 rows, in the order a billing export might list them (by code, then date). */
function sixtyVisits(): { visits: Visit[]; expected: Map<number, string> } {
  const visits: Visit[] = [];
  const expected = new Map<number, string>();
  const add = (v: Visit, result: string): void => {
    visits.push(v);
    expected.set(visits.length + 1, result);
  };
  // 97153 in March: 22 weekdays × 1 + Saturday 28th × 2 = exactly 24; one more on the 31st is over.
  for (const d of weekdays('2026-03-02', '2026-03-31')) add(['SCA-0001', d, 97153, 1], 'ok');
  add(['SCA-0001', '2026-03-28', 97153, 2], 'ok');
  add(['SCA-0001', '2026-03-31', 97153, 1], 'refused');
  // 97153 in April to the 17th: 2 units Mon/Wed/Fri, 1 Tue/Thu = 21 of 24.
  for (const d of weekdays('2026-04-01', '2026-04-17')) add(['SCA-0001', d, 97153, [0, 2, 4].includes(weekdayIndex(d)) ? 2 : 1], 'ok');
  // 97155: 8 in March (exactly), one over on the 30th; 8 in April (exhausted).
  for (const d of ['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16', '2026-03-19', '2026-03-23', '2026-03-26']) add(['SCA-0001', d, 97155, 1], 'ok');
  add(['SCA-0001', '2026-03-30', 97155, 1], 'refused');
  for (const d of ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10']) add(['SCA-0001', d, 97155, 1], 'ok');
  // Outside the dates, codes on no line, a case that does not exist, a row without units.
  add(['SCA-0001', '2026-02-27', 97153, 1], 'refused');
  add(['SCA-0001', '2026-07-01', 97155, 1], 'refused');
  add(['SCA-0001', '2026-04-08', 97151, 1], 'refused');
  add(['SCA-0001', '2026-04-09', 'H2019', 1], 'refused');
  add(['SCA-0099', '2026-04-09', 97153, 1], 'refused');
  add(['SCA-0001', '2026-04-14', 97153, ''], 'refused');
  return { visits, expected };
}

function setUp(): { t: Tracker; expected: Map<number, string>; count: number; pasteToasts: string[] } {
  const t = tracker(
    [activeCase({ caseId: 'SCA-0001', payer: 'Acme Health', serviceLine: 'ABA', approvedCodes: '', unitsApproved: '', unitsUsed: '', approvedRate: '', requestedRate: 70, unitsRequested: 160, submittedOn: day('2026-02-02'), submittedVia: 'Fax', decisionOn: day('2026-02-20') })],
    '2026-04-20',
  );
  t.env.writeSheet('Plan rules', 'A2', [['Acme Health', '', '', '', '', 'Block', '']]);
  t.addOn.userPaste('Terms', 'A2', TERMS);
  const { visits, expected } = sixtyVisits();
  const toastsBefore = t.env.ui.toasts.length;
  t.addOn.userPaste('Visits', 'A2', visits.map(([caseId, date, code, units]) => [caseId, day(date), code, units]));
  return { t, expected, count: visits.length, pasteToasts: t.env.ui.toasts.slice(toastsBefore).map((x) => x.message) };
}

const visitsOf = (t: Tracker) => t.env.readSheet('Visits');
const termsOf = (t: Tracker) => t.env.readSheet('Terms');
const caseCell = (t: Tracker, header: string) => t.env.readSheet('Cases')[1]?.[t.column(header)];

describe('ABA case with two lines, 60 visits pasted at once', () => {
  let ctx: ReturnType<typeof setUp>;
  beforeAll(() => {
    ctx = setUp();
  });

  it('pastes exactly 60 visits', () => {
    expect(ctx.count).toBe(60);
  });

  it('writes each visit its result, with the reason on refused rows', () => {
    const rows = visitsOf(ctx.t);
    const header = rows[0] ?? [];
    const result = header.indexOf('Check result');
    const reason = header.indexOf('Reason');
    for (const [row, wanted] of ctx.expected) expect([row, rows[row - 1]?.[result]]).toEqual([row, wanted]);
    const reasonOf = (caseId: string, date: string, code: number | string) =>
      rows.find((r) => r[0] === caseId && r[1] instanceof Date && r[1].getTime() === day(date).getTime() && r[2] === code && r[result] === 'refused')?.[reason];
    expect(reasonOf('SCA-0001', '2026-03-31', 97153)).toBe('1 units of 97153 exceed the 0 left of 24 for the month 2026-03.');
    expect(reasonOf('SCA-0001', '2026-03-30', 97155)).toBe('1 units of 97155 exceed the 0 left of 8 for the month 2026-03.');
    expect(reasonOf('SCA-0001', '2026-02-27', 97153)).toBe('2026-02-27 is outside the dates of 97153 (2026-03-01 to 2026-06-30).');
    expect(reasonOf('SCA-0001', '2026-04-08', 97151)).toBe('Code 97151 is not on the written terms (97153, 97155).');
    expect(reasonOf('SCA-0099', '2026-04-09', 97153)).toBe('No case on the Cases sheet has this Case ID.');
    expect(reasonOf('SCA-0001', '2026-04-14', 97153)).toBe('Units is empty.');
  });

  it('toasts the counts of the pasted visits', () => {
    expect(ctx.pasteToasts).toEqual(['Visits checked: 52 ok, 0 warning, 8 refused — see Check result and Reason.']);
  });

  it('keeps Units used per line and the line check ("modified" where less than requested)', () => {
    const rows = termsOf(ctx.t);
    const header = rows[0] ?? [];
    expect(rows.slice(1, 3).map((r) => [r[1], r[header.indexOf('Units used')], r[header.indexOf('Line check')]])).toEqual([
      [97153, 45, 'modified: rate 60.00 of 70.00 requested; case 128 units of 160 requested'],
      [97155, 16, 'modified: case 128 units of 160 requested'],
    ]);
  });

  it("keeps the case's Units used and its summary columns", () => {
    const t = ctx.t;
    expect(caseCell(t, 'Units used')).toBe(61);
    expect(caseCell(t, 'Approved codes')).toBe('97153, 97155');
    expect(caseCell(t, 'Units approved')).toBe(128);
    expect(caseCell(t, 'Approved rate')).toBe(67.5);
    expect(caseCell(t, 'Start date')).toEqual(day('2026-03-01'));
    expect(caseCell(t, 'End date')).toEqual(day('2026-06-30'));
  });

  it('the daily check flags each line for its period, with the pace projection, instead of the whole-case units alerts', () => {
    const t = ctx.t;
    t.check();
    expect(t.flags('SCA-0001').split('\n')).toEqual([
      'URGENT: 97155: all 8 units used for April 2026; more from 2026-05-01',
      "WARNING: At the last 4 weeks' pace, 97153's units for April 2026 run out on Wed 22 Apr 2026, before the month ends Thu 30 Apr 2026",
      'WARNING: 97153: 3 of 24 units left for April 2026 (13%)',
    ]);
  });
});

describe('pilot review per code', () => {
  it('shows units used vs approved and the rate achieved vs requested for each code', () => {
    const { t } = setUp();
    t.addOn.clickMenu('Pilot review');
    const rows = t.env.readSheet('Pilot review').map((r) => r.slice(0, 4));
    const after = (title: string) => {
      const at = rows.findIndex((r) => r[0] === title);
      return rows.slice(at + 1, at + 4);
    };
    expect(after('Units per code (Terms lines)')).toEqual([
      ['Code', 'Units approved', 'Units used', 'Used'],
      ['97153', 96, 45, 0.4688], // shown as 46.9% by the cell's format
      ['97155', 32, 16, 0.5],
    ]);
    expect(after('Rate per code (Terms lines)')).toEqual([
      ['Code', 'Requested rate', 'Approved rate', 'Achieved'],
      ['97153', 70, 60, 0.8571],
      ['97155', 70, 90, 1.2857],
    ]);
  });
});

describe('edits re-check the case', () => {
  it('clearing the visit that filled March makes the one over it fit', () => {
    const { t } = setUp();
    const rows = visitsOf(t);
    const result = (rows[0] ?? []).indexOf('Check result');
    // Row 23 is 97153 on Tue 31 March (1 unit); row 25 the extra unit that day, refused.
    expect([rows[22]?.[1], rows[22]?.[result], rows[24]?.[result]]).toEqual([day('2026-03-31'), 'ok', 'refused']);
    t.addOn.userPaste('Visits', 'A23', [['', '', '', '']]);
    const after = visitsOf(t);
    expect([after[22]?.[result], after[24]?.[result]]).toEqual(['', 'ok']);
    expect(termsOf(t)[1]?.[9]).toBe(45);
  });

  it('a hand edit of a Terms line re-checks the visits and keeps the summary', () => {
    const { t } = setUp();
    t.addOn.userEdit('Terms', 'D2', 20); // 97153: 20 a month instead of 24
    expect(caseCell(t, 'Units approved')).toBe(112);
    const rows = visitsOf(t);
    const result = (rows[0] ?? []).indexOf('Check result');
    // Refused before: outside the dates, unknown case, no units (3). Now also March's 97153 visits after the
    // 20th unit (the 28th, 30th and both on the 31st: 4) and April 17th's 2 units with 1 left (1).
    expect(rows.slice(1).filter((r) => r[2] === 97153 && r[result] === 'refused').length).toBe(3 + 4 + 1);
    expect(termsOf(t)[1]?.[9]).toBe(20 + 19);
  });

  it('a hand edit of Units used on a case with visits is put back, with the reason', () => {
    const { t } = setUp();
    const before = t.env.ui.toasts.length;
    const column = columnLetter(t.column('Units used') + 1);
    t.addOn.userEdit('Cases', `${column}2`, 12);
    expect(caseCell(t, 'Units used')).toBe(61);
    expect(t.env.ui.toasts.slice(before).map((x) => x.message)).toEqual([
      'Units used of SCA-0001 is kept by the add-on (counted from its accepted visits on the Visits sheet): put back to 61.',
    ]);
  });

  it('a typed Status re-checks the visits: refused while the case was on hold, ok once it is Active again', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001', payer: 'Acme Health', status: 'Approved (written)', approvedCodes: '', unitsApproved: '', approvedRate: '', unitsUsed: '' })], '2026-04-20');
    t.env.writeSheet('Plan rules', 'A2', [['Acme Health', '', '', '', '', 'Block', '']]);
    t.addOn.userPaste('Terms', 'A2', TERMS);
    t.addOn.userPaste('Visits', 'A2', [['SCA-0001', day('2026-04-06'), 97153, 2]]);
    expect(visitsOf(t)[1]?.slice(4, 7)).toEqual(['refused', '', 'SCA-0001 is Approved (written), not Active; visits are billed only under active written terms.']);
    t.addOn.userEdit('Cases', `${columnLetter(t.column('Status') + 1)}2`, 'Active');
    expect(caseCell(t, 'Status')).toBe('Active');
    expect(visitsOf(t)[1]?.slice(4, 7)).toEqual(['ok', '', '']);
    expect(caseCell(t, 'Units used')).toBe(2);
  });

  it("keeping a case's columns leaves the other rows' cells exactly as they were (text stays text)", () => {
    const { t } = setUp();
    t.env.writeSheet('Cases', 'A3', [activeCase({ caseId: 'SCA-0002', approvedCodes: "'90837", unitsApproved: "'=1+1", unitsUsed: "'0042" })]);
    t.addOn.userEdit('Terms', 'D2', 20);
    expect(caseCell(t, 'Units approved')).toBe(112);
    const other = t.env.readSheet('Cases')[2] ?? [];
    expect([other[t.column('Approved codes')], other[t.column('Units approved')], other[t.column('Units used')]]).toEqual(['90837', '=1+1', '0042']);
  });

  it('a case without visits or lines keeps a typed Units used', () => {
    const { t } = setUp();
    t.env.writeSheet('Cases', 'A3', [activeCase({ caseId: 'SCA-0002' })]);
    const column = columnLetter(t.column('Units used') + 1);
    t.addOn.userEdit('Cases', `${column}3`, 12);
    expect(t.env.readSheet('Cases')[2]?.[t.column('Units used')]).toBe(12);
  });
});
