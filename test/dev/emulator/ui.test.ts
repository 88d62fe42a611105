import { createTestEnvironment, FIXTURES } from './environment-factory';

const setup = () => {
  const env = createTestEnvironment();
  const addOn = env.loadBundle(FIXTURES);
  const ui = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
  return { env, addOn, ui };
};

describe('Ui', () => {
  describe('menus', () => {
    it('records the add-on menu under the add-on name with items and separators', () => {
      const { env, addOn } = setup();
      addOn.fireOnOpen('NONE');
      expect(env.ui.menus).toEqual([
        { title: 'SCA Tracker', items: [{ caption: 'Do work', functionName: 'doWork' }, 'separator', { caption: 'Ask', functionName: 'ask' }] },
      ]);
    });

    it('lists a submenu’s items in place', () => {
      const { env, ui } = setup();
      ui.createMenu('Tools').addItem('One', 'one').addSubMenu(ui.createMenu('More').addItem('Two', 'two')).addToUi();
      expect(env.ui.menus[0]?.items).toEqual([
        { caption: 'One', functionName: 'one' },
        { caption: 'Two', functionName: 'two' },
      ]);
    });

    it('clickMenu runs the item in FULL; an unknown caption throws', () => {
      const { env, addOn } = setup();
      addOn.fireOnOpen('NONE');
      expect(addOn.clickMenu('Do work')).toBe('done');
      expect(env.properties.document).toEqual({ worked: 'yes' });
      expect(() => addOn.clickMenu('Nope')).toThrow('No menu item "Nope"');
    });
  });

  describe('alert and prompt', () => {
    it('alert returns OK by default and records title and prompt', () => {
      const { env, ui } = setup();
      expect(ui.alert('Saved')).toBe(ui.Button.OK);
      env.ui.queueResponse({ button: 'NO' });
      expect(ui.alert('Title', 'Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
      expect(env.ui.alerts).toEqual([{ title: '', prompt: 'Saved' }, { title: 'Title', prompt: 'Really?' }]);
    });

    it('answers with queued responses, in order', () => {
      const { env, ui, addOn } = setup();
      env.ui.queueResponse({ button: 'YES' });
      expect(ui.alert('Title', 'Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
      env.ui.queueResponse({ button: 'CANCEL', text: 'ignored' });
      expect(addOn.run('ask')).toEqual(['CANCEL', 'ignored']);
    });

    it('refuses a queued button the dialog does not have', () => {
      const { env, ui } = setup();
      env.ui.queueResponse({ button: 'YES' });
      expect(() => ui.alert('Saved')).toThrow(/not a button of ButtonSet.OK/);
    });
  });

  describe('sidebar and dialogs', () => {
    it('records the sidebar and dialogs from HtmlOutput', () => {
      const { env, ui } = setup();
      const html = env.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
      ui.showSidebar(html.createHtmlOutput('<p>case</p>').setTitle('SCA case'));
      ui.showModalDialog(html.createHtmlOutput('<p>letter</p>'), 'Letter');
      expect(env.ui.sidebar).toEqual({ title: 'SCA case', html: '<p>case</p>' });
      expect(env.ui.dialogs).toEqual([{ title: 'Letter', html: '<p>letter</p>', modal: true, width: 300, height: 500 }]);
    });

    it('records a dialog at the size its HtmlOutput asks for (HtmlOutput.setWidth/setHeight: "the initial width/height of the custom dialog")', () => {
      const { env, ui } = setup();
      const html = env.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
      ui.showModalDialog(html.createHtmlOutput('<p>wide</p>').setWidth(1000).setHeight(660), 'Wide');
      ui.showModelessDialog(html.createHtmlOutput('<p>small</p>').setWidth(400).setHeight(200), 'Small');
      expect(env.ui.dialogs.map((d) => [d.title, d.modal, d.width, d.height])).toEqual([
        ['Wide', true, 1000, 660],
        ['Small', false, 400, 200],
      ]);
    });
  });

  describe('in a time-driven trigger', () => {
    it('getUi().alert throws "Cannot call SpreadsheetApp.getUi() from this context."', () => {
      const { env, addOn } = setup();
      addOn.run('installTrigger', ['alertFromTrigger']);
      expect(() => addOn.fireTimeTriggers()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
      expect(env.ui.alerts).toHaveLength(0);
    });
  });

  describe('toasts', () => {
    it('records Spreadsheet.toast with the clock', () => {
      const env = createTestEnvironment({ now: '2026-03-09T13:00:00Z' });
      env.spreadsheet.toast('Saved', 'SCA Tracker', 3);
      expect(env.ui.toasts).toEqual([{ message: 'Saved', title: 'SCA Tracker', at: new Date('2026-03-09T13:00:00Z') }]);
    });
  });
});

describe('Ui defaults', () => {
  it('answers an unqueued YES_NO alert with YES', () => {
    const env = createTestEnvironment();
    const ui = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
    expect(ui.alert('Title', 'Really?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
  });
});
