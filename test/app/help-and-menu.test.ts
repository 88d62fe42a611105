/** Menu 'Help' and the menu itself, through the built bundle. */
import { emptyEnvironment } from '../sheets/setup/setup-fixture';

describe('showHelp', () => {
  it('opens a modal how-to with the six steps, the menu and the privacy rule', () => {
    const env = emptyEnvironment();
    env.loadBundle().run('showHelp');
    expect(env.ui.dialogs).toHaveLength(1);
    const dialog = env.ui.dialogs[0];
    expect(dialog?.modal).toBe(true);
    expect(dialog?.title).toBe('SCA Tracker — how it works');
    for (const step of ['Identify', 'Assemble the packet', 'Submit', 'Negotiate', 'Get it in writing', 'Deliver and track']) expect(dialog?.html).toContain(step);
    expect(dialog?.html).toContain('Set up or repair tracker');
    expect(dialog?.html).toMatch(/never a full name/);
    expect(dialog?.html).not.toMatch(/<script/i);
  });

  it('explains every status, every flag with what to do, the row colours and what the add-on writes', () => {
    const env = emptyEnvironment();
    env.loadBundle().run('showHelp');
    const html = env.ui.dialogs[0]?.html ?? '';
    for (const status of ['Identified', 'Assembling packet', 'Submitted', 'In negotiation', 'Approved (verbal)', 'Approved (written)', 'Active', 'Denied', 'Appealed', 'Closed']) {
      expect(html).toContain(`<li><b>${status}</b> — `);
    }
    expect(html.match(/<li>[^<]+ → <i>/g)).toHaveLength(11); // one line per alert kind
    expect(html).toContain('Follow-up overdue → <i>Contact the payer and log the contact</i>');
    // The key shows the very colours set-up paints (tracker-row-colours.ts).
    for (const colour of ['#f4c7c3', '#fce8b2', '#d2e3fc', '#fde7c5']) expect(html).toContain(`background:${colour}`);
    expect(html).toMatch(/URGENT — act today/);
    expect(html).toContain('What the add-on writes');
    expect(html).toMatch(/only Case ID, Flags and Problems/);
  });

  it('describes exactly the items the menu has', () => {
    const env = emptyEnvironment();
    const addOn = env.loadBundle();
    addOn.fireOnOpen('NONE');
    addOn.run('showHelp');
    const html = env.ui.dialogs[0]?.html ?? '';
    const captions = (env.ui.menus[0]?.items ?? []).flatMap((i) => (i === 'separator' || i.caption === 'Help' ? [] : [i.caption]));
    expect(captions.length).toBeGreaterThanOrEqual(2);
    for (const caption of captions) expect(html).toContain(`<b>${caption}</b>`);
    expect([...html.matchAll(/<li><b>([^<]+)<\/b>:/g)].map((m) => m[1])).toEqual(captions);
  });

  it('needs no sheet: it touches no spreadsheet data', () => {
    const env = emptyEnvironment();
    env.calls.reset();
    env.loadBundle().run('showHelp');
    expect(env.calls.get('Range') + env.calls.get('Sheet')).toBe(0);
  });
});

describe('onOpen', () => {
  it('builds the menu in AuthMode.NONE with set-up and Settings before Help, Help last, and nothing else', () => {
    const env = emptyEnvironment();
    env.loadBundle().fireOnOpen('NONE');
    const items = env.ui.menus[0]?.items ?? [];
    const captions = items.map((i) => (i === 'separator' ? '|' : i.caption));
    expect(captions.at(-1)).toBe('Help');
    expect(captions.at(-2)).toBe('|');
    expect(captions.indexOf('Set up or repair tracker')).toBeLessThan(captions.indexOf('Settings'));
    expect(captions[0]).not.toBe('|');
    expect(env.calls.get('Spreadsheet') + env.calls.get('PropertiesService')).toBe(0);
  });

  it('points every item at a public function of the bundle', () => {
    const env = emptyEnvironment();
    const addOn = env.loadBundle();
    addOn.fireOnOpen('NONE');
    for (const item of env.ui.menus[0]?.items ?? []) if (item !== 'separator') expect(addOn.publicFunctions).toContain(item.functionName);
  });
});
