import { aWorkbook } from './workbook-fixture';

describe('Spreadsheet and SpreadsheetApp', () => {
  describe('auth', () => {
    it('AuthMode.NONE: getUi works, getActiveSpreadsheet throws like Apps Script', () => {
      const { host, app } = aWorkbook();
      host.auth.mode = 'NONE';
      expect(() => app.getUi()).toThrow('no ui');
      expect(() => app.getActiveSpreadsheet()).toThrow(
        'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions are not granted in AuthMode.NONE.',
      );
      expect(() => app.newDataValidation()).not.toThrow();
    });

    it('objects obtained earlier also refuse to work in AuthMode.NONE', () => {
      const { host, sheet } = aWorkbook();
      host.auth.mode = 'NONE';
      expect(() => sheet.getRange('A1')).toThrow(/Sheet.getRange/);
      host.auth.mode = 'LIMITED';
      expect(() => sheet.getRange('A1').getValue()).not.toThrow();
    });
  });

  describe('call counting', () => {
    it('records every call as Class.method', () => {
      const { host, ss } = aWorkbook();
      host.counter.reset();
      const sheet = ss.getSheetByName('Sheet1');
      sheet?.getRange('A1:B2').getValues();
      sheet?.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
      expect(host.counter.snapshot()).toEqual({
        'Range.getValues': 1,
        'Range.setValues': 1,
        'Sheet.getRange': 2,
        'Spreadsheet.getSheetByName': 1,
      });
    });

    it('counts builder and rule calls too', () => {
      const { host, app } = aWorkbook();
      host.counter.reset();
      app.newDataValidation().requireCheckbox().build().getCriteriaType();
      expect(host.counter.get('DataValidationBuilder')).toBe(2);
      expect(host.counter.get('DataValidation.getCriteriaType')).toBe(1);
    });

    it('returns the same Sheet object every time', () => {
      const { ss, sheet } = aWorkbook();
      expect(ss.getSheetByName('Sheet1')).toBe(ss.getSheetByName('Sheet1'));
      expect(ss.getSheets()[0]).toBe(sheet);
      expect(sheet.getRange('A1').getSheet()).toBe(sheet);
    });

    it('chainable methods return the counted object', () => {
      const { host, sheet } = aWorkbook();
      host.counter.reset();
      sheet.getRange('A1').setValue(1).setNote('n').setBackground('#fff');
      expect(host.counter.get('Range')).toBe(3);
    });
  });

  describe('sheets', () => {
    it('has id, name, url and time zone', () => {
      const { ss } = aWorkbook();
      expect(ss.getId()).toBe('sheet-id-123');
      expect(ss.getName()).toBe('SCA Tracker test');
      expect(ss.getUrl()).toBe('https://spreadsheet.example/d/sheet-id-123/edit');
      expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
      ss.setSpreadsheetTimeZone('Europe/Paris');
      expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    });

    it('inserts sheets by name and index, refuses duplicates, finds them by name and gid', () => {
      const { ss } = aWorkbook();
      const cases = ss.insertSheet('Cases', 0);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cases', 'Sheet1']);
      expect(cases.getIndex()).toBe(1);
      expect(ss.getActiveSheet()).toBe(cases);
      expect(() => ss.insertSheet('Cases')).toThrow('A sheet with the name "Cases" already exists. Please enter another name.');
      expect(() => ss.insertSheet('CASES')).toThrow(/already exists/);
      expect(ss.getSheetById(cases.getSheetId())).toBe(cases);
      expect(ss.getSheetByName('Nope')).toBeNull();
      ss.deleteSheet(cases);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    });

    it('Spreadsheet.insertSheet — "The new sheet becomes the active sheet" (reference: spreadsheet#insertsheetsheetname); activate() hands it back', () => {
      const { ss, sheet } = aWorkbook();
      const log = ss.insertSheet('Log');
      expect(ss.getActiveSheet()).toBe(log);
      sheet.activate();
      expect(ss.getActiveSheet()).toBe(sheet);
    });

    it('gives each sheet a stable numeric gid (Sheet1 is 0)', () => {
      const { ss, sheet } = aWorkbook();
      const other = ss.insertSheet('Other');
      expect(sheet.getSheetId()).toBe(0);
      expect(other.getSheetId()).toBeGreaterThan(0);
      other.setName('Renamed');
      expect(ss.getSheetByName('Renamed')?.getSheetId()).toBe(other.getSheetId());
    });

    it('resolves getRange with a quoted sheet prefix', () => {
      const { ss } = aWorkbook();
      ss.insertSheet('Plan rules').getRange('B2').setValue('x');
      expect(ss.getRange("'Plan rules'!B2").getValue()).toBe('x');
      expect(ss.getRange('Sheet1!A1').getSheet().getName()).toBe('Sheet1');
      expect(ss.getSheetByName('Sheet1')?.getRange("'Plan rules'!B2").getValue()).toBe('x');
      expect(() => ss.getRange('Nowhere!A1')).toThrow('Range not found');
    });

    it('tracks the active sheet, range and current cell from select()', () => {
      const { workbook, app, ss } = aWorkbook();
      ss.insertSheet('Cases');
      workbook.select('Cases', 'B3:D5');
      expect(app.getActiveSheet().getName()).toBe('Cases');
      expect(app.getActiveRange()?.getA1Notation()).toBe('B3:D5');
      expect(app.getCurrentCell()?.getA1Notation()).toBe('B3');
      expect(ss.getSelection().getActiveRange()?.getA1Notation()).toBe('B3:D5');
    });

    it('treats A1 of the active sheet as the selection until something is selected', () => {
      const { app } = aWorkbook();
      expect(app.getActiveRange()?.getA1Notation()).toBe('A1');
      expect(app.getCurrentCell()?.getA1Notation()).toBe('A1');
    });

    it('sends toasts to the host', () => {
      const { ss, host } = aWorkbook();
      ss.toast('Saved', 'SCA Tracker', 3);
      expect(host.toasts).toEqual([{ message: 'Saved', title: 'SCA Tracker', timeoutSeconds: 3 }]);
    });

    it('prints objects as their class name and serializes them as {}', () => {
      const { sheet } = aWorkbook();
      const range = sheet.getRange('A1');
      expect(String(range)).toBe('Range');
      expect(JSON.stringify({ range, sheet })).toBe('{"range":{},"sheet":{}}');
    });

    it('hides and shows a sheet (Sheet.hideSheet: "Has no effect if the sheet is already hidden. If this method is called on the only visible sheet, it throws an exception.")', () => {
      const { ss, sheet } = aWorkbook();
      const log = ss.insertSheet('Log');
      expect(log.isSheetHidden()).toBe(false);
      log.hideSheet().hideSheet();
      expect(log.isSheetHidden()).toBe(true);
      log.getRange('A1').setValue('still writable');
      expect(log.getRange('A1').getValue()).toBe('still writable');
      expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
      log.showSheet();
      expect(log.isSheetHidden()).toBe(false);
      sheet.hideSheet();
      expect(sheet.isSheetHidden()).toBe(true);
    });

    it('throws a clear error for unimplemented methods', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.getRange('A1').merge()).toThrow('Emulator: Range.merge is not implemented');
    });
  });

  describe('protection and named ranges', () => {
    it('protects ranges and sheets, lists them by type, and removes them', () => {
      const { sheet, ss, app } = aWorkbook();
      const p = sheet.getRange('C2:C20').protect().setDescription('Flags (add-on)').setWarningOnly(true);
      sheet.protect().setDescription('whole sheet');
      expect([p.getDescription(), p.isWarningOnly(), p.canEdit(), p.getProtectionType()]).toEqual(['Flags (add-on)', true, true, 'RANGE']);
      expect(p.getRange().getA1Notation()).toBe('C2:C20');
      expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['Flags (add-on)']);
      expect(ss.getProtections(app.ProtectionType.SHEET).map((x) => x.getDescription())).toEqual(['whole sheet']);
      p.remove();
      expect(ss.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    });

    it('setRange moves a range protection to cover the new range, keeping its description and warning (Protection.setRange: "If the given range covers a different area than the current range, this method moves the protection to cover the new range instead.")', () => {
      const { sheet, app } = aWorkbook();
      const p = sheet.getRange('C1:C20').protect().setDescription('Flags (add-on)').setWarningOnly(true);
      p.setRange(sheet.getRange('E:E'));
      const [only] = sheet.getProtections(app.ProtectionType.RANGE);
      expect([only?.getRange().getColumn(), only?.getRange().getLastRow(), only?.getDescription(), only?.isWarningOnly()]).toEqual([5, sheet.getMaxRows(), 'Flags (add-on)', true]);
      expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    });

    it('sets, lists, replaces and reads named ranges', () => {
      const { ss, sheet } = aWorkbook();
      ss.setNamedRange('Statuses', sheet.getRange('A1:A3'));
      ss.setNamedRange('Statuses', sheet.getRange('B1:B3'));
      expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([['Statuses', 'B1:B3']]);
      expect(ss.getRangeByName('Missing')).toBeNull();
    });
  });

  describe('frozen panes, columns, filter', () => {
    it('stores frozen rows/columns, hidden columns, widths and the tab colour', () => {
      const { sheet } = aWorkbook();
      sheet.setFrozenRows(1);
      sheet.setFrozenColumns(2);
      sheet.hideColumns(3, 2);
      sheet.setColumnWidths(1, 2, 150);
      sheet.setTabColor('#ff0000');
      expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.isColumnHiddenByUser(4), sheet.getColumnWidth(2), sheet.getTabColor()]).toEqual([1, 2, true, 150, '#ff0000']);
      sheet.showColumns(3, 2);
      expect(sheet.isColumnHiddenByUser(4)).toBe(false);
    });

    it('creates one filter per sheet and sorts through it', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1:A4').setValues([['h'], [3], [1], [2]]);
      const filter = sheet.getRange('A1:A4').createFilter();
      expect(() => sheet.getRange('A1:A4').createFilter()).toThrow(/already has a filter/);
      filter.sort(1, true);
      expect(sheet.getRange('A1:A4').getValues().flat()).toEqual(['h', 1, 2, 3]);
      sheet.getFilter()?.remove();
      expect(sheet.getFilter()).toBeNull();
    });
  });
});
