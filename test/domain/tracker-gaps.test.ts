import type { Problem } from '../../src/domain/case';
import { brokenTrackerMessage, trackerGaps } from '../../src/domain/tracker-gaps';

const sheetGone: Problem = { code: 'missing_sheet', message: 'no sheet' };
const column = (header: string): Problem => ({ code: 'missing_column', message: `no ${header}`, column: header });

describe('tracker-gaps', () => {
  describe('trackerGaps', () => {
    it.each<[string, readonly Problem[], readonly Problem[], string[]]>([
      ['nothing missing', [], [], []],
      ['the Cases sheet', [sheetGone], [], ['the Cases sheet']],
      ['the Case ID column', [column('Case ID')], [], ['the "Case ID" column of the Cases sheet']],
      ['the Settings sheet', [], [sheetGone], ['the Settings sheet']],
      ['Cases and Settings', [sheetGone], [sheetGone], ['the Cases sheet', 'the Settings sheet']],
    ])('names %s', (_name, cases, settings, expected) => {
      expect(trackerGaps({ cases, settings })).toEqual(expected);
    });

    describe('edge cases', () => {
      it('does not count a missing column other than Case ID (it is reported on the rows)', () => {
        expect(trackerGaps({ cases: [column('Notes'), { code: 'duplicate_column', message: '' }], settings: [] })).toEqual([]);
      });

      it('does not count an invalid setting (its default applies)', () => {
        expect(trackerGaps({ cases: [], settings: [{ code: 'invalid', message: 'bad hour', column: 'Alert hour (0-23)' }] })).toEqual([]);
      });
    });
  });

  describe('brokenTrackerMessage', () => {
    it.each([
      [['the Cases sheet'], 'The tracker is missing the Cases sheet. Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker to fix it.'],
      [['the Cases sheet', 'the Settings sheet'], 'The tracker is missing the Cases sheet and the Settings sheet. Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker to fix it.'],
    ])('names %p and the fix', (gaps, message) => {
      expect(brokenTrackerMessage(gaps)).toBe(message);
    });
  });
});
