/**
 * Column positions are remembered (document properties, keyed by a signature of the header row) so an
 * execution does not search developer metadata; a column inserted, moved or renamed changes the header row,
 * so the positions are searched again and no stale position is ever used for a write.
 */
import type { Environment } from '../../dev/emulator';
import { columnLetter } from '../../src/domain/column-letter';
import { letter } from './cases-fixture';
import { activeCase, day, tracker, type Tracker } from '../app/daily-check/daily-fixture';

const METADATA_SEARCHES = 'DeveloperMetadataFinder.find';
const REMEMBERED_KEY = 'sca-tracker.caseColumns';

/** A case whose agreement ends in 3 days: the daily check writes an end-date flag on it. */
function endingSoon(): Tracker {
  return tracker([activeCase({ caseId: 'SCA-0001', endDate: day('2026-03-12') })]);
}

function cases(env: Environment): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = env.spreadsheet.getSheetByName('Cases');
  if (!sheet) throw new Error('no Cases sheet');
  return sheet;
}

/** A user dragging the column headed `header` to column A: values and its developer metadata move with it. */
function moveToFront(env: Environment, header: string, field: string): void {
  const sheet = cases(env);
  const rows = env.readSheet('Cases');
  const from = (rows[0] ?? []).indexOf(header) + 1;
  sheet.insertColumnsBefore(1, 1);
  env.writeSheet('Cases', 'A1', rows.map((r) => [r[from - 1] ?? '']));
  const [metadata] = sheet.createDeveloperMetadataFinder().withKey('sca-tracker.column').withValue(field).find();
  metadata?.moveToColumn(sheet.getRange('A:A'));
  sheet.deleteColumn(from + 1);
  env.calls.reset();
}

function columnValues(env: Environment, index: number): unknown[] {
  return env.readSheet('Cases').slice(1).map((r) => r[index]);
}

describe('remembered column positions', () => {
  it('two daily checks in a row use the positions set-up remembered: no metadata search', () => {
    const t = endingSoon();
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(0);
    t.env.calls.reset();
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(0);
    expect(t.flags('SCA-0001')).toMatch(/end/i);
  });

  it('forgotten positions are searched once, then remembered for the next execution', () => {
    const t = endingSoon();
    delete t.env.properties.document[REMEMBERED_KEY];
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(1);
    t.env.calls.reset();
    t.addOn.userEdit('Cases', `${letter('unitsUsed')}2`, 11);
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(0);
  });

  it('an inserted column: positions are searched again and Flags land in the Flags column, not the one now at its old place', () => {
    const t = endingSoon();
    t.check();
    const flagsBefore = t.column('Flags');
    cases(t.env).insertColumnsBefore(1, 1);
    t.env.calls.reset();
    const stale = columnValues(t.env, flagsBefore); // what now sits where Flags was
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(1);
    expect(t.column('Flags')).toBe(flagsBefore + 1);
    expect(columnValues(t.env, flagsBefore)).toEqual(stale);
    expect(t.flags('SCA-0001')).toMatch(/end/i);
  });

  it('a column moved and renamed is still found by its metadata, after positions were remembered', () => {
    const t = endingSoon();
    t.check(); // positions remembered and used
    moveToFront(t.env, 'Flags', 'flags');
    t.env.writeSheet('Cases', 'A1', [['Alerts today']]); // renamed: header text no longer says Flags
    t.env.writeSheet('Cases', 'A2', [['']]);
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(1);
    expect(t.column('Flags')).toBe(-1);
    const row = t.env.readSheet('Cases')[1] ?? [];
    expect(String(row[0])).toMatch(/end/i);
    expect(row[t.column('Case ID')]).toBe('SCA-0001');
  });

  it('a renamed header is found by metadata and then remembered under the new header row', () => {
    const t = endingSoon();
    const flags = t.column('Flags');
    t.env.writeSheet('Cases', `${columnLetter(flags + 1)}1`, [['Today']]);
    t.env.calls.reset();
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(1);
    expect(String((t.env.readSheet('Cases')[1] ?? [])[flags])).toMatch(/end/i);
    t.env.calls.reset();
    t.check();
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(0);
  });

  it('onEdit twice in a row uses the remembered positions', () => {
    const t = endingSoon();
    t.addOn.userEdit('Cases', `${letter('unitsUsed')}2`, 11);
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(0);
    t.env.calls.reset();
    t.addOn.userEdit('Cases', `${letter('unitsUsed')}2`, 12);
    expect(t.env.calls.get(METADATA_SEARCHES)).toBe(0);
  });
});
