/** 'Set up or repair tracker' on an empty spreadsheet, through the built bundle in the emulator. */
import { CASE_COLUMNS } from '../../../src/domain/case-columns';
import { CONTACTS_COLUMNS } from '../../../src/domain/contacts-sheet';
import { IN_NETWORK_SEARCH_COLUMNS } from '../../../src/domain/in-network-search-sheet';
import { PLAN_RULES_COLUMNS } from '../../../src/domain/plan-rules-sheet';
import { SETTING_ROWS } from '../../../src/domain/settings-sheet';
import { TRACKER_LAYOUTS } from '../../../src/domain/tracker-layout';
import { TERMS_COLUMNS } from '../../../src/domain/terms-visits/terms-sheet';
import { VISITS_COLUMNS } from '../../../src/domain/terms-visits/visits-sheet';
import { CHANNELS, DEFAULT_SERVICE_LINES, STATUSES, VISIT_POLICIES } from '../../../src/domain/vocabulary';
import { cfRules, columnOf, emptyEnvironment, letterOf, metadataColumns, runSetup, sheetOf, snapshot, validationAt } from './setup-fixture';

// Each run loads and runs the built bundle over whole sheets: allow for a loaded machine.
jest.setTimeout(30_000);

const SHEET_NAMES = ['Cases', 'In-network search', 'Contacts', 'Terms', 'Visits', 'Plan rules', 'Settings', 'History', 'Run log'];

