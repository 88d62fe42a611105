/** What the validation set-up installs does to a user's typing (addOn.userEdit: validation first, then onEdit). */
import { columnOf, emptyEnvironment, letterOf, runSetup } from './setup-fixture';

// Each run loads and runs the built bundle over whole sheets: allow for a loaded machine.
jest.setTimeout(30_000);

describe('validation installed by setUpTracker', () => {
  const env = emptyEnvironment();
  let addOn: ReturnType<typeof env.loadBundle>;
  const cell = (header: string, sheet = 'Cases'): string => `${letterOf(columnOf(env, sheet, header))}2`;
  beforeAll(() => {
    runSetup(env);
    addOn = env.loadBundle();
  });

  it.each([
    ['End date', 'Soon', 'A date, e.g. 2026-03-31.'],
    ['Units used', '2.5', 'A whole number, 0 or more.'],
    ['Units approved', '-3', 'A whole number, 0 or more.'],
    ['Requested rate', '-10', 'An amount in dollars per unit, 0 or more.'],
    ['Status', 'Done', expect.stringMatching(/^Choose one of Identified, Assembling packet, .* Closed\.$/)],
    ['Owner', 'bob', 'An email address, e.g. name@clinic.example.'],
    ['Agreement link', 'the drive', "A link starting with https://, e.g. the agreement's share link"],
    ['Packet: Credentials', 'yes', 'Tick the box when done.'],
  ])('rejects %p typed as %p with its help text, leaving the cell as it was', (header, typed, help) => {
    const a1 = cell(header);
    const result = addOn.userEdit('Cases', a1, typed);
    expect(result).toEqual({ accepted: false, rejection: help });
    expect(env.spreadsheet.getSheetByName('Cases')?.getRange(a1).getValue()).toBe('');
  });

  it.each([
    ['Visit policy', 'Plan rules', 'Sometimes'],
    ['Date', 'In-network search', 'last week'],
  ])('rejects a bad %s on %s', (header, sheet, typed) => {
    expect(addOn.userEdit(sheet, cell(header, sheet), typed).accepted).toBe(false);
  });

  it.each([
    ['End date', '2026-03-31'],
    ['Units used', '3'],
    ['Status', 'Identified'],
    ['Owner', 'ana@clinic.example'],
  ])('accepts a valid %s', (header, typed) => {
    const a1 = cell(header).replace('2', '40');
    expect(addOn.userEdit('Cases', a1, typed).accepted).toBe(true);
  });
});
