/**
 * Issue 14 item 1: the first screen of Cases answers "what do I do today". In the preview (the demo the
 * bundle's own set-up built), after the daily check: Case ID, Patient, Payer, Owner, Status, Flags, Problems
 * and Next follow-up are in view on a laptop-sized window, rows are coloured by their most urgent flag, and the
 * Flags header carries the colour key. Saves docs/screenshots/cases-first-screen.png. Needs `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_COLUMNS } from '../../src/domain/case-columns';
import { clickMenu, previewSuite, SCREENSHOTS } from './sidebar-helpers';

const FIRST_SCREEN = ['Case ID', 'Patient', 'Payer', 'Owner', 'Status', 'Flags', 'Problems', 'Next follow-up'];

jest.setTimeout(120_000);

describe('the Cases first screen, in a browser', () => {
  const suite = previewSuite();

  it('shows what needs action today next to Status, coloured by severity, with the colour key on the Flags header', async () => {
    const { page, preview } = await suite.open();
    await page.setViewportSize({ width: 1366, height: 768 });
    await clickMenu(page, 'Run daily check now');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('tab', { name: 'Cases' }).click();

    // The demo's Cases sheet was made by the bundle's own set-up, in the layout's order.
    expect(CASE_COLUMNS.slice(0, FIRST_SCREEN.length).map((c) => c.header)).toEqual(FIRST_SCREEN);
    expect(preview.session.env.readSheet('Cases')[0]?.slice(0, FIRST_SCREEN.length)).toEqual(FIRST_SCREEN);
    const sheet = preview.session.env.spreadsheet.getSheetByName('Cases');
    const flagsHeader = sheet?.getRange(1, FIRST_SCREEN.indexOf('Flags') + 1);
    expect(flagsHeader?.getNote()).toMatch(/red row: URGENT — act today[\s\S]*yellow row: WARNING[\s\S]*blue row: INFO[\s\S]*orange Problems cell/);
    expect([sheet?.getFrozenRows(), sheet?.getFrozenColumns()]).toEqual([1, 1]);
    const widths = FIRST_SCREEN.map((_, i) => sheet?.getColumnWidth(i + 1) ?? 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_300);

    // Each first-screen header is drawn inside the window, and some row carries an urgent flag.
    const grid = page.locator('table.grid');
    for (const header of FIRST_SCREEN) {
      const box = await grid.getByRole('cell', { name: header, exact: true }).first().boundingBox();
      expect([header, box !== null && box.x + box.width <= 1366]).toEqual([header, true]);
    }
    await expect(grid.innerText()).resolves.toMatch(/URGENT/);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'cases-first-screen.png') });
  });
});
