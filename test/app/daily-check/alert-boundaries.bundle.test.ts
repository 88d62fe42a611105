/**
 * Each alert kind appears and clears at its boundary — the day before, on, and after — through the built
 * bundle: the daily check writes the Flags cell, which is what a coordinator sees.
 */
import type { CellValue } from '../../../dev/emulator';
import type { IsoDate } from '../../../src/domain/calendar-date';
import { activeCase, day, tracker } from './daily-fixture';

type Row = CellValue[];
const A = 'SCA-0001';

const boundaries: Array<[kind: string, row: Row, days: [IsoDate, IsoDate, IsoDate], flag: RegExp, present: [boolean, boolean, boolean]]> = [
  ['end date, 30-day tier', activeCase({ caseId: A, endDate: day('2026-04-08') }), ['2026-03-08', '2026-03-09', '2026-03-10'], /^INFO: Agreement ends in \d+ days \(2026-04-08\)/, [false, true, true]],
  ['end date, 14-day tier', activeCase({ caseId: A, endDate: day('2026-03-23') }), ['2026-03-08', '2026-03-09', '2026-03-10'], /^WARNING: Agreement ends in \d+ days \(2026-03-23\)/, [false, true, true]],
  ['end date, 7-day tier', activeCase({ caseId: A, endDate: day('2026-03-16') }), ['2026-03-08', '2026-03-09', '2026-03-10'], /^URGENT: Agreement ends in \d days \(2026-03-16\)/, [false, true, true]],
  ['expired while Active', activeCase({ caseId: A, endDate: day('2026-03-09') }), ['2026-03-08', '2026-03-09', '2026-03-10'], /^URGENT: Agreement expired 2026-03-09 while Active/, [false, false, true]],
  ['follow-up due', activeCase({ caseId: A, nextFollowUp: day('2026-03-09') }), ['2026-03-08', '2026-03-09', '2026-03-10'], /Follow-up due today/, [false, true, false]],
  ['follow-up overdue', activeCase({ caseId: A, nextFollowUp: day('2026-03-09') }), ['2026-03-09', '2026-03-10', '2026-03-11'], /^URGENT: Follow-up overdue by \d day/, [false, true, true]],
  [
    'waiting past the turnaround (14 days)',
    activeCase({ caseId: A, status: 'Submitted', submittedOn: day('2026-02-24'), submittedVia: 'Fax', scaNumber: '', writtenConfirmationOn: '' }),
    ['2026-03-10', '2026-03-11', '2026-03-12'],
    /^WARNING: .*for a decision since 2026-02-24/,
    [false, true, true],
  ],
  [
    'verbal approval without written confirmation (3 days)',
    activeCase({ caseId: A, status: 'Approved (verbal)', decisionOn: day('2026-03-06'), writtenConfirmationOn: '', startDate: day('2026-04-01') }),
    ['2026-03-09', '2026-03-10', '2026-03-11'],
    /No written confirmation 4 days after verbal approval|No written confirmation \d+ days after verbal approval/,
    [false, true, true],
  ],
];

describe('the daily check, alert by alert', () => {
  it.each(boundaries)('%s: absent the day before, flagged on the day, still flagged after as the rule says', (_kind, row, days, flag, present) => {
    const t = tracker([row], days[0]);
    days.forEach((iso, i) => {
      t.today(iso);
      t.check();
      expect({ day: iso, flagged: flag.test(t.flags(A)) }).toEqual({ day: iso, flagged: present[i] });
    });
  });

  it.each([
    [79, ''],
    [80, 'WARNING: 20 of 100 approved units left (20%)'],
    [81, 'WARNING: 19 of 100 approved units left (19%)'],
    [100, 'URGENT: All 100 approved units used'],
    [101, 'URGENT: Units used (101) exceed units approved (100) by 1'],
  ])('units: %i of 100 used gives %j', (used, expected) => {
    // A slow pace (a year in) and an end date 52 days out keep the run-out and end-date rules quiet.
    const t = tracker([activeCase({ caseId: A, unitsUsed: used, startDate: day('2025-03-09'), endDate: day('2026-04-30') })]);
    t.check();
    expect(t.flags(A)).toBe(expected);
  });

  it('clears a flag once its cause is gone (stale flags are not left behind)', () => {
    const t = tracker([activeCase({ caseId: A, nextFollowUp: day('2026-03-09') })]);
    t.check();
    expect(t.flags(A)).toMatch(/Follow-up due today/);
    t.env.writeSheet('Cases', `${String.fromCharCode(65 + t.column('Next follow-up'))}2`, [[day('2026-03-20')]]);
    t.check();
    expect(t.flags(A)).toBe('');
  });

  it('projects a run-out before the end date at the current pace of use (50 units in 28 days: 50 more last 28 days)', () => {
    const t = tracker([activeCase({ caseId: A, startDate: day('2026-02-09'), endDate: day('2026-06-30'), unitsApproved: 100, unitsUsed: 50 })]);
    t.check();
    expect(t.flags(A)).toMatch(/^WARNING: At the current pace units run out around 2026-04-06, before the end date 2026-06-30/);
  });
});

describe.each(['America/New_York', 'Europe/Berlin'])('calendar days in the spreadsheet zone %s, across its DST change', (zone) => {
  const dstDay = zone === 'America/New_York' ? '2026-03-08' : '2026-03-29';
  const dayAfter = zone === 'America/New_York' ? '2026-03-09' : '2026-03-30';
  const weekOn = zone === 'America/New_York' ? '2026-03-16' : '2026-04-06';

  it('on the day after the change, an agreement ending a week later is 7 days out and a follow-up set for the change day is 1 day overdue', () => {
    const t = tracker([activeCase({ caseId: A, endDate: day(weekOn, zone), nextFollowUp: day(dstDay, zone) })], dayAfter, zone);
    t.check();
    expect(t.flags(A).split('\n')).toEqual([`URGENT: Follow-up overdue by 1 day (${dstDay})`, `URGENT: Agreement ends in 7 days (${weekOn})`]);
  });

  it.each(['UTC', 'Pacific/Auckland'])('gives the same flags whatever the machine zone (TZ=%s)', (machineZone) => {
    const saved = process.env.TZ;
    process.env.TZ = machineZone;
    try {
      const t = tracker([activeCase({ caseId: A, endDate: day(weekOn, zone), nextFollowUp: day(dstDay, zone) })], dayAfter, zone);
      t.check();
      expect(t.flags(A)).toBe(`URGENT: Follow-up overdue by 1 day (${dstDay})\nURGENT: Agreement ends in 7 days (${weekOn})`);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
