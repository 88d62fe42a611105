/** The Settings and Plan rules sources on the emulated spreadsheet (the adapters take the Spreadsheet, no globals). */
import { createEnvironment, type Environment } from '../../dev/emulator';
import { DEFAULT_SETTINGS } from '../../src/domain/default-settings';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';
import { SheetPlanRulesSource } from '../../src/sheets/sheet-plan-rules-source';
import { SheetSettingsSource } from '../../src/sheets/sheet-settings-source';

function withSheet(name: string, rows: Array<Array<string | number | boolean>>): Environment {
  const env = createEnvironment({ now: '2026-03-09T15:00:00Z' });
  env.writeSheet(name, 'A1', rows);
  env.calls.reset();
  return env;
}

describe('SheetSettingsSource', () => {
  describe('load', () => {
    it('returns the defaults and a missing-sheet problem when there is no Settings sheet (its recipients are gone)', () => {
      expect(new SheetSettingsSource(createEnvironment().spreadsheet).load()).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [{ code: 'missing_sheet', message: 'There is no Settings sheet; run Set up or repair tracker.' }],
      });
    });

    it('reads valid values and reports an invalid one, whose default applies', () => {
      const env = withSheet('Settings', [
        ['Setting', 'Value', 'What it means'],
        ['Alert hour (0-23)', 25, ''],
        ['Alert recipients', 'lead@clinic.example', ''],
        ['Service lines', 'ABA, Speech therapy', ''],
      ]);
      const { settings, problems } = new SheetSettingsSource(env.spreadsheet).load();
      expect(settings.alertHour).toBe(DEFAULT_SETTINGS.alertHour);
      expect(settings.alertRecipients).toEqual(['lead@clinic.example']);
      expect(settings.serviceLines).toEqual(['ABA', 'Speech therapy']);
      expect(problems).toEqual([expect.objectContaining({ column: 'Alert hour (0-23)', message: expect.stringContaining("'25'") })]);
    });

    it('finds the Setting and Value columns by header, wherever they are', () => {
      const env = withSheet('Settings', [
        ['Notes', 'Value', 'Setting'],
        ['', 9, 'Alert hour (0-23)'],
      ]);
      expect(new SheetSettingsSource(env.spreadsheet).load().settings.alertHour).toBe(9);
    });

    it('reads the sheet in one batched read', () => {
      const env = withSheet('Settings', [['Setting', 'Value'], ...Array.from({ length: 200 }, (_, i) => [`Unknown ${i}`, i])]);
      env.calls.reset();
      new SheetSettingsSource(env.spreadsheet).load();
      // getSheetValues through the last row and column with data: one call, no data range to look up first.
      expect(env.calls.snapshot()).toEqual({ 'Sheet.getSheetValues': 1, 'Spreadsheet.getSheetByName': 1 });
    });
  });
});

describe('SheetPlanRulesSource', () => {
  describe('load', () => {
    it('gives no rules when there is no Plan rules sheet', () => {
      expect(new SheetPlanRulesSource(createEnvironment().spreadsheet).load()).toEqual({ rules: [], problems: [] });
    });

    it('reads rules in one read, names the row of a problem, and uses Settings turnaround for blanks', () => {
      const env = withSheet('Plan rules', [
        ['Payer', 'Visit policy', 'Expected turnaround (days)'],
        ['Acme Health', 'Block', 10],
        ['Beta Care', 'Sometimes', ''],
      ]);
      const { rules, problems } = new SheetPlanRulesSource(env.spreadsheet, 21).load();
      expect(rules.map((r) => [r.payer, r.visitPolicy, r.turnaroundDays])).toEqual([
        ['Acme Health', 'Block', 10],
        ['Beta Care', DEFAULT_PLAN_RULE('Beta Care').visitPolicy, 21],
      ]);
      expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Plan rules row 3: /) })]);
      expect(env.calls.get('Sheet.getSheetValues')).toBe(1);
      expect(env.calls.get('Range.getValues')).toBe(0);
    });

    it('reads an empty Plan rules sheet (a clinic cleared it) as no rules, without failing', () => {
      const env = createEnvironment({ now: '2026-03-09T15:00:00Z' });
      env.spreadsheet.insertSheet('Plan rules');
      expect(new SheetPlanRulesSource(env.spreadsheet, 21).load()).toEqual({ rules: [], problems: [] });
    });
  });
});
