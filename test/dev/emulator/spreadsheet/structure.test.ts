import { aWorkbook } from './workbook-fixture';

function trackerWithStatusColumn() {
  const f = aWorkbook();
  f.sheet.getRange('A1:C1').setValues([['Case ID', 'Patient', 'Status']]);
  f.sheet.getRange('C:C').addDeveloperMetadata('sca.column', 'status');
  return f;
}

const statusColumn = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  ss.createDeveloperMetadataFinder().withKey('sca.column').withValue('status').find();

describe('rows and columns', () => {
  describe('developer metadata', () => {
    it('puts whole-column metadata on a COLUMN location', () => {
      const { ss, app } = trackerWithStatusColumn();
      const [meta] = statusColumn(ss);
      expect(meta?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
      expect(meta?.getLocation().getColumn()?.getColumn()).toBe(3);
      expect(meta?.getLocation().getColumn()?.getA1Notation()).toBe('C:C');
      expect(meta?.getLocation().getRow()).toBeNull();
    });

    it('follows its column when columns are inserted before it', () => {
      const { ss, sheet } = trackerWithStatusColumn();
      sheet.insertColumnsBefore(1, 2);
      const [meta] = statusColumn(ss);
      expect(meta?.getLocation().getColumn()?.getColumn()).toBe(5);
      expect(sheet.getRange(1, 5).getValue()).toBe('Status');
    });

    it('disappears when its column is deleted', () => {
      const { ss, sheet } = trackerWithStatusColumn();
      sheet.deleteColumn(3);
      expect(statusColumn(ss)).toEqual([]);
    });

    it('stays put when a column after it is deleted, shifts when one before it is', () => {
      const { ss, sheet } = trackerWithStatusColumn();
      sheet.deleteColumn(5);
      expect(statusColumn(ss)[0]?.getLocation().getColumn()?.getColumn()).toBe(3);
      sheet.deleteColumn(1);
      expect(statusColumn(ss)[0]?.getLocation().getColumn()?.getColumn()).toBe(2);
    });

    it('accepts getRange(1, c, maxRows, 1) as a whole column and refuses arbitrary ranges', () => {
      const { sheet, ss } = aWorkbook();
      sheet.getRange(1, 2, sheet.getMaxRows(), 1).addDeveloperMetadata('k');
      expect(ss.createDeveloperMetadataFinder().withKey('k').find()[0]?.getLocation().getLocationType()).toBe('COLUMN');
      expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(/arbitrary ranges/);
    });

    it('keeps values, can be changed and removed', () => {
      const { ss } = trackerWithStatusColumn();
      const [meta] = statusColumn(ss);
      expect([meta?.getKey(), meta?.getValue()]).toEqual(['sca.column', 'status']);
      meta?.setValue('state');
      expect(ss.createDeveloperMetadataFinder().withValue('state').find()).toHaveLength(1);
      meta?.remove();
      expect(ss.createDeveloperMetadataFinder().withKey('sca.column').find()).toEqual([]);
    });

    it('finds spreadsheet, sheet and row metadata by location type and scope', () => {
      const { ss, sheet, app } = aWorkbook();
      ss.addDeveloperMetadata('sca.version', '1');
      sheet.addDeveloperMetadata('sca.sheet', 'cases');
      sheet.getRange('5:5').addDeveloperMetadata('sca.row', 'SCA-0005');
      const finder = () => ss.createDeveloperMetadataFinder();
      expect(finder().withLocationType(app.DeveloperMetadataLocationType.SPREADSHEET).find().map((m) => m.getKey())).toEqual(['sca.version']);
      expect(finder().withLocationType(app.DeveloperMetadataLocationType.SHEET).find().map((m) => m.getKey())).toEqual(['sca.sheet']);
      expect(sheet.createDeveloperMetadataFinder().find().map((m) => m.getKey())).toEqual(['sca.sheet', 'sca.row']);
      expect(sheet.getRange('A5:B5').createDeveloperMetadataFinder().onIntersectingLocations().find()).toHaveLength(1);
      expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sca.version']);
      expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['sca.sheet']);
      expect(sheet.getRange('5:5').getDeveloperMetadata().map((m) => m.getValue())).toEqual(['SCA-0005']);
    });
  });

  describe('sort', () => {
    it('moves whole rows (values, notes, validation) and row metadata together', () => {
      const { sheet, ss, app } = aWorkbook();
      sheet.getRange('A1:B4').setValues([['Case ID', 'Units'], ['SCA-3', 30], ['SCA-1', 10], ['SCA-2', 20]]);
      sheet.setFrozenRows(1);
      sheet.getRange('B2').setNote('thirty');
      sheet.getRange('2:2').addDeveloperMetadata('row', 'SCA-3');
      sheet.getRange('C2').setDataValidation(app.newDataValidation().requireCheckbox().build());
      sheet.sort(2, true);
      expect(sheet.getRange('A2:B4').getValues()).toEqual([['SCA-1', 10], ['SCA-2', 20], ['SCA-3', 30]]);
      expect(sheet.getRange('B4').getNote()).toBe('thirty');
      expect(sheet.getRange('C4').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
      expect(ss.createDeveloperMetadataFinder().withKey('row').find()[0]?.getLocation().getRow()?.getRow()).toBe(4);
    });

    it('puts blanks last in both directions and sorts text case-insensitively', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1:A5').setValues([['b'], [''], ['A'], [3], ['c']]);
      sheet.getRange('A1:A5').sort({ column: 1, ascending: false });
      expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['c', 'b', 'A', 3, '']);
      sheet.getRange('A1:A5').sort(1);
      expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([3, 'A', 'b', 'c', '']);
    });
  });

  describe('inserts and deletes', () => {
    it('moves validation, notes, formats and backgrounds with their rows', () => {
      const { sheet, app } = aWorkbook();
      const cell = sheet.getRange('B3');
      cell.setValue(5).setNote('n').setNumberFormat('0.00').setBackground('#00ff00');
      cell.setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
      sheet.insertRowsBefore(2, 2);
      const moved = sheet.getRange('B5');
      expect([moved.getValue(), moved.getNote(), moved.getNumberFormat(), moved.getBackground()]).toEqual([5, 'n', '0.00', '#00ff00']);
      expect(moved.getDataValidation()?.getCriteriaValues()).toEqual([0]);
      expect(sheet.getMaxRows()).toBe(1002);
      sheet.deleteRow(5);
      expect(sheet.getRange('B5').getValue()).toBe('');
      expect(sheet.getMaxRows()).toBe(1001);
    });

    it('insertRowsAfter / insertColumnsAfter insert after the given position', () => {
      const { sheet } = aWorkbook();
      sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
      sheet.insertRowsAfter(1, 1);
      sheet.insertColumnsAfter(1, 1);
      expect(sheet.getRange('A1:C3').getValues()).toEqual([[1, '', 2], ['', '', ''], [3, '', 4]]);
      expect(sheet.getMaxColumns()).toBe(27);
    });

    it('moves protections and named ranges; deleting their cells removes them', () => {
      const { sheet, ss, app } = aWorkbook();
      sheet.getRange('D1:D1000').protect().setDescription('computed');
      ss.setNamedRange('Statuses', sheet.getRange('E2:E5'));
      sheet.insertColumnBefore(1);
      expect(ss.getProtections(app.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe('E1:E1000');
      expect(ss.getRangeByName('Statuses')?.getA1Notation()).toBe('F2:F5');
      sheet.deleteColumn(5);
      expect(ss.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    });

    it('refuses out-of-bounds positions and deleting every row', () => {
      const { sheet } = aWorkbook();
      expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
      expect(() => sheet.deleteColumn(27)).toThrow('Those columns are out of bounds.');
    });
  });
});