describe('setUpTracker', () => {
  describe('on an empty spreadsheet', () => {
    const env = emptyEnvironment();
    let message = '';
    let cases: GoogleAppsScript.Spreadsheet.Sheet;
    let maxRows = 0;
    const at = (header: string, row = 2): string => `${letterOf(columnOf(env, 'Cases', header))}${row}`;
    beforeAll(() => {
      message = runSetup(env);
      cases = sheetOf(env, 'Cases');
      maxRows = cases.getMaxRows();
    });

    it('creates every sheet and says so', () => {
      expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', ...SHEET_NAMES]);
      expect(message).toBe(`Tracker set up: created 9 sheets (${SHEET_NAMES.slice(0, 6).join(', ')} and 3 more).`);
    });

    it('writes the headers of every sheet', () => {
      const headers = (name: string): unknown[] => env.readSheet(name)[0] ?? [];
      expect(headers('Cases')).toEqual(CASE_COLUMNS.map((c) => c.header));
      expect(headers('In-network search')).toEqual(IN_NETWORK_SEARCH_COLUMNS.map((c) => c.header));
      expect(headers('Contacts')).toEqual(CONTACTS_COLUMNS.map((c) => c.header));
      expect(headers('Terms')).toEqual(TERMS_COLUMNS.map((c) => c.header));
      expect(headers('Visits')).toEqual(VISITS_COLUMNS.map((c) => c.header));
      expect(headers('Plan rules')).toEqual(PLAN_RULES_COLUMNS.map((c) => c.header));
      expect(headers('History')).toEqual(TRACKER_LAYOUTS.history.map((c) => c.header));
      expect(headers('Settings')).toEqual(['Setting', 'Value', 'What it means']);
    });

    it('tags every Cases column with developer metadata on the whole column', () => {
      const expected = Object.fromEntries(CASE_COLUMNS.map((c, i) => [c.field, i + 1]));
      expect(metadataColumns(env, 'Cases')).toEqual(expected);
      const one = cases.createDeveloperMetadataFinder().withValue('endDate').find()[0];
      expect(one?.getLocation().getColumn()?.getA1Notation()).toBe(`${letterOf(expected.endDate ?? 0)}:${letterOf(expected.endDate ?? 0)}`);
    });

    it('puts a rejecting dropdown on every list column, from the first data row to the last row', () => {
      for (const [header, values] of [
        ['Status', STATUSES],
        ['Submitted via', CHANNELS],
        ['Service line', DEFAULT_SERVICE_LINES],
      ] as const) {
        for (const row of [2, maxRows]) {
          expect(validationAt(env, 'Cases', at(header, row))).toEqual({ type: 'VALUE_IN_LIST', values: [[...values], true], help: `Choose one of ${values.join(', ')}.`, allowInvalid: false });
        }
      }
      expect(validationAt(env, 'Cases', at('Status', 1))).toBeNull();
      const lists = CASE_COLUMNS.filter((c) => c.kind === 'list').map((c) => validationAt(env, 'Cases', at(c.header))?.type);
      expect(lists).toEqual(lists.map(() => 'VALUE_IN_LIST'));
    });

    // One rule per kind serves every column of that kind (fewer calls): its help says what the kind accepts.
    it.each([
      ['Packet: Credentials', 'CHECKBOX', 'Tick the box when done.'],
      ['End date', 'DATE_IS_VALID_DATE', 'A date, e.g. 2026-03-31.'],
      ['Requested rate', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'An amount in dollars per unit, 0 or more.'],
      ['Units used', 'CUSTOM_FORMULA', 'A whole number, 0 or more.'],
      ['Owner', 'TEXT_IS_VALID_EMAIL', 'An email address, e.g. name@clinic.example.'],
      ['Agreement link', 'TEXT_IS_VALID_URL', "A link starting with https://, e.g. the agreement's share link"],
    ])('validates %s with %s, rejecting invalid input with help text', (header, type, help) => {
      const rule = validationAt(env, 'Cases', at(header, maxRows));
      expect(rule).toEqual({ type, values: expect.any(Array), allowInvalid: false, help });
    });

    it('leaves free-text columns without validation', () => {
      for (const header of ['Case ID', 'Patient', 'Notes', 'Flags', 'Approved codes']) expect(validationAt(env, 'Cases', at(header))).toBeNull();
    });

    it('checks the side-by-side units columns with one formula anchored at the first one, row 2 (Sheets shifts it across the range)', () => {
      const cell = at('Units requested');
      for (const header of ['Units requested', 'Units approved', 'Units used']) {
        expect(validationAt(env, 'Cases', at(header))?.values).toEqual([`=AND(ISNUMBER(${cell}),${cell}>=0,${cell}=INT(${cell}))`]);
      }
    });

    it('formats dates, rates and identifiers', () => {
      expect(cases.getRange(at('End date', maxRows)).getNumberFormat()).toBe('yyyy-mm-dd');
      expect(cases.getRange(at('Requested rate')).getNumberFormat()).toBe('$#,##0.00');
      expect(cases.getRange(at('Member ID')).getNumberFormat()).toBe('@');
    });

    it('colours rows by their most urgent flag, Problems cell first', () => {
      const flags = letterOf(columnOf(env, 'Cases', 'Flags'));
      const problems = letterOf(columnOf(env, 'Cases', 'Problems'));
      const whole = `A2:${letterOf(CASE_COLUMNS.length)}${maxRows}`;
      expect(cfRules(env, 'Cases')).toEqual([
        [`=AND(LEN($${problems}2)>0,ISTEXT("SCA Tracker"))`, expect.any(String), [`${problems}2:${problems}${maxRows}`]],
        [`=AND(LEFT($${flags}2,6)="URGENT",ISTEXT("SCA Tracker"))`, '#f4c7c3', [whole]],
        [`=AND(LEFT($${flags}2,7)="WARNING",ISTEXT("SCA Tracker"))`, '#fce8b2', [whole]],
        [`=AND(LEFT($${flags}2,4)="INFO",ISTEXT("SCA Tracker"))`, '#d2e3fc', [whole]],
      ]);
    });

    it('freezes the header row and the leading Case ID column', () => {
      expect([cases.getFrozenRows(), cases.getFrozenColumns()]).toEqual([1, 1]);
      for (const name of SHEET_NAMES) expect(sheetOf(env, name).getFrozenRows()).toBe(1);
    });

    it('protects the add-on columns with warnings only', () => {
      const app = env.globals.SpreadsheetApp as typeof SpreadsheetApp;
      const protections = cases.getProtections(app.ProtectionType.RANGE);
      expect(protections.map((p) => [p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()])).toEqual(
        ['Case ID', 'Flags', 'Problems'].map((h) => {
          const l = letterOf(columnOf(env, 'Cases', h));
          return [`SCA Tracker: ${h} is written by the add-on`, true, `${l}1:${l}${maxRows}`];
        }),
      );
    });

    it('styles the headers and carries the help in header notes', () => {
      expect(cases.getRange('A1').getFontWeight()).toBe('bold');
      expect(cases.getRange(at('Patient', 1)).getNote()).toMatch(/initials only — not a full name/);
      expect(cases.getRange(at('Flags', 1)).getNote()).toMatch(/Written by SCA Tracker/);
      expect(sheetOf(env, 'Plan rules').getRange('A1').getNote()).toMatch(/Payer column of Cases/);
    });

    it('validates the other sheets by kind', () => {
      expect(validationAt(env, 'Plan rules', `${letterOf(columnOf(env, 'Plan rules', 'Visit policy'))}2`)?.values).toEqual([[...VISIT_POLICIES], true]);
      expect(validationAt(env, 'Plan rules', `${letterOf(columnOf(env, 'Plan rules', 'Submission channel'))}2`)?.values).toEqual([[...CHANNELS], true]);
      expect(validationAt(env, 'In-network search', 'B2')?.type).toBe('DATE_IS_VALID_DATE');
      expect(validationAt(env, 'In-network search', `${letterOf(columnOf(env, 'In-network search', 'Distance (miles)'))}2`)?.type).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
      expect(validationAt(env, 'Visits', 'D2')?.type).toBe('CUSTOM_FORMULA');
      expect(env.readSheet('Plan rules')).toHaveLength(1);
    });

    it('seeds Settings with every setting and its default', () => {
      const rows = env.readSheet('Settings').slice(1);
      // The alerts status opens the sheet (who runs them, the last run and its result), then the settings.
      expect(rows.map((r) => r[0])).toEqual(['Daily alerts', 'Last daily check', ...SETTING_ROWS.map((s) => s.label)]);
      expect(rows.find((r) => r[0] === 'Alert hour (0-23)')?.[1]).toBe(7);
    });

    it('writes one Run log line for the run', () => {
      const log = env.readSheet('Run log');
      expect(log).toHaveLength(2);
      expect(log[1]?.[1]).toBe('setup');
      expect(log[1]?.[8]).toBe(message);
    });

    it('makes the new Cases sheet the active one', () => {
      expect(env.spreadsheet.getActiveSheet().getName()).toBe('Cases');
    });
  });

  describe('run again', () => {
    it('changes nothing at all — not even the Run log — and says the tracker is in order', () => {
      const env = emptyEnvironment();
      runSetup(env);
      const before = snapshot(env);
      expect(runSetup(env)).toBe('Tracker is in good order — nothing to repair.');
      expect(snapshot(env)).toBe(before);
    });
  });
});
