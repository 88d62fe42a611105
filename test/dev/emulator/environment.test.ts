/** The environment wired to the real spreadsheet model (createEnvironment from dev/emulator). */
import { createEnvironment } from '../../../dev/emulator';
import { join } from 'node:path';
import { FIXTURES } from './environment-factory';

const setup = () => {
  const env = createEnvironment({ now: '2026-03-09T13:00:00Z', timeZone: 'America/New_York' });
  return { env, addOn: env.loadBundle(FIXTURES) };
};

describe('createEnvironment', () => {
  describe('userEdit', () => {
    it('fires onEdit in LIMITED with range, source, user, value and oldValue', () => {
      const { env, addOn } = setup();
      env.writeSheet('Sheet1', 'A1', [['old']]);
      expect(addOn.userEdit('Sheet1', 'A1', 'new')).toEqual({ accepted: true });
      expect(addOn.run('lastEdit')).toEqual({
        mode: 'LIMITED',
        sheet: 'Sheet1',
        a1: 'A1',
        hasValue: true,
        value: 'new',
        oldValue: 'old',
        user: 'coordinator@clinic.example',
        source: env.spreadsheet.getId(),
      });
      expect(env.readSheet('Sheet1')).toEqual([['new']]);
    });

    it('fires installed onEdit triggers in FULL after the simple trigger', () => {
      const { addOn } = setup();
      addOn.run('installEditTrigger');
      addOn.userEdit('Sheet1', 'B2', 'x');
      expect(addOn.run('lastInstalledEdit')).toEqual({ mode: 'FULL', triggerUid: expect.any(String), a1: 'B2' });
    });
  });

  // Simple triggers run asynchronously after the edit (Apps Script docs › guides/triggers): the
  // cell already holds the user's value, and e.range names the edited cell's coordinates at edit time
  // (Apps Script docs › guides/triggers/events — "range: A Range object, representing the cell
  // or range of cells that were edited"), so a sort in between leaves e.range on the same cell, now another row's.
  describe('userEditDeferred', () => {
    it('commits the value at once and runs onEdit only on deliver(), with the event built at edit time', () => {
      const { env, addOn } = setup();
      env.writeSheet('Sheet1', 'A1', [['b'], ['old']]);
      const edit = addOn.userEditDeferred('Sheet1', 'A2', 'a');
      expect(edit.result).toEqual({ accepted: true });
      expect(env.readSheet('Sheet1')).toEqual([['b'], ['a']]);
      expect(addOn.run('lastEdit')).toBeUndefined();
      env.spreadsheet.getSheetByName('Sheet1')?.sort(1); // the user sorts before the script runs
      addOn.userEdit('Sheet1', 'B1', 'other');
      edit.deliver();
      expect(addOn.run('lastEdit')).toEqual({
        mode: 'LIMITED',
        sheet: 'Sheet1',
        a1: 'A2',
        hasValue: true,
        value: 'a',
        oldValue: 'old',
        user: 'coordinator@clinic.example',
        source: env.spreadsheet.getId(),
      });
      expect(env.readSheet('Sheet1').map((r) => r[0])).toEqual(['a', 'b']);
      expect(() => edit.deliver()).toThrow('already delivered');
    });

    it('a rejected edit changes nothing and delivers nothing', () => {
      const { env, addOn } = setup();
      const list = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).newDataValidation().requireValueInList(['x']).setAllowInvalid(false).build();
      env.spreadsheet.getSheetByName('Sheet1')?.getRange('A1').setDataValidation(list);
      const edit = addOn.userEditDeferred('Sheet1', 'A1', 'y');
      expect(edit.result.accepted).toBe(false);
      edit.deliver();
      expect(addOn.run('lastEdit')).toBeUndefined();
    });
  });

  describe('calls.before', () => {
    it('runs a user action once, just before the given call of the script executes', () => {
      const { env } = setup();
      env.writeSheet('Sheet1', 'A1', [['b'], ['a']]);
      const sheet = env.spreadsheet.getSheetByName('Sheet1');
      env.calls.before('Range.getValues', () => sheet?.sort(1), { nth: 2 });
      const first = sheet?.getRange('A1:A2').getValues();
      const second = sheet?.getRange('A1:A2').getValues();
      const third = sheet?.getRange('A1:A2').getValues();
      expect([first, second, third]).toEqual([[['b'], ['a']], [['a'], ['b']], [['a'], ['b']]]);
    });
  });

  describe('simple onEdit trigger', () => {
    it('cannot send mail (MailApp needs FULL; onEdit runs in LIMITED)', () => {
      const env = createEnvironment();
      const addOn = env.loadBundle(join(FIXTURES, 'mail-on-edit'));
      expect(() => addOn.userEdit('Sheet1', 'A1', 'x')).toThrow(/permission to call MailApp.sendEmail.*AuthMode.LIMITED/);
      expect(env.mail.sent).toHaveLength(0);
    });

    it("gets e.user with an empty email when the environment hides the active user", () => {
      const env = createEnvironment({ hideActiveUserInSimpleTriggers: true });
      const addOn = env.loadBundle(FIXTURES);
      addOn.userEdit('Sheet1', 'A1', 'x');
      expect(addOn.run('lastEdit')).toMatchObject({ user: '' });
    });
  });

  describe('userPaste', () => {
    it('fires onEdit once without value or oldValue', () => {
      const { addOn } = setup();
      addOn.userPaste('Sheet1', 'A1', [['a', 'b'], ['c', 'd']]);
      expect(addOn.run('lastEdit')).toMatchObject({ a1: 'A1:B2', hasValue: false });
    });
  });

  describe('emulated Date', () => {
    it('lets a Date from the model’s getValues pass instanceof Date in the bundle', () => {
      const { env, addOn } = setup();
      env.writeSheet('Sheet1', 'A1', [[new Date('2026-03-09T05:00:00Z')]]);
      expect(addOn.run('firstCellIsDate', ['Sheet1'])).toBe(true);
    });
  });

  describe('saveWorkbook', () => {
    it('round-trips the model and the emulator state through JSON', () => {
      const { env, addOn } = setup();
      env.writeSheet('Sheet1', 'A1', [['Case ID', 'Due'], ['SCA-0001', new Date('2026-03-20T04:00:00Z')]]);
      addOn.run('setDocProperty', ['schema', '2']);
      const again = createEnvironment({ workbook: JSON.parse(JSON.stringify(env.saveWorkbook())) as ReturnType<typeof env.saveWorkbook> });
      expect(again.readSheet('Sheet1')).toEqual(env.readSheet('Sheet1'));
      expect(again.properties.document).toEqual({ schema: '2' });
    });
  });

  describe('time triggers', () => {
    it('cannot reach the Ui from a time trigger through the real SpreadsheetApp', () => {
      const { addOn } = setup();
      addOn.run('installTrigger', ['alertFromTrigger']);
      expect(() => addOn.fireTimeTriggers()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    });
  });
});
