/** Issue 14 item 3: Settings look like settings — checkboxes, checked numbers and addresses, an explanation each, the alerts status on top. */
import type { Environment } from '../../../dev/emulator';
import { SETTING_EXPLAINS } from '../../../src/domain/settings-controls';
import { emptyEnvironment, runSetup, validationAt } from './setup-fixture';

function setUp(): { env: Environment; row: (label: string) => number; cell: (label: string) => unknown } {
  const env = emptyEnvironment();
  runSetup(env);
  const row = (label: string): number => env.readSheet('Settings').findIndex((r) => r[0] === label) + 1;
  return { env, row, cell: (label) => env.readSheet('Settings')[row(label) - 1]?.[1] };
}

describe('the Settings sheet after set-up', () => {
  it('opens with the alerts status: who runs them, then the last run and its result', () => {
    const { env } = setUp();
    expect(env.readSheet('Settings').slice(1, 3).map((r) => r[0])).toEqual(['Daily alerts', 'Last daily check']);
    const addOn = env.loadBundle();
    addOn.fireOnOpen();
    env.ui.queueResponse({ button: 'YES' });
    addOn.clickMenu('Turn daily alerts on/off');
    addOn.run('runDailyCheckNow');
    const [alerts, last] = env.readSheet('Settings').slice(1, 3);
    expect(String(alerts?.[1])).toMatch(/^ON — turned on by coordinator@clinic\.example/);
    expect(String(last?.[1])).toMatch(/cases read/);
  });

  it.each([
    ['Include patient initials in emails', 'CHECKBOX', false],
    ['Send digest when nothing is due', 'CHECKBOX', false],
    ['Alert hour (0-23)', 'CUSTOM_FORMULA', 7],
    ['Units low threshold (%)', 'CUSTOM_FORMULA', 20],
    ['Alert recipients', 'CUSTOM_FORMULA', ''],
    ['End date warning days', 'CUSTOM_FORMULA', '30, 14, 7'],
  ])('gives %s a %s control (value %j)', (label, type, value) => {
    const { env, row, cell } = setUp();
    expect(validationAt(env, 'Settings', `B${row(label)}`)).toMatchObject({ type, allowInvalid: false });
    expect(cell(label)).toEqual(value);
  });

  it('explains each setting in one line', () => {
    const { env, row } = setUp();
    expect(env.readSheet('Settings')[row('Alert hour (0-23)') - 1]?.[2]).toBe(SETTING_EXPLAINS.alertHour);
    expect(validationAt(env, 'Settings', `B${row('Alert hour (0-23)')}`)?.help).toContain(SETTING_EXPLAINS.alertHour);
  });
});

describe('editing Settings by hand', () => {
  it.each([
    ['Alert hour (0-23)', 9, true],
    ['Alert hour (0-23)', 24, false],
    ['Alert hour (0-23)', 'seven', false],
    ['Alert hour (0-23)', 7.5, false],
    ['Units low threshold (%)', 101, false],
    ['Alert recipients', 'lead@clinic.example, o\'brien@clinic.example', true],
    ['Alert recipients', 'lead@clinic.example; billing at clinic', false],
    ['End date warning days', '45, 30, 7', true],
    ['End date warning days', 'soon', false],
    ['Include patient initials in emails', true, true],
  ])('%s ← %j is accepted: %s', (label, value, accepted) => {
    const { env, row } = setUp();
    expect(env.loadBundle().userEdit('Settings', `B${row(label)}`, value).accepted).toBe(accepted);
  });

  it('a ticked box is read as on by the add-on', () => {
    const { env, row } = setUp();
    const addOn = env.loadBundle();
    addOn.userEdit('Settings', `B${row('Send digest when nothing is due')}`, true);
    addOn.userEdit('Settings', `B${row('Alert recipients')}`, 'lead@clinic.example');
    addOn.run('runDailyCheckNow');
    expect(env.mail.sent.map((m) => m.to)).toEqual(['lead@clinic.example']); // an empty digest, because the box is ticked
  });
});

describe('repairing an older Settings sheet', () => {
  it('turns TRUE / FALSE words into the checkbox and replaces "Expected: …" with the explanation, keeping other text', () => {
    const { env, row } = setUp();
    const initials = row('Include patient initials in emails');
    env.writeSheet('Settings', `B${initials}`, [['TRUE']]);
    env.spreadsheet.getSheetByName('Settings')?.getRange(`B${initials}`).clearDataValidations();
    env.writeSheet('Settings', `C${initials}`, [['Expected: TRUE or FALSE.']]);
    env.writeSheet('Settings', `C${row('Clinic name')}`, [["'=our own note"]]);
    runSetup(env);
    const rows = env.readSheet('Settings');
    expect(rows[initials - 1]?.slice(1, 3)).toEqual([true, SETTING_EXPLAINS.includePatientInitials]);
    expect(validationAt(env, 'Settings', `B${initials}`)).toMatchObject({ type: 'CHECKBOX' });
    expect(rows[row('Clinic name') - 1]?.[2]).toBe('=our own note');
  });
});
