import { aWorkbook } from './workbook-fixture';

describe('conditional formatting', () => {
  describe('rules', () => {
    it('builds rules whose condition and ranges read back', () => {
      const { app, sheet } = aWorkbook();
      const rule = app.newConditionalFormatRule().whenTextContains('overdue').setBackground('#f4cccc').setBold(true)
        .setRanges([sheet.getRange('A2:C100')]).build();
      const condition = rule.getBooleanCondition();
      expect(condition?.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_CONTAINS);
      expect(condition?.getCriteriaValues()).toEqual(['overdue']);
      expect([condition?.getBackground(), condition?.getBold(), condition?.getFontColor()]).toEqual(['#f4cccc', true, null]);
      expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C100']);
      const colour = (condition as unknown as { getBackgroundObject(): GoogleAppsScript.Spreadsheet.Color }).getBackgroundObject();
      expect(colour.asRgbColor().asHexString()).toBe('#f4cccc');
    });

    it('setConditionalFormatRules replaces every existing rule', () => {
      const { app, sheet } = aWorkbook();
      const rule = (text: string) => app.newConditionalFormatRule().whenTextEqualTo(text).setBackground('#ff0000').setRanges([sheet.getRange('A:A')]).build();
      sheet.setConditionalFormatRules([rule('theirs'), rule('old')]);
      sheet.setConditionalFormatRules([rule('ours')]);
      expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(['ours']);
    });

    it('read-keep-add-write preserves other rules (copy keeps condition and ranges)', () => {
      const { app, sheet } = aWorkbook();
      const theirs = app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#cccccc').setRanges([sheet.getRange('Z1:Z9')]).build();
      sheet.setConditionalFormatRules([theirs]);
      const kept = sheet.getConditionalFormatRules();
      const ours = kept[0]?.copy().setBackground('#00ff00').build();
      sheet.setConditionalFormatRules([...kept, ...(ours ? [ours] : [])]);
      const rules = sheet.getConditionalFormatRules();
      expect(rules).toHaveLength(2);
      expect(rules[1]?.getRanges()[0]?.getA1Notation()).toBe('Z1:Z9');
      expect(rules[1]?.getBooleanCondition()?.getBackground()).toBe('#00ff00');
    });

    it('rule ranges follow inserted rows', () => {
      const { app, sheet } = aWorkbook();
      sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000').setRanges([sheet.getRange('B2:B10')]).build()]);
      sheet.insertRowsBefore(1, 1);
      expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('B3:B11');
    });
  });

  describe('preview colours (custom formula subset)', () => {
    function rendered(formula: string, rows: Array<[string | number, string | number]>) {
      const { app, sheet, workbook } = aWorkbook();
      sheet.getRange(1, 1, rows.length, 2).setValues(rows);
      const rule = app.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground('#f4cccc').setRanges([sheet.getRange('A2:B100')]).build();
      sheet.setConditionalFormatRules([rule]);
      return workbook.render('Sheet1').backgrounds.map((line) => line[0] ?? null);
    }

    it.each([
      ['=$B2="Denied"', [null, '#f4cccc', null]],
      ['=$B2<>""', [null, '#f4cccc', '#f4cccc']],
      ['=LEFT($B2, 3)="Den"', [null, '#f4cccc', null]],
      ['=REGEXMATCH($B2, "^Act")', [null, null, '#f4cccc']],
      ['=ISNUMBER(SEARCH("ied", $B2))', [null, '#f4cccc', null]],
      ['=AND($B2<>"", $A2>1)', [null, null, '#f4cccc']],
      ['=OR($B2="Denied", $B2="Active")', [null, '#f4cccc', '#f4cccc']],
      ['=VLOOKUP($A2, X:Y, 2, 0)', [null, null, null]],
    ])('%s colours rows %j', (formula, expected) => {
      expect(rendered(formula, [['Case', 'Status'], [1, 'Denied'], [2, 'Active']])).toEqual(expected);
    });

    it('shifts relative rows from the rule range top-left; the first matching rule wins', () => {
      const { app, sheet, workbook } = aWorkbook();
      sheet.getRange('A1:A3').setValues([['x'], ['y'], ['x']]);
      const when = (f: string, color: string) => app.newConditionalFormatRule().whenFormulaSatisfied(f).setBackground(color).setRanges([sheet.getRange('B1:B3')]).build();
      sheet.setConditionalFormatRules([when('=A1="x"', '#111111'), when('=A1<>""', '#222222')]);
      sheet.getRange('B1:B3').setValues([['-'], ['-'], ['-']]);
      expect(workbook.render('Sheet1').backgrounds.map((l) => l[1])).toEqual(['#111111', '#222222', '#111111']);
    });

    it('colours dates relative to the emulated today with RelativeDate criteria', () => {
      const { app, sheet, workbook } = aWorkbook();
      sheet.getRange('A1:A3').setValues([['2026-03-01'], ['2026-03-09'], ['2026-03-20']]);
      const rule = app.newConditionalFormatRule().whenDateBefore(app.RelativeDate.TODAY).setBackground('#ff0000').setRanges([sheet.getRange('A1:A3')]).build();
      expect(rule.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.DATE_BEFORE_RELATIVE);
      sheet.setConditionalFormatRules([rule]);
      expect(workbook.render('Sheet1').backgrounds.map((l) => l[0])).toEqual(['#ff0000', null, null]);
    });

    it('falls back to the cell background set by a script', () => {
      const { sheet, workbook } = aWorkbook();
      sheet.getRange('A1').setValue('x').setBackground('#abcdef');
      expect(workbook.render('Sheet1').backgrounds).toEqual([['#abcdef']]);
    });
  });
});
