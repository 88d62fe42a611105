/**
 * The visit check, rule by rule at its boundaries, with the visits read from Date cells at local midnight
 * in each of two zones (as Sheets stores them) — so a DST change or a zone offset cannot move a visit into
 * another day, week or month.
 */
import { startOfDayIn } from '../../../src/domain/calendar-date';
import type { ScaCase } from '../../../src/domain/case';
import { poolsOf } from '../../../src/domain/terms-visits/allowance-pool';
import type { AllowancePeriod, TermsLine } from '../../../src/domain/terms-visits/terms-sheet';
import { checkCaseVisits, type VisitInput } from '../../../src/domain/terms-visits/visit-check';
import { mapVisitsHeaders, parseVisitRow, VISITS_HEADERS } from '../../../src/domain/terms-visits/visits-sheet';
import type { VisitPolicy } from '../../../src/domain/vocabulary';
import { aCase } from '../builders';

const ACTIVE = aCase().withStatus('Active').writtenOn('2026-02-20').build();

function line(code: string, units: number, per: AllowancePeriod, start = '2026-03-01', end = '2026-06-30', rowNumber = 2): TermsLine {
  return { rowNumber, caseId: 'SCA-0001', code, modifier: '', units, per, rate: 50, start, end, note: '' };
}

type Visit = readonly [date: string, code: string, units: number];

/** Visits as Sheets returns them in `timeZone` (Date at local midnight; the code as a number), parsed. */
function visitsIn(timeZone: string, visits: readonly Visit[]): VisitInput[] {
  const map = mapVisitsHeaders(VISITS_HEADERS);
  return visits.map(([date, code, units], i) => {
    const parsed = parseVisitRow(['SCA-0001', startOfDayIn(date, timeZone), Number(code), units, '', '', ''], map, { timeZone, rowNumber: i + 2 });
    if (parsed.kind !== 'entry') throw new Error('blank');
    const { entry } = parsed;
    return { rowNumber: parsed.rowNumber, date: entry.dateOfService, code: entry.code, units: entry.units, problems: parsed.problems };
  });
}

/** 'ok', 'warning:over_allowance', 'refused:outside_dates' … in row order. */
function results(c: ScaCase | null, lines: readonly TermsLine[], policy: VisitPolicy, visits: readonly VisitInput[]): string[] {
  const outcomes = checkCaseVisits(c, c ? poolsOf(c, lines) : [], policy, visits);
  return [...outcomes].sort((a, b) => a.rowNumber - b.rowNumber).map((o) => [o.result, ...o.reasons.map((r) => r.code)].join(':'));
}

const ZONES = ['America/New_York', 'Europe/Berlin'];

