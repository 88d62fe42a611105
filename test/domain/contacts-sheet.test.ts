import { startOfDayIn } from '../../src/domain/calendar-date';
import { CONTACTS_HEADERS, mapContactsHeaders, parseContactRow } from '../../src/domain/contacts-sheet';

const MAP = mapContactsHeaders(CONTACTS_HEADERS);
const ctx = { timeZone: 'America/New_York', rowNumber: 9 };

describe('contacts-sheet', () => {
  it('exports the header row setup creates', () => {
    expect(CONTACTS_HEADERS).toEqual(['Case ID', 'Date', 'Type', 'Direction', 'Person / department', 'Summary', 'Offered rate', 'Offered units', 'Next step', 'Reference #', 'Offered start', 'Offered end']);
  });

  describe('parseContactRow', () => {
    it('reads an offer', () => {
      const cells = ['SCA-0002', startOfDayIn('2026-11-01', 'America/New_York'), 'offer', 'From payer', 'UM dept', '110% of Medicare', '$98.40', 24, 'counter at $120'];
      expect(parseContactRow(cells, MAP, ctx)).toEqual({
        kind: 'entry',
        rowNumber: 9,
        problems: [],
        entry: {
          caseId: 'SCA-0002',
          date: '2026-11-01',
          type: 'Offer',
          direction: 'From payer',
          person: 'UM dept',
          summary: '110% of Medicare',
          offeredRate: 98.4,
          offeredUnits: 24,
          nextStep: 'counter at $120',
          reference: '',
          offeredStart: null,
          offeredEnd: null,
        },
      });
    });

    it.each([
      [['SCA-1', '', 'Letter'], ['not_in_list']],
      [['SCA-1', '', ''], ['missing_value']],
      [['', '', 'Call', 'Sideways'], ['missing_value', 'not_in_list']],
      [['SCA-1', '', 'Offer', '', '', '', '-1', 2.5], ['negative_number', 'not_whole']],
    ])('reports the bad cells of %p', (cells, codes) => {
      const r = parseContactRow(cells, MAP, ctx);
      expect(r.kind === 'entry' && r.problems.map((p) => p.code)).toEqual(codes);
    });

    it('skips a blank row', () => expect(parseContactRow([], MAP, ctx).kind).toBe('blank'));

    it.each([
      ['Call', 'Phone'],
      ['phone call', 'Phone'],
      ['Portal message', 'Portal'],
      ['Phone', 'Phone'],
      ['counter', 'Counter-offer'],
    ])('reads the older type word %p as %p (one vocabulary with Submitted via)', (word, type) => {
      const r = parseContactRow(['SCA-0001', '', word], MAP, ctx);
      expect(r.kind === 'entry' && [r.entry.type, r.problems]).toEqual([type, []]);
    });

    it('reads the reference and offered dates', () => {
      const day = (iso: string) => startOfDayIn(iso, 'America/New_York');
      const cells = ['SCA-0002', day('2026-11-01'), 'Offer', '', '', '', '', '', '', 'REF-9', day('2026-12-01'), day('2027-05-31')];
      const r = parseContactRow(cells, MAP, ctx);
      expect(r.kind === 'entry' && [r.entry.reference, r.entry.offeredStart, r.entry.offeredEnd]).toEqual(['REF-9', '2026-12-01', '2027-05-31']);
    });
  });
});
