import { aWorkbook, localDate } from './workbook-fixture';

function withStatusList(allowInvalid: boolean, helpText?: string) {
  const f = aWorkbook();
  let builder = f.app.newDataValidation().requireValueInList(['Identified', 'Submitted'], true).setAllowInvalid(allowInvalid);
  if (helpText) builder = builder.setHelpText(helpText);
  f.sheet.getRange('B2:B10').setDataValidation(builder.build());
  return f;
}

describe('user edits', () => {
  describe('parsing typed input', () => {
    it.each([
      ['12', 12, '12'],
      ['12.5', 12.5, '12.5'],
      ['1,200', 1200, '1,200'],
      ['$120.00', 120, '$120.00'],
      ['TRUE', true, 'TRUE'],
      ['false', false, 'FALSE'],
      ['2026-03-09', localDate('2026-03-09'), '2026-03-09'],
      ['3/9/2026', localDate('2026-03-09'), '3/9/2026'],
      ['2026-02-30', '2026-02-30', '2026-02-30'],
      ['SCA-0001', 'SCA-0001', 'SCA-0001'],
      ["'123", '123', '123'],
      ['2026-3-9', localDate('2026-03-09'), '2026-03-09'],
      ['12%', 0.12, '12%'],
    ])('%p is stored as %p and displays %p', (typed, value, display) => {
      const { workbook, sheet } = aWorkbook();
      expect(workbook.userEdit('Sheet1', 'A1', typed).accepted).toBe(true);
      expect(sheet.getRange('A1').getValue()).toEqual(value);
      expect(sheet.getRange('A1').getDisplayValue()).toBe(display);
    });

    it('keeps typed text as text in a cell formatted as plain text (@)', () => {
      const { workbook, sheet } = aWorkbook();
      sheet.getRange('A1').setNumberFormat('@');
      workbook.userEdit('Sheet1', 'A1', '00123');
      expect(sheet.getRange('A1').getValue()).toBe('00123');
    });

    it('stores typed dates at local midnight in the spreadsheet time zone', () => {
      const { workbook } = aWorkbook({ timeZone: 'Asia/Tokyo' });
      workbook.userEdit('Sheet1', 'A1', '2026-03-09');
      expect(workbook.readValues('Sheet1')[0]?.[0]).toEqual(new Date('2026-03-08T15:00:00Z'));
    });
  });

  describe('onEdit values', () => {
    it('reports value and oldValue as strings, dates as serial numbers', () => {
      const { workbook } = aWorkbook();
      expect(workbook.userEdit('Sheet1', 'A1', '2026-03-09')).toMatchObject({ accepted: true, value: '46090' });
      const second = workbook.userEdit('Sheet1', 'A1', 'TRUE');
      expect(second).toMatchObject({ value: 'TRUE', oldValue: '46090' });
    });

    it('omits value when the cell is cleared and oldValue when it was empty', () => {
      const { workbook } = aWorkbook();
      const first = workbook.userEdit('Sheet1', 'A1', 'x');
      expect(first).not.toHaveProperty('oldValue');
      const cleared = workbook.userEdit('Sheet1', 'A1', '');
      expect(cleared).not.toHaveProperty('value');
      expect(cleared.oldValue).toBe('x');
    });

    it('gives the edited range and selects it', () => {
      const { workbook, app } = aWorkbook();
      const outcome = workbook.userEdit('Sheet1', 'C4', 'x');
      expect(outcome.range.getA1Notation()).toBe('C4');
      expect(app.getActiveRange()?.getA1Notation()).toBe('C4');
    });
  });

  describe('data validation', () => {
    it('rejects input that fails a reject rule, keeping the cell, with the help text as message', () => {
      const { workbook, sheet } = withStatusList(false, 'Pick a status from the list.');
      workbook.userEdit('Sheet1', 'B2', 'Identified');
      const outcome = workbook.userEdit('Sheet1', 'B2', 'Done');
      expect(outcome).toMatchObject({ accepted: false, rejection: 'Pick a status from the list.' });
      expect(sheet.getRange('B2').getValue()).toBe('Identified');
    });

    it('explains the criterion when the rule has no help text', () => {
      const { workbook } = withStatusList(false);
      expect(workbook.userEdit('Sheet1', 'B2', 'Done').rejection).toBe('Invalid: Input must be an item on the specified list');
    });

    it('keeps invalid input when allowInvalid is true (Sheets only warns)', () => {
      const { workbook, sheet } = withStatusList(true);
      expect(workbook.userEdit('Sheet1', 'B2', 'Done').accepted).toBe(true);
      expect(sheet.getRange('B2').getValue()).toBe('Done');
    });

    it('does not validate values written by a script', () => {
      const { sheet } = withStatusList(false);
      sheet.getRange('B2').setValue('Done');
      expect(sheet.getRange('B2').getValue()).toBe('Done');
    });

    it('always allows clearing a validated cell', () => {
      const { workbook } = withStatusList(false);
      workbook.userEdit('Sheet1', 'B2', 'Submitted');
      expect(workbook.userEdit('Sheet1', 'B2', '').accepted).toBe(true);
    });

    it.each([
      ['requireCheckbox', 'TRUE', 'yes', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireCheckbox()],
      ['requireDate', '2026-03-09', 'soon', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireDate()],
      ['requireNumberGreaterThanOrEqualTo', '3', '-1', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireNumberGreaterThanOrEqualTo(0)],
      ['requireNumberBetween', '10', '11', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireNumberBetween(1, 10)],
      ['requireTextIsEmail', 'a@clinic.example', 'not mail', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireTextIsEmail()],
      ['requireTextIsUrl', 'https://files.example/x', 'no url', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireTextIsUrl()],
      ['requireDateOnOrAfter', '2026-01-01', '2025-12-31', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireDateOnOrAfter(localDate('2026-01-01'))],
      ['requireFormulaSatisfied (whole number)', '4', '4.5', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireFormulaSatisfied('=AND(ISNUMBER(C2), C2>=0, INT(C2)=C2)')],
    ])('%s accepts %p and rejects %p', (_name, good, bad, build) => {
      const { workbook, app, sheet } = aWorkbook();
      sheet.getRange('C2:C5').setDataValidation(build(app.newDataValidation()).setAllowInvalid(false).build());
      expect(workbook.userEdit('Sheet1', 'C3', good).accepted).toBe(true);
      expect(workbook.userEdit('Sheet1', 'C3', bad).accepted).toBe(false);
    });

    it('evaluates custom formulas relative to the rule range', () => {
      const { workbook, app, sheet } = aWorkbook();
      sheet.getRange('A3').setValue('Denied');
      const rule = app.newDataValidation().requireFormulaSatisfied('=OR($A2<>"Denied", B2<>"")').setAllowInvalid(false).build();
      sheet.getRange('C2:C10').setDataValidation(rule);
      expect(workbook.userEdit('Sheet1', 'C2', 'anything').accepted).toBe(true);
      expect(workbook.userEdit('Sheet1', 'C3', 'x').accepted).toBe(false);
      sheet.getRange('B3').setValue('reason');
      expect(workbook.userEdit('Sheet1', 'C3', 'x').accepted).toBe(true);
    });
  });

  describe('paste', () => {
    it('is rejected as a whole when one cell fails a reject rule', () => {
      const { workbook, sheet } = withStatusList(false, 'Pick a status.');
      const outcome = workbook.userPaste('Sheet1', 'A2', [['SCA-1', 'Submitted'], ['SCA-2', 'Done']]);
      expect(outcome).toMatchObject({ accepted: false, rejection: 'Pick a status.' });
      expect(sheet.getRange('A2:B3').getValues()).toEqual([['', ''], ['', '']]);
    });

    it('writes every cell when all are valid, without value/oldValue', () => {
      const { workbook, sheet } = withStatusList(false);
      const outcome = workbook.userPaste('Sheet1', 'A2', [['SCA-1', 'Submitted'], ['12', 'Identified']]);
      expect(outcome.accepted).toBe(true);
      expect(outcome).not.toHaveProperty('value');
      expect(outcome.range.getA1Notation()).toBe('A2:B3');
      expect(sheet.getRange('A2:B3').getValues()).toEqual([['SCA-1', 'Submitted'], [12, 'Identified']]);
    });
  });

  describe('checkboxes', () => {
    it('insertCheckboxes makes blank cells unchecked and validates true/false', () => {
      const { workbook, sheet } = aWorkbook();
      const range = sheet.getRange('D2:D3').insertCheckboxes();
      expect(range.getValues()).toEqual([[false], [false]]);
      expect(range.isChecked()).toBe(false);
      expect(workbook.userEdit('Sheet1', 'D2', true).accepted).toBe(true);
      expect(range.isChecked()).toBeNull();
      expect(workbook.userEdit('Sheet1', 'D2', 'maybe').accepted).toBe(false);
      range.check();
      expect(range.isChecked()).toBe(true);
      range.removeCheckboxes();
      expect(range.getValues()).toEqual([[''], ['']]);
      expect(range.getDataValidation()).toBeNull();
    });
  });
});
