/** The Pilot review's parameter cells: defaults, dates in the spreadsheet zone, refusals. */
import { startOfDayIn } from '../../../src/domain/calendar-date';
import { parseReviewParameters } from '../../../src/app/pilot-review/review-parameters';

const TODAY = '2026-03-09';
const ZONE = 'America/New_York';
const cells = (from: unknown, to: unknown, payer: unknown = '', serviceLine: unknown = '') => ({ from, to, payer, serviceLine });

describe('review-parameters', () => {
  describe('parseReviewParameters', () => {
    it('defaults to the last 90 days and all payers when the page does not exist yet', () => {
      expect(parseReviewParameters(null, TODAY, ZONE)).toEqual({
        ok: true,
        period: { from: '2025-12-09', to: TODAY },
        filter: {},
        filled: { from: '2025-12-09', to: TODAY },
      });
    });

    it.each([ZONE, 'Australia/Sydney'])('reads date cells as calendar dates in the spreadsheet zone (%s)', (zone) => {
      const result = parseReviewParameters(cells(startOfDayIn('2026-01-01', zone), startOfDayIn('2026-03-31', zone)), TODAY, zone);
      expect(result).toMatchObject({ ok: true, period: { from: '2026-01-01', to: '2026-03-31' }, filled: {} });
    });

    it('keeps a typed ISO date and fills only the blank end', () => {
      expect(parseReviewParameters(cells('2026-02-01', ''), TODAY, ZONE)).toMatchObject({ ok: true, period: { from: '2026-02-01', to: TODAY }, filled: { to: TODAY } });
    });

    it('trims the payer and service line; blank means all', () => {
      expect(parseReviewParameters(cells('', '', ' Blue Plan ', 'ABA'), TODAY, ZONE)).toMatchObject({ filter: { payer: 'Blue Plan', serviceLine: 'ABA' } });
      expect(parseReviewParameters(cells('', '', '  ', ''), TODAY, ZONE)).toMatchObject({ filter: {} });
    });

    it.each([
      ['To before From', cells('2026-03-01', '2026-02-01'), /To \(2026-02-01\) is before From \(2026-03-01\)/],
      ['a text From', cells('last month', ''), /From \(A2\) must be a date.*"last month"/],
      ['an impossible To', cells('', '2026-02-30'), /To \(B2\) must be a date/],
      ['a number', cells(45000, ''), /From \(A2\) must be a date.*"45000"/],
    ])('refuses %s with a message saying which cell to fix', (_label, input, message) => {
      const result = parseReviewParameters(input, TODAY, ZONE);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    });

    describe('edge cases', () => {
      it('accepts a one-day period', () => {
        expect(parseReviewParameters(cells('2026-03-09', '2026-03-09'), TODAY, ZONE)).toMatchObject({ ok: true });
      });

      it('refuses a blank From whose default falls after a typed To', () => {
        expect(parseReviewParameters(cells('', '2025-01-01'), TODAY, ZONE)).toMatchObject({ ok: false });
      });
    });
  });
});