describe.each(ZONES)('checkCaseVisits in %s', (zone) => {
  const month24 = [line('97153', 24, 'month')];
  const week8 = [line('97155', 8, 'week')];
  const total10 = [line('90837', 10, 'total')];

  it.each<[string, readonly TermsLine[], readonly Visit[], readonly string[]]>([
    ['the first day of the line is in', month24, [['2026-03-01', '97153', 1]], ['ok']],
    ['the day before the first is out', month24, [['2026-02-28', '97153', 1]], ['refused:outside_dates']],
    ['the last day of the line is in', month24, [['2026-06-30', '97153', 1]], ['ok']],
    ['the day after the last is out', month24, [['2026-07-01', '97153', 1]], ['refused:outside_dates']],
    ['a code on no line', month24, [['2026-03-10', '97155', 1]], ['refused:code_not_on_terms']],
    ['exactly the last unit of the total', total10, [['2026-03-02', '90837', 9], ['2026-06-30', '90837', 1]], ['ok', 'ok']],
    ['one unit over the total', total10, [['2026-03-02', '90837', 9], ['2026-06-30', '90837', 2]], ['ok', 'refused:over_allowance']],
    ['exactly the month allowance on its last day', month24, [['2026-03-02', '97153', 20], ['2026-03-31', '97153', 4]], ['ok', 'ok']],
    ['one over the month allowance', month24, [['2026-03-02', '97153', 20], ['2026-03-31', '97153', 5]], ['ok', 'refused:over_allowance']],
    ['the month resets on the 1st', month24, [['2026-03-31', '97153', 24], ['2026-04-01', '97153', 24]], ['ok', 'ok']],
    // US clocks change on Sun 2026-03-08, Europe's on Sun 2026-03-29: both weeks run Monday–Sunday.
    ['the US DST week: Monday and Sunday share one allowance', week8, [['2026-03-02', '97155', 4], ['2026-03-08', '97155', 4]], ['ok', 'ok']],
    ['the US DST week: one over on its Sunday', week8, [['2026-03-02', '97155', 4], ['2026-03-08', '97155', 5]], ['ok', 'refused:over_allowance']],
    ['the week resets on Monday after the US DST Sunday', week8, [['2026-03-08', '97155', 8], ['2026-03-09', '97155', 8]], ['ok', 'ok']],
    ['the EU DST week: Monday and Sunday share one allowance', week8, [['2026-03-23', '97155', 8], ['2026-03-29', '97155', 1]], ['ok', 'refused:over_allowance']],
    ['the week resets on Monday after the EU DST Sunday', week8, [['2026-03-29', '97155', 8], ['2026-03-30', '97155', 8]], ['ok', 'ok']],
    ['the first week is clipped to the line start (Sunday 1 March)', week8, [['2026-03-01', '97155', 8], ['2026-03-02', '97155', 8]], ['ok', 'ok']],
    ['visits are checked in date order, not row order', total10, [['2026-06-30', '90837', 2], ['2026-03-02', '90837', 9]], ['refused:over_allowance', 'ok']],
    ['a refused visit uses no units', total10, [['2026-03-02', '90837', 11], ['2026-03-03', '90837', 10]], ['refused:over_allowance', 'ok']],
  ])('%s', (_name, lines, visits, expected) => {
    expect(results(ACTIVE, lines, 'Block', visitsIn(zone, visits))).toEqual(expected);
  });

  describe('the plan visit policy decides what a breach does', () => {
    const over: readonly Visit[] = [['2026-03-02', '90837', 10], ['2026-03-03', '90837', 1]];
    it.each<[VisitPolicy, readonly string[]]>([
      ['Block', ['ok', 'refused:over_allowance']],
      ['Warn', ['ok', 'warning:over_allowance']],
      ['Allow', ['ok', 'ok:over_allowance']],
    ])('%s', (policy, expected) => {
      expect(results(ACTIVE, total10, policy, visitsIn(zone, over))).toEqual(expected);
    });

    it('an accepted over-allowance visit still uses its units (a warning is billed)', () => {
      const visits = visitsIn(zone, [['2026-03-02', '90837', 11], ['2026-03-03', '90837', 1]]);
      expect(results(ACTIVE, total10, 'Warn', visits)).toEqual(['warning:over_allowance', 'warning:over_allowance']);
    });
  });

  describe('the case must be Active with written confirmation', () => {
    it.each<[string, ScaCase, string]>([
      ['Active with written confirmation', ACTIVE, 'ok'],
      ['Active without written confirmation', aCase().withStatus('Active').build(), 'refused:no_written_agreement'],
      ['Approved (written), not yet Active', aCase().withStatus('Approved (written)').writtenOn('2026-02-20').build(), 'refused:no_written_agreement'],
      ['Closed', aCase().withStatus('Closed').writtenOn('2026-02-20').build(), 'refused:no_written_agreement'],
    ])('%s', (_name, c, expected) => {
      expect(results(c, month24, 'Block', visitsIn(zone, [['2026-03-10', '97153', 1]]))).toEqual([expected]);
    });
  });

  it('gathers every broken rule of one visit', () => {
    const c = aCase().withStatus('Approved (verbal)').build();
    expect(results(c, month24, 'Warn', visitsIn(zone, [['2026-07-01', '97153', 30]]))).toEqual(['warning:no_written_agreement:outside_dates']);
  });

  it('two lines of one code: a visit goes to the line whose dates hold it', () => {
    const lines = [line('97153', 10, 'total', '2026-03-01', '2026-03-31', 2), line('97153', 10, 'total', '2026-04-01', '2026-04-30', 3)];
    const outcomes = checkCaseVisits(ACTIVE, poolsOf(ACTIVE, lines), 'Block', visitsIn(zone, [['2026-03-31', '97153', 10], ['2026-04-01', '97153', 10]]));
    expect(outcomes.map((o) => [o.result, o.pool])).toEqual([['ok', 0], ['ok', 1]]);
  });
});

describe('checkCaseVisits edge cases', () => {
  it('refuses a visit for a Case ID on no case, whatever the policy', () => {
    expect(results(null, [], 'Allow', visitsIn('UTC', [['2026-03-10', '97153', 1]]))).toEqual(['refused:unknown_case']);
  });

  it('refuses a row with bad cells, whatever the policy', () => {
    const bad: VisitInput = { rowNumber: 2, date: null, code: '', units: null, problems: [{ code: 'bad_date', message: 'Date of service: not a date' }] };
    expect(results(ACTIVE, [line('97153', 24, 'month')], 'Allow', [bad])).toEqual(['refused:bad_row']);
  });

  it('without Terms lines the case columns are one pool: its codes share its units and dates', () => {
    const c = aCase({ approvedCodes: ['90837', '90834'], unitsApproved: 3, startDate: '2026-03-01', endDate: '2026-03-31' })
      .withStatus('Active').writtenOn('2026-02-20').build();
    const visits = visitsIn('UTC', [['2026-03-02', '90837', 2], ['2026-03-03', '90834', 1], ['2026-03-04', '90834', 1], ['2026-04-01', '90837', 1], ['2026-03-05', '97153', 1]]);
    expect(results(c, [], 'Block', visits)).toEqual(['ok', 'ok', 'refused:over_allowance', 'refused:outside_dates', 'refused:code_not_on_terms']);
  });
});
