/**
 * Issue 14 item 7: the preview behaves like Sheets where a newcomer tries it — adding and deleting rows (on
 * an empty log sheet too), pasting a block, sorting and filtering, typing a date the locale's way, and History
 * times in the spreadsheet's zone — driven in headless Chromium as a user would, on the built bundle.
 * Saves docs/screenshots/preview-sort-filter.png. Needs `npm run build` first (npm test does it).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startOfDayIn } from '../../src/domain/calendar-date';
import { columnOf, previewSuite, rowOfCase, SCREENSHOTS } from './sidebar-helpers';

jest.setTimeout(90_000);

const cell = (page: Page, row: number, col: number) => page.locator(`td[data-r="${row}"][data-c="${col}"]`);

/** Waits until `condition` holds (the page's requests are asynchronous). */
async function until(condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('.tab', { hasText: name }).click();
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

async function dataMenu(page: Page, caption: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Data' }).click();
  await page.locator('.popup-menu .menu-item', { hasText: caption }).click();
}

/** "yyyy-MM-dd HH:mm" of `at` in `timeZone`, as History's When column shows it. */
function wallClock(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describe('the preview, like Sheets', () => {
  const suite = previewSuite();

  it('adds a row to an empty log sheet and deletes it again from the row menu', async () => {
    const { page, preview } = await suite.open();
    const env = preview.session.env;
    await openTab(page, 'Contacts');
    expect(env.readSheet('Contacts')).toHaveLength(1);
    // Sheets shows the empty rows under the header: the first one takes typing at once.
    const summary = columnOf(preview, 'Contacts', 'Summary');
    await cell(page, 1, summary).click();
    await page.keyboard.type('Called the plan');
    await page.keyboard.press('Enter');
    await until(() => env.readSheet('Contacts')[1]?.[summary] === 'Called the plan');

    // Right-click a row number ▸ Insert 1 row above: the typed row moves down, the sheet grows by one.
    await page.locator('th.row-head[data-row="1"]').click({ button: 'right' });
    await page.locator('.popup-menu .menu-item', { hasText: 'Insert 1 row above' }).click();
    await until(() => env.readSheet('Contacts')[2]?.[summary] === 'Called the plan');
    expect(env.spreadsheet.getSheetByName('Contacts')?.getMaxRows()).toBe(1001);
    await cell(page, 2, summary).filter({ hasText: 'Called the plan' }).waitFor();

    await page.locator('th.row-head[data-row="2"]').click({ button: 'right' });
    await page.locator('.popup-menu .menu-item', { hasText: 'Delete row 3' }).click();
    await until(() => env.readSheet('Contacts').length === 1);
    expect(env.spreadsheet.getSheetByName('Contacts')?.getMaxRows()).toBe(1000);
  });

  it('pastes a block as one edit, sorts by a column keeping the header, and filters by values', async () => {
    const { page, preview } = await suite.open();
    await page.setViewportSize({ width: 1500, height: 860 });
    const env = preview.session.env;
    const status = columnOf(preview, 'Cases', 'Status');
    const caseId = columnOf(preview, 'Cases', 'Case ID');

    // A two-row paste over Status: the add-on sees one multi-cell edit and counts the rows that break a rule.
    const first = rowOfCase(preview, 'SCA-0001');
    await cell(page, first, status).click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Submitted\nSubmitted\n');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
    });
    await until(() => env.readSheet('Cases')[first + 1]?.[status] === 'Submitted');
    await page.locator('.toast', { hasText: /pasted rows? breaks? a rule/ }).waitFor();

    // Data ▸ Sort sheet by the selected column, Z → A: the header row stays on top.
    await cell(page, 1, caseId).click();
    await dataMenu(page, /Sort sheet by column A, Z → A/);
    await until(() => env.readSheet('Cases')[1]?.[caseId] === 'SCA-0009');
    expect(env.readSheet('Cases').map((r) => r[caseId])).toEqual(['Case ID', ...[9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => `SCA-000${n}`)]);
    await cell(page, 1, caseId).filter({ hasText: 'SCA-0009' }).waitFor();

    // Data ▸ Create a filter, then the Status filter: untick "Active" — those rows hide, their data stays.
    await dataMenu(page, 'Create a filter');
    const button = page.locator(`button.filter-button[data-c="${status}"]`);
    await button.click();
    await page.locator('.filter-popup .filter-value', { hasText: 'Active' }).locator('input').uncheck();
    await page.locator('.filter-popup button', { hasText: 'OK' }).click();
    const sheet = env.spreadsheet.getSheetByName('Cases');
    const activeRows = env
      .readSheet('Cases')
      .map((r, i) => (r[status] === 'Active' ? i + 1 : 0))
      .filter((n) => n > 0);
    expect(activeRows).toHaveLength(2);
    await until(() => activeRows.every((row) => sheet?.isRowHiddenByFilter(row) === true));
    await page.locator('tr.filtered-out').nth(1).waitFor({ state: 'attached' });
    expect(await page.locator('tr.filtered-out').count()).toBe(2);
    expect(env.readSheet('Cases')).toHaveLength(10);

    // The filter menu sorts too (A → Z within the filter, below its header row).
    const statuses = (): string[] => env.readSheet('Cases').slice(1).map((r) => String(r[status]));
    const sorted = [...statuses()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    await button.click();
    await page.locator('.filter-popup .menu-item', { hasText: 'Sort A → Z' }).click();
    await until(() => statuses().join() === sorted.join());
    expect(env.readSheet('Cases')[0]?.[status]).toBe('Status');
    await page.locator('button.filter-button.active').waitFor();

    await page.locator('#grid').evaluate((grid) => grid.scrollTo({ left: 0 }));
    await button.click();
    await page.locator('.filter-popup').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-sort-filter.png') });
    await page.keyboard.press('Escape');

    await dataMenu(page, 'Remove filter');
    await until(() => activeRows.every((row) => sheet?.isRowHiddenByFilter(row) === false));
    await page.waitForFunction(() => document.querySelectorAll('tr.filtered-out').length === 0 && !document.querySelector('.filter-button'));
  });

  it('reads 3/7/2026 as March 7 (en_US) and shows History times in the spreadsheet zone', async () => {
    const { page, preview } = await suite.open();
    const env = preview.session.env;
    const followUp = columnOf(preview, 'Cases', 'Next follow-up');
    const status = columnOf(preview, 'Cases', 'Status');
    const row = rowOfCase(preview, 'SCA-0001');

    await cell(page, row, followUp).click();
    await page.keyboard.type('3/7/2026');
    await page.keyboard.press('Enter');
    await until(() => (env.readSheet('Cases')[row]?.[followUp] as Date | undefined)?.getTime() === startOfDayIn('2026-03-07', env.timeZone).getTime());

    // A typed Status change is written to History; its When shows the wall clock of the spreadsheet's zone.
    await cell(page, row, status).click();
    await page.keyboard.type('Assembling packet');
    await page.keyboard.press('Enter');
    await until(() => env.readSheet('History').length === 2);
    const at = env.now();
    await openTab(page, 'History');
    const when = columnOf(preview, 'History', 'When');
    const shown = (await cell(page, 1, when).textContent()) ?? '';
    expect(shown).toBe(wallClock(at, env.timeZone));
    expect(env.timeZone).toBe('America/New_York');
    expect(shown).not.toBe(wallClock(at, 'UTC'));

    // The grid draws the widths the sheet set (set-up sizes its columns), not a fit to the text.
    const width = env.spreadsheet.getSheetByName('History')?.getColumnWidth(when + 1);
    await expect(page.locator('table.grid col').nth(when + 1).getAttribute('style')).resolves.toBe(`width:${width}px`);
  });
});
