/** The History adapter on the emulated spreadsheet: each value under its header, in the fewest round trips. */
import { createEnvironment, type Environment } from '../../dev/emulator';
import type { HistoryEntry } from '../../src/ports/history-log';
import { SheetHistoryLog } from '../../src/sheets/sheet-history-log';

const HEADERS = ['When', 'Who', 'Case ID', 'Field', 'Old value', 'New value', 'Via'];
const AT = new Date('2026-03-09T15:00:00Z');

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  at: AT,
  user: 'jo@clinic.example',
  caseId: 'SCA-0001',
  field: 'Status',
  from: 'Identified',
  to: 'Assembling packet',
  via: 'sheet edit',
  ...over,
});

function withHistory(header: string[]): Environment {
  const env = createEnvironment({ now: '2026-03-09T15:00:00Z' });
  env.writeSheet('History', 'A1', [header]);
  env.calls.reset();
  return env;
}

/** The last History row as header → value. */
function lastLine(env: Environment): Record<string, unknown> {
  const rows = env.readSheet('History');
  const header = rows[0] ?? [];
  const last = rows.at(-1) ?? [];
  return Object.fromEntries(header.map((h, i) => [String(h), last[i]]).filter(([h]) => h !== ''));
}

const LINE = { When: AT, Who: 'jo@clinic.example', 'Case ID': 'SCA-0001', Field: 'Status', 'Old value': 'Identified', 'New value': 'Assembling packet', Via: 'sheet edit' };

describe('SheetHistoryLog', () => {
  describe('append', () => {
    it('appends a hand edit\'s line with one header read and one appendRow (no width, size or room asked)', () => {
      const env = withHistory(HEADERS);
      new SheetHistoryLog(env.spreadsheet).append([entry()]);
      expect(lastLine(env)).toEqual(LINE);
      expect(env.calls.snapshot()).toEqual({ 'Sheet.appendRow': 1, 'Sheet.getSheetValues': 1, 'Spreadsheet.getSheetByName': 1 });
    });

    it('places each value under its header when the clinic reordered the columns, still in one header read', () => {
      const env = withHistory(['Case ID', 'When', 'Field', 'New value', 'Old value', 'Who', 'Via']);
      new SheetHistoryLog(env.spreadsheet).append([entry()]);
      expect(lastLine(env)).toEqual(LINE);
      expect(env.calls.get('Sheet.getLastColumn')).toBe(0);
    });

    it('reads the whole header row when a header is not among the first seven cells (a column inserted before them)', () => {
      const env = withHistory(['Reviewed?', ...HEADERS]);
      new SheetHistoryLog(env.spreadsheet).append([entry()]);
      expect(lastLine(env)).toEqual({ ...LINE, 'Reviewed?': '' });
      // The first seven cells, then the whole row (one getSheetValues through the last column with data).
      expect(env.calls.get('Sheet.getSheetValues')).toBe(2);
    });

    it('writes old and new values inert: a leading = stays text', () => {
      const env = withHistory(HEADERS);
      new SheetHistoryLog(env.spreadsheet).append([entry({ field: 'Notes', from: '=1+1', to: '+42' })]);
      expect(lastLine(env)).toMatchObject({ 'Old value': '=1+1', 'New value': '+42' });
    });

    it('writes more than three lines in one batched write', () => {
      const env = withHistory(HEADERS);
      new SheetHistoryLog(env.spreadsheet).append([1, 2, 3, 4].map((i) => entry({ caseId: `SCA-000${i}` })));
      expect(env.readSheet('History').slice(1).map((r) => r[2])).toEqual(['SCA-0001', 'SCA-0002', 'SCA-0003', 'SCA-0004']);
      expect([env.calls.get('Sheet.appendRow'), env.calls.get('Range.setValues')]).toEqual([0, 1]);
    });

    describe('edge cases', () => {
      it('a History narrower than its seven headers (columns deleted) gets the missing header added, nothing thrown', () => {
        const env = withHistory(HEADERS.slice(0, 5));
        const sheet = env.spreadsheet.getSheetByName('History');
        sheet?.deleteColumns(6, (sheet?.getMaxColumns() ?? 6) - 5);
        new SheetHistoryLog(env.spreadsheet).append([entry()]);
        expect(lastLine(env)).toEqual(LINE);
      });

      it('a missing History sheet is created with its headers', () => {
        const env = createEnvironment({ now: '2026-03-09T15:00:00Z' });
        new SheetHistoryLog(env.spreadsheet).append([entry()]);
        expect(env.readSheet('History')[0]).toEqual(HEADERS);
        expect(lastLine(env)).toEqual(LINE);
      });
    });
  });
});
