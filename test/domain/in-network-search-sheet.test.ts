import { startOfDayIn } from '../../src/domain/calendar-date';
import {
  IN_NETWORK_SEARCH_HEADERS,
  attemptCounts,
  attemptsFor,
  mapInNetworkSearchHeaders,
  parseInNetworkAttemptRow,
  type InNetworkAttempt,
} from '../../src/domain/in-network-search-sheet';

const MAP = mapInNetworkSearchHeaders(IN_NETWORK_SEARCH_HEADERS);
const ctx = { timeZone: 'Asia/Kolkata', rowNumber: 4 };

describe('in-network-search-sheet', () => {
  it('exports the header row setup creates', () => {
    expect(IN_NETWORK_SEARCH_HEADERS).toEqual(['Case ID', 'Date', 'Provider contacted', 'In network?', 'Wait offered (days)', 'Distance (miles)', 'Why unsuitable']);
    expect(MAP.missing).toEqual([]);
  });

  describe('parseInNetworkAttemptRow', () => {
    it('reads a row', () => {
      const cells = ['SCA-0001', startOfDayIn('2026-03-29', 'Asia/Kolkata'), 'Northside', 'Yes', 45, '12.5', 'no openings'];
      expect(parseInNetworkAttemptRow(cells, MAP, ctx)).toEqual({
        kind: 'entry',
        rowNumber: 4,
        problems: [],
        entry: { caseId: 'SCA-0001', date: '2026-03-29', provider: 'Northside', inNetwork: true, waitDays: 45, distanceMiles: 12.5, whyUnsuitable: 'no openings' },
      });
    });

    it.each([
      ['Yes', true],
      ['y', true],
      [true, true],
      ['TRUE', true],
      ['No', false],
      [false, false],
      ['', null],
    ])('reads In network? %p as %p', (cell, expected) => {
      const r = parseInNetworkAttemptRow(['SCA-1', '', 'X', cell], MAP, ctx);
      expect(r.kind === 'entry' && r.entry.inNetwork).toBe(expected);
    });

    it.each([
      [['SCA-1', '', 'X', 'maybe'], ['not_in_list']],
      [['SCA-1', '', 'X', '#N/A'], ['cell_error']],
      [['', 'someday', 'X', '', -5, 'far'], ['missing_value', 'not_a_date', 'negative_number', 'not_a_number']],
    ])('reports the bad cells of %p', (cells, codes) => {
      const r = parseInNetworkAttemptRow(cells, MAP, ctx);
      expect(r.kind === 'entry' && r.problems.map((p) => p.code)).toEqual(codes);
    });

    it('skips a blank row', () => expect(parseInNetworkAttemptRow(['', '', '  '], MAP, ctx)).toEqual({ kind: 'blank', rowNumber: 4 }));
    it('never throws on a non-array', () => expect(parseInNetworkAttemptRow(undefined as unknown as unknown[], MAP, ctx).kind).toBe('blank'));
  });

  describe('attemptsFor', () => {
    const a = (caseId: string, inNetwork: boolean | null): InNetworkAttempt => ({
      caseId,
      date: null,
      provider: 'P',
      inNetwork,
      waitDays: null,
      distanceMiles: null,
      whyUnsuitable: '',
    });
    it('counts the case’s rows not marked out of network, matching Case IDs loosely', () => {
      const log = [a('SCA-0001', true), a(' sca-0001 ', null), a('SCA-0001', false), a('SCA-0002', true)];
      expect(attemptsFor('SCA-0001', log)).toHaveLength(2);
    });

    it('agrees with attemptCounts, which counts every case in one pass', () => {
      const log = [a('SCA-0001', true), a(' sca-0001 ', null), a('SCA-0001', false), a('SCA-0002', true)];
      const counts = attemptCounts(log);
      expect([...counts.values()].sort()).toEqual([1, 2]);
      expect(counts.size).toBe(2);
    });
  });
});
