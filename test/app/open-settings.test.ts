/** Menu 'Settings' and the Settings it feeds into set-up, through the built bundle. */
import { columnOf, emptyEnvironment, letterOf, runSetup, validationAt } from '../sheets/setup/setup-fixture';

// Each run loads and runs the built bundle over whole sheets: allow for a loaded machine.
jest.setTimeout(30_000);

describe('openSettings', () => {
  it('creates and opens the Settings sheet with every default when it is missing', () => {
    const env = emptyEnvironment();
    env.loadBundle().run('openSettings');
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Settings');
    expect(env.readSheet('Settings').length).toBeGreaterThan(10);
    expect(env.ui.toasts.map((t) => t.message)).toEqual(['Settings sheet ready: edit the Value column.']);
  });

  it('says in a toast which settings are invalid and that defaults apply', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const rows = env.readSheet('Settings');
    const hour = rows.findIndex((r) => r[0] === 'Alert hour (0-23)') + 1;
    env.writeSheet('Settings', `B${hour}`, [['noon']]);
    env.writeSheet('Plan rules', 'A2', [['Acme Health']]);
    env.writeSheet('Plan rules', `${letterOf(columnOf(env, 'Plan rules', 'Visit policy'))}2`, [['Sometimes']]);
    env.loadBundle().run('openSettings');
    const toast = env.ui.toasts.at(-1);
    expect(toast?.title).toBe('2 settings to fix (defaults apply)');
    expect(toast?.message).toMatch(/Alert hour \(0-23\): 'noon'/);
    expect(toast?.message).toMatch(/Plan rules row 2/);
  });

  it('changes nothing on a tracker that is set up', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const settings = env.readSheet('Settings');
    env.loadBundle().run('openSettings');
    expect(env.readSheet('Settings')).toEqual(settings);
    expect(env.ui.toasts).toEqual([]);
  });
});

describe('setUpTracker with edited Settings', () => {
  it('builds the Service line dropdown from Settings and mentions invalid settings in its message', () => {
    const env = emptyEnvironment();
    runSetup(env);
    const rows = env.readSheet('Settings');
    const at = (label: string): number => rows.findIndex((r) => r[0] === label) + 1;
    env.writeSheet('Settings', `B${at('Service lines')}`, [['ABA, Speech therapy']]);
    env.writeSheet('Settings', `B${at('Units low threshold (%)')}`, [[150]]);
    const message = env.loadBundle().run('setUpTracker');
    expect(message).toBeUndefined();
    const alert = env.ui.alerts.at(-1)?.prompt ?? '';
    expect(alert).toMatch(/^Tracker repaired: restored validation on 1 column\./);
    expect(alert).toMatch(/Settings to check \(defaults are used meanwhile\):\n• Units low threshold \(%\): '150'/);
    const serviceLine = `${letterOf(columnOf(env, 'Cases', 'Service line'))}2`;
    expect(validationAt(env, 'Cases', serviceLine)?.values).toEqual([['ABA', 'Speech therapy'], true]);
  });
});

describe('setUpTracker while another run holds the document lock', () => {
  it('changes nothing and says to try again', () => {
    const env = emptyEnvironment();
    env.locks.holdElsewhere('document');
    const before = JSON.stringify(env.saveWorkbook());
    env.loadBundle().run('setUpTracker');
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/Someone else is updating the tracker/);
    expect(env.ui.alerts.at(-1)?.prompt).not.toMatch(/Something went wrong/);
    expect(JSON.stringify(env.saveWorkbook())).toBe(before);
  });
});
