/**
 * Conformance: what a person does to rows in Sheets, and the events that follow.
 * - "Event Objects" (Apps Script guides › triggers › events), Change (installable): authMode FULL, changeType
 *   one of EDIT, INSERT_ROW, INSERT_COLUMN, REMOVE_ROW, REMOVE_COLUMN, INSERT_GRID, REMOVE_GRID, FORMAT, OTHER;
 *   no range; a typed value or paste fires it too, as EDIT. Edit (simple and installable): e.range is the edited cell or range; e.value / e.oldValue only
 *   when a single cell was edited.
 * - "Enum EventType": ON_EDIT fires "by entering a new value into a cell, which counts as an edit instead of a
 *   change"; ON_CHANGE "by adding a row, which counts as a change instead of an edit" — so a row insert or
 *   delete runs no onEdit, simple or installed.
 * - Sorting moves cells and types nothing: no onEdit. The change type Sheets reports for a sort is not in the
 *   reference; write-ups of onChange report OTHER for it, which the emulator copies.
 */
import { createTestEnvironment, FIXTURES } from './environment-factory';

function setup() {
  const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
  const addOn = env.loadBundle(FIXTURES);
  env.writeSheet('Sheet1', 'A1', [['Case ID', 'Status'], ['SCA-0002', 'Submitted'], ['SCA-0001', 'Identified']]);
  addOn.run('installChangeTrigger');
  addOn.run('installEditTrigger');
  return { env, addOn };
}

describe('a person changing rows', () => {
  describe('userInsertRows', () => {
    it('inserts empty rows at the position and fires onChange INSERT_ROW, not onEdit', () => {
      const { env, addOn } = setup();
      addOn.userInsertRows('Sheet1', 2, 2);
      expect(env.readSheet('Sheet1').map((r) => r[0])).toEqual(['Case ID', '', '', 'SCA-0002', 'SCA-0001']);
      expect(env.spreadsheet.getSheetByName('Sheet1')?.getMaxRows()).toBe(1002);
      expect(addOn.run('changesSeen')).toEqual([{ mode: 'FULL', changeType: 'INSERT_ROW', triggerUid: expect.any(String), hasRange: false, source: 'emulated-spreadsheet-id' }]);
      expect(addOn.run('lastEdit')).toBeUndefined();
      expect(addOn.run('lastInstalledEdit')).toBeUndefined();
    });

    it('gives the new rows the formats and validation of the row above (Sheets API: inheritFromBefore)', () => {
      const { env, addOn } = setup();
      const sheet = env.spreadsheet.getSheetByName('Sheet1');
      const rule = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).newDataValidation().requireValueInList(['Identified', 'Submitted'], true).build();
      sheet?.getRange('B2:B3').setDataValidation(rule).setBackground('#fce8e6');
      sheet?.getRange('A1:B1').setFontWeight('bold');
      addOn.userInsertRows('Sheet1', 3);
      expect(sheet?.getRange('B3').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Identified', 'Submitted']);
      expect(sheet?.getRange('B3').getBackground()).toBe('#fce8e6');
      addOn.userInsertRows('Sheet1', 2);
      expect(sheet?.getRange('A2').getFontWeight()).toBe('bold');
      expect(sheet?.getRange('B2').getDataValidation()).toBeNull();
    });

    it('adds a row below the header of a sheet with nothing but its header', () => {
      const { env, addOn } = setup();
      env.writeSheet('History', 'A1', [['When', 'Who']]);
      addOn.userInsertRows('History', 2);
      addOn.userEdit('History', 'B2', 'someone');
      expect(env.readSheet('History')).toEqual([['When', 'Who'], ['', 'someone']]);
    });
  });

  describe('userDeleteRows', () => {
    it('deletes the rows and fires onChange REMOVE_ROW, not onEdit', () => {
      const { env, addOn } = setup();
      addOn.userDeleteRows('Sheet1', 2);
      expect(env.readSheet('Sheet1').map((r) => r[0])).toEqual(['Case ID', 'SCA-0001']);
      expect(addOn.run('changesSeen')).toMatchObject([{ changeType: 'REMOVE_ROW' }]);
      expect(addOn.run('lastEdit')).toBeUndefined();
    });

    it('refuses to delete every non-frozen row, as Sheets does', () => {
      const { env, addOn } = setup();
      env.spreadsheet.getSheetByName('Sheet1')?.setFrozenRows(1);
      expect(() => addOn.userDeleteRows('Sheet1', 2, 999)).toThrow('not possible to delete all non-frozen rows');
      expect(addOn.run('changesSeen')).toEqual([]);
    });
  });

  describe('userSort', () => {
    it('sorts below the frozen header, fires no onEdit and reports the change as OTHER', () => {
      const { env, addOn } = setup();
      env.spreadsheet.getSheetByName('Sheet1')?.setFrozenRows(1);
      addOn.userSort('Sheet1', 1, true);
      expect(env.readSheet('Sheet1').map((r) => r[0])).toEqual(['Case ID', 'SCA-0001', 'SCA-0002']);
      addOn.userSort('Sheet1', 2, false);
      expect(env.readSheet('Sheet1').map((r) => r[1])).toEqual(['Status', 'Submitted', 'Identified']);
      expect(addOn.run('lastEdit')).toBeUndefined();
      expect(addOn.run('lastInstalledEdit')).toBeUndefined();
      expect(addOn.run('changesSeen')).toMatchObject([{ changeType: 'OTHER' }, { changeType: 'OTHER' }]);
    });
  });

  describe('userFilter', () => {
    it('hides rows without changing any value or firing a trigger', () => {
      const { env, addOn } = setup();
      addOn.userFilter('Sheet1', 2, { hiddenValues: ['Submitted'], visibleValues: null, condition: null });
      const sheet = env.spreadsheet.getSheetByName('Sheet1');
      expect([2, 3].map((r) => sheet?.isRowHiddenByFilter(r))).toEqual([true, false]);
      expect(sheet?.getFilter()?.getRange().getA1Notation()).toBe('A1:B3');
      expect(env.readSheet('Sheet1')).toHaveLength(3);
      expect(addOn.run('changesSeen')).toEqual([]);
      expect(addOn.run('lastEdit')).toBeUndefined();
      addOn.userRemoveFilter('Sheet1');
      expect(sheet?.getFilter()).toBeNull();
      expect(sheet?.isRowHiddenByFilter(2)).toBe(false);
    });
  });

  describe('userPaste', () => {
    it('fires one onEdit whose range is the whole pasted block, without value or oldValue', () => {
      const { addOn } = setup();
      addOn.userPaste('Sheet1', 'A4', [['SCA-0003', 'Identified'], ['SCA-0004', 'Submitted']]);
      expect(addOn.run('lastEdit')).toMatchObject({ a1: 'A4:B5', hasValue: false, value: undefined, oldValue: undefined, mode: 'LIMITED' });
      expect(addOn.run('lastInstalledEdit')).toMatchObject({ a1: 'A4:B5', mode: 'FULL' });
      // An edit is a change too: onChange fires with changeType EDIT.
      expect(addOn.run('changesSeen')).toMatchObject([{ changeType: 'EDIT', mode: 'FULL' }]);
    });
  });
});
