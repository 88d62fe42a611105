/** The real build (dist/Code.js, from `npm run build`) loaded as Apps Script would load it. */
import { join } from 'node:path';
import { createTestEnvironment } from './environment-factory';

const DIST = join(__dirname, '../../../dist');
const MENU_ONLY = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.addItem|Menu\.addSeparator|Menu\.addSubMenu|Menu\.addToUi)$/;

describe('dist/Code.js in the emulator', () => {
  it('exposes onOpen and onInstall as top-level functions, not the IIFE global', () => {
    const addOn = createTestEnvironment().loadBundle(DIST);
    expect(addOn.publicFunctions).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    expect(addOn.publicFunctions).not.toContain('ScaTracker');
  });

  it.each(['NONE', 'LIMITED', 'FULL'] as const)('onOpen in AuthMode.%s builds the add-on menu with Help', (mode) => {
    const env = createTestEnvironment();
    env.loadBundle(DIST).fireOnOpen(mode);
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.menus[0]?.title).toBe('SCA Tracker');
    expect(env.ui.menus[0]?.items).toContainEqual({ caption: 'Help', functionName: 'showHelp' });
  });

  it('onOpen in AuthMode.NONE calls nothing but the Ui and menu methods', () => {
    const env = createTestEnvironment();
    env.loadBundle(DIST).fireOnOpen('NONE');
    const called = Object.keys(env.calls.snapshot());
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((key) => !MENU_ONLY.test(key))).toEqual([]);
  });

  it('onInstall builds the same menu', () => {
    const env = createTestEnvironment();
    env.loadBundle(DIST).fireOnInstall();
    expect(env.ui.menus[0]?.items).toContainEqual({ caption: 'Help', functionName: 'showHelp' });
  });
});
