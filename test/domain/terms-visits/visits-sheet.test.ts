import { startOfDayIn } from '../../../src/domain/calendar-date';
import { VISITS_HEADERS, mapVisitsHeaders, parseVisitRow } from '../../../src/domain/terms-visits/visits-sheet';

const MAP = mapVisitsHeaders(VISITS_HEADERS);
const ctx = { timeZone: 'Europe/Berlin', rowNumber: 3 };

describe('visits-sheet', () => {
  it('exports the header row setup creates', () => {
    expect(VISITS_HEADERS).toEqual(['Case ID', 'Date of service', 'Code', 'Units', 'Check result', 'Note', 'Reason']);
  });

  describe('parseVisitRow', () => {
    it('reads a visit on a DST day', () => {
      const cells = ['SCA-0003', startOfDayIn('2026-03-29', 'Europe/Berlin'), 97153, 4, ''];
      expect(parseVisitRow(cells, MAP, ctx)).toEqual({
        kind: 'entry',
        rowNumber: 3,
        problems: [],
        entry: { caseId: 'SCA-0003', dateOfService: '2026-03-29', code: '97153', units: 4, checkResult: '', note: '' },
      });
    });

    it.each([
      [['SCA-1', '2026-03-01', '90837, 90834', 1], ['one_code_per_visit']],
      [['SCA-1', '', '', ''], ['missing_value', 'missing_value', 'missing_value']],
      [['SCA-1', '2026-03-01', 'therapy', 1.5], ['bad_code', 'not_whole']],
    ])('reports the bad cells of %p', (cells, codes) => {
      const r = parseVisitRow(cells, MAP, ctx);
      expect(r.kind === 'entry' && r.problems.map((p) => p.code)).toEqual(codes);
      expect(r.kind === 'entry' && r.entry.code).toBe('');
    });

    it('treats a row with only a left-over check result as blank', () => {
      expect(parseVisitRow(['', '', '', '', 'warning', '', 'after the end date'], MAP, ctx).kind).toBe('blank');
    });
  });
});
