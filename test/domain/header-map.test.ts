import { CASE_COLUMNS } from '../../src/domain/case-columns';
import { mapColumns, mapHeaders } from '../../src/domain/header-map';

const HEADERS = CASE_COLUMNS.map((c) => c.header);

describe('header-map', () => {
  describe('mapHeaders', () => {
    it('maps every Cases column in setup order and reports nothing missing', () => {
      const map = mapHeaders(HEADERS);
      expect(map.missing).toEqual([]);
      expect(map.columns.caseId).toBe(0);
      expect(map.columns['packet:Credentials']).toBe(HEADERS.indexOf('Packet: Credentials'));
      expect(map.headers.endDate).toBe('End date');
    });

    it.each([
      ['case id', 'caseId'],
      ['  CASE   ID ', 'caseId'],
      ['Payer Reference #', 'payerReference'],
      ['payer reference#', 'payerReference'],
      ['packet:credentials', 'packet:Credentials'],
      ['Packet :  Member & Diagnosis', 'packet:Member & diagnosis'],
      ['SCA#', 'scaNumber'],
    ] as const)('finds %p as %s (case, spacing and punctuation spacing do not matter)', (header, field) => {
      expect(mapHeaders(['Something else', header]).columns[field]).toBe(1);
    });

    it('finds columns after the user reorders them and ignores unknown columns', () => {
      const map = mapHeaders(['Notes', 'My column', 'Status', 'Case ID', 42, null]);
      expect(map.columns).toEqual({ notes: 0, status: 2, caseId: 3 });
      expect(map.missing).toContain('endDate');
      expect(map.missing).not.toContain('status');
    });

    it('prefers developer metadata over header text, so a renamed column is still found', () => {
      const map = mapHeaders(['Case ID', 'Ends', 'End date'], { endDate: 1 });
      expect(map.columns.endDate).toBe(1);
      expect(map.duplicates).toEqual([2]);
    });

    it.each([
      ['outside the row', { endDate: 9 }],
      ['negative', { endDate: -1 }],
      ['fractional', { endDate: 1.5 }],
    ])('ignores metadata %s and falls back to header text', (_why, metadata) => {
      expect(mapHeaders(['Case ID', 'End date'], metadata).columns.endDate).toBe(1);
    });

    it('does not let header text claim a column metadata gave to another field', () => {
      const map = mapHeaders(['End date', 'Start date'], { startDate: 0 });
      expect(map.columns).toEqual({ startDate: 0 });
      expect(map.missing).toContain('endDate');
    });

    it('keeps the first of two columns with the same header and reports the second', () => {
      const map = mapHeaders(['Status', 'Notes', 'status']);
      expect(map.columns.status).toBe(0);
      expect(map.duplicates).toEqual([2]);
    });

    it('maps an empty header row to nothing', () => {
      expect(mapHeaders([]).missing).toHaveLength(CASE_COLUMNS.length);
    });
  });

  describe('mapColumns', () => {
    it('works for any sheet spec', () => {
      const map = mapColumns([' date ', 'Case id'], [
        { field: 'caseId', header: 'Case ID' },
        { field: 'date', header: 'Date' },
        { field: 'units', header: 'Units' },
      ]);
      expect(map.columns).toEqual({ caseId: 1, date: 0 });
      expect(map.missing).toEqual(['units']);
    });
  });
});
