import { aWorkbook, localDate } from './workbook-fixture';

describe('DataValidation', () => {
  describe('builder and rule', () => {
    it.each([
      ['requireValueInList', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireValueInList(['A', 'B'], false), 'VALUE_IN_LIST', [['A', 'B'], false]],
      ['requireValueInList (dropdown by default)', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireValueInList(['A']), 'VALUE_IN_LIST', [['A'], true]],
      ['requireCheckbox', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireCheckbox(), 'CHECKBOX', []],
      ['requireDate', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireDate(), 'DATE_IS_VALID_DATE', []],
      ['requireDateAfter', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireDateAfter(localDate('2026-01-01')), 'DATE_AFTER', [localDate('2026-01-01')]],
      ['requireNumberGreaterThanOrEqualTo', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireNumberGreaterThanOrEqualTo(0), 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [0]],
      ['requireNumberBetween', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireNumberBetween(1, 5), 'NUMBER_BETWEEN', [1, 5]],
      ['requireTextIsEmail', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireTextIsEmail(), 'TEXT_IS_VALID_EMAIL', []],
      ['requireTextIsUrl', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireTextIsUrl(), 'TEXT_IS_VALID_URL', []],
      ['requireFormulaSatisfied', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireFormulaSatisfied('=B2>0'), 'CUSTOM_FORMULA', ['=B2>0']],
    ])('%s reads back its criteria type and values', (_name, build, type, values) => {
      const { app } = aWorkbook();
      const rule = build(app.newDataValidation()).build();
      expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria[type as keyof typeof app.DataValidationCriteria]);
      expect(rule.getCriteriaValues()).toEqual(values);
    });

    it('defaults to allowInvalid true and no help text, as Apps Script', () => {
      const { app } = aWorkbook();
      const rule = app.newDataValidation().requireCheckbox().build();
      expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([true, null]);
    });

    it('copy() gives a builder; changing it leaves the original rule alone', () => {
      const { app } = aWorkbook();
      const rule = app.newDataValidation().requireValueInList(['A']).setHelpText('old').setAllowInvalid(false).build();
      const changed = rule.copy().setHelpText('new').build();
      expect([rule.getHelpText(), changed.getHelpText(), changed.getAllowInvalid()]).toEqual(['old', 'new', false]);
    });

    it('does not let the caller mutate a stored rule through getCriteriaValues', () => {
      const { app } = aWorkbook();
      const rule = app.newDataValidation().requireValueInList(['A']).build();
      (rule.getCriteriaValues()[0] as string[]).push('B');
      expect(rule.getCriteriaValues()[0]).toEqual(['A']);
    });

    it('refuses to build without a criterion', () => {
      const { app } = aWorkbook();
      expect(() => app.newDataValidation().setHelpText('x').build()).toThrow();
    });
  });

  describe('on ranges', () => {
    it('one rule applied to a range is one shared DataValidation object', () => {
      const { app, sheet } = aWorkbook();
      const rule = app.newDataValidation().requireCheckbox().build();
      sheet.getRange('A1:B2').setDataValidation(rule);
      const rules = sheet.getRange('A1:C2').getDataValidations();
      expect(rules[0]?.[0]).toBe(rule);
      expect(rules[1]?.[1]).toBe(rule);
      expect(rules[0]?.[2]).toBeNull();
    });

    it('setDataValidations sets a rule per cell; clearDataValidations removes them', () => {
      const { app, sheet } = aWorkbook();
      const a = app.newDataValidation().requireDate().build();
      const range = sheet.getRange('A1:B1');
      range.setDataValidations([[a, null]]);
      expect(range.getDataValidations()[0]?.map((r) => r?.getCriteriaType() ?? null)).toEqual(['DATE_IS_VALID_DATE', null]);
      range.clearDataValidations();
      expect(range.getDataValidation()).toBeNull();
    });
  });
});
