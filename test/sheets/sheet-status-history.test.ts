/** The History reader on the emulated spreadsheet (the adapter takes the Spreadsheet, no globals). */
import { createEnvironment, type CellValue, type Environment } from '../../dev/emulator';
import { SheetStatusHistory } from '../../src/sheets/sheet-status-history';

const HEADER = ['When', 'Who', 'Case ID', 'Field', 'Old value', 'New value', 'Via'];

function withHistory(rows: CellValue[][], timeZone = 'America/New_York'): Environment {
  const env = createEnvironment({ now: '2026-03-09T15:00:00Z', timeZone });
  env.writeSheet('History', 'A1', rows);
  env.calls.reset();
  return env;
}

describe('SheetStatusHistory', () => {
  describe('statusChanges', () => {
    it('returns no events when there is no History sheet', () => {
      expect(new SheetStatusHistory(createEnvironment().spreadsheet, 'UTC').statusChanges()).toEqual([]);
    });

    it('reads Status rows only, with a blank old value as the creation', () => {
      const env = withHistory([
        HEADER,
        [new Date('2026-02-02T15:00:00Z'), 'a@clinic.example', 'SCA-0001', 'Status', '', 'Identified', 'menu'],
        [new Date('2026-02-03T15:00:00Z'), 'a@clinic.example', 'SCA-0001', 'Packet: Credentials', 'FALSE', 'TRUE', 'sheet edit'],
        [new Date('2026-02-09T15:00:00Z'), 'a@clinic.example', 'SCA-0001', 'Status', 'Identified', 'Submitted', 'sidebar'],
      ]);
      expect(new SheetStatusHistory(env.spreadsheet, 'America/New_York').statusChanges()).toEqual([
        { caseId: 'SCA-0001', date: '2026-02-02', from: '', to: 'Identified' },
        { caseId: 'SCA-0001', date: '2026-02-09', from: 'Identified', to: 'Submitted' },
      ]);
    });

    it('finds columns by header when the log was reordered', () => {
      const env = withHistory([
        ['New value', 'Case ID', 'Field', 'When', 'Old value'],
        ['Denied', 'SCA-0002', 'Status', new Date('2026-02-10T15:00:00Z'), 'Submitted'],
      ]);
      expect(new SheetStatusHistory(env.spreadsheet, 'America/New_York').statusChanges()).toEqual([
        { caseId: 'SCA-0002', date: '2026-02-10', from: 'Submitted', to: 'Denied' },
      ]);
    });

    it.each([
      ['America/New_York', '2026-03-08'],
      ['Europe/Berlin', '2026-03-09'],
    ])('takes the calendar date of When in the spreadsheet zone (%s)', (zone, date) => {
      // 03:30 UTC on 2026-03-09 is still the evening of the 8th in New York.
      const env = withHistory([HEADER, [new Date('2026-03-09T03:30:00Z'), '', 'SCA-0003', 'Status', 'Submitted', 'Approved (verbal)', 'sheet edit']], zone);
      expect(new SheetStatusHistory(env.spreadsheet, zone).statusChanges()[0]?.date).toBe(date);
    });

    describe('edge cases', () => {
      it('skips rows that do not read as a status change', () => {
        const env = withHistory([
          HEADER,
          ['not a date', '', 'SCA-0001', 'Status', '', 'Identified', 'menu'],
          [new Date('2026-02-02T15:00:00Z'), '', '', 'Status', '', 'Identified', 'menu'],
          [new Date('2026-02-02T15:00:00Z'), '', 'SCA-0001', 'Status', 'Identified', 'Maybe later', 'menu'],
          [new Date('2026-02-02T15:00:00Z'), '', 'SCA-0001', 'Status', 'Nowhere', 'Submitted', 'menu'],
          ['', '', '', '', '', '', ''],
        ]);
        expect(new SheetStatusHistory(env.spreadsheet, 'America/New_York').statusChanges()).toEqual([]);
      });

      it('returns nothing when a needed column is missing', () => {
        const env = withHistory([['When', 'Case ID', 'Field'], [new Date(), 'SCA-0001', 'Status']]);
        expect(new SheetStatusHistory(env.spreadsheet, 'UTC').statusChanges()).toEqual([]);
      });

      it('reads the whole log in one getValues, however long', () => {
        const rows: CellValue[][] = [HEADER];
        for (let i = 0; i < 500; i += 1) rows.push([new Date('2026-02-02T15:00:00Z'), '', `SCA-${i}`, 'Status', '', 'Identified', 'menu']);
        const env = withHistory(rows);
        expect(new SheetStatusHistory(env.spreadsheet, 'UTC').statusChanges()).toHaveLength(500);
        expect(env.calls.get('Range.getValues')).toBe(1);
      });
    });
  });
});
