/**
 * The import dialog in a real browser, on the local preview: pick the clinic's sheet, check the proposed
 * mapping, change one column, see the preview with problems on their cells, import, read the summary,
 * and import again to be told nothing is new. Screenshots go to docs/screenshots/import-*.png.
 * Needs `npm run build` first (npm test does it).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../../dev/preview/server';
import { MESSY_TRACKER } from '../app/import/fixtures/messy-tracker';
import { launchBrowser } from './browser';

jest.setTimeout(90_000);

const SHOTS = resolve(__dirname, '../../docs/screenshots');

describe('import dialog (browser)', () => {
  let dir: string;
  let browser: Browser;
  let preview: RunningPreview;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sca-import-'));
    cpSync(resolve(__dirname, '../../dist'), join(dir, 'dist'), { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    preview = await startPreview({ port: 0, statePath: join(dir, '.preview-state.json'), reset: true, distDir: join(dir, 'dist') });
    const sheet = preview.session.env.spreadsheet.insertSheet(MESSY_TRACKER.name === 'Sheet1' ? 'Old tracker' : MESSY_TRACKER.name);
    const width = Math.max(...MESSY_TRACKER.rows.map((r) => r.length));
    sheet.getRange(1, 1, MESSY_TRACKER.rows.length, width).setValues(MESSY_TRACKER.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(preview.url);
    await page.locator('table.grid').waitFor();
  });

  afterAll(async () => {
    await page?.close();
    await preview?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function openImport(): Promise<FrameLocator> {
    // A dialog left open by an earlier step is closed first, as a person would.
    while ((await page.locator('.modal-x').count()) > 0) await page.locator('.modal-x').first().click();
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.locator('.has-sub').first().hover();
    await page.locator('.submenu .menu-item', { hasText: 'Import existing tracker' }).click();
    return page.frameLocator('iframe.dialog-frame');
  }

  it('maps, previews and imports the clinic sheet, then says a second import adds nothing', async () => {
    const dialog = await openImport();
    await dialog.locator('option', { hasText: 'Old tracker' }).waitFor({ state: 'attached' });
    await expect(dialog.getByLabel('Sheet', { exact: true }).inputValue()).resolves.toBe('Old tracker');
    await dialog.getByRole('button', { name: 'Next' }).click();

    // Mapping: proposed by header and synonym; the person sends "Ref" to Notes instead.
    const row = (header: string) => dialog.locator(`tr[data-column="${header}"]`);
    await row('Carrier').waitFor();
    // The title row above was skipped; choosing row 1 as headers reads the title as a header, and back.
    await expect(dialog.getByLabel('Header row').inputValue()).resolves.toBe('1');
    await dialog.getByLabel('Header row').selectOption({ value: '0' });
    await dialog.locator('tr[data-column^="Sunrise Therapy"]').waitFor();
    await dialog.getByLabel('Header row').selectOption({ value: '1' });
    await row('Carrier').waitFor();
    await expect(row('Carrier').locator('select').inputValue()).resolves.toBe('payer');
    await expect(row('Exp date').locator('select').inputValue()).resolves.toBe('endDate');
    await expect(row('STATUS').locator('.reason').textContent()).resolves.toBe('same header');
    await expect(row('misc').locator('select').inputValue()).resolves.toBe('');
    await row('Ref').locator('select').selectOption('');
    // The choice goes to the server and back: wait for the redrawn row rather than reading it once.
    await row('Ref').locator('.reason', { hasText: 'your choice' }).waitFor();
    await expect(row('Ref').locator('select').inputValue()).resolves.toBe('');
    await row('Ref').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'import-mapping.png') });

    // Preview: problems on their cells, and the counts.
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByTestId('counts').textContent()).resolves.toMatch(/5 rows to import · 3 with problems.*left out: 2 blank, 1 total row/);
    const problems = dialog.locator('td.problem');
    await expect(problems.allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining("'13/45/26' is not a real date"), expect.stringContaining("'maybe?' is not a status")]),
    );
    await page.screenshot({ path: join(SHOTS, 'import-preview.png') });

    // Import, then the summary.
    await dialog.getByRole('button', { name: /^Import 5 rows$/ }).click();
    const summary = dialog.getByTestId('summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/^Imported 5 cases \(SCA-\d{4} to SCA-\d{4}\) from “Old tracker” into Cases\. 3 rows had problems/);
    await page.screenshot({ path: join(SHOTS, 'import-done.png') });
    const cases = preview.session.env.readSheet('Cases');
    const head = cases[0] as string[];
    const ab = cases.find((r) => r[head.indexOf('Patient')] === 'AB');
    expect(ab?.[head.indexOf('Notes')]).toContain('Ref: R-77');
    expect(ab?.[head.indexOf('Payer reference #')]).toBe('');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator('.modal-html').waitFor({ state: 'detached' });

    // The same source again: nothing new.
    const again = await openImport();
    await again.getByRole('button', { name: 'Next' }).click();
    await again.getByRole('button', { name: 'Preview' }).click();
    await expect(again.getByTestId('counts').textContent()).resolves.toContain('5 imported before (skipped)');
    await expect(again.getByRole('button', { name: /^Import 0 rows$/ }).isDisabled()).resolves.toBe(true);
  });

  it('reads pasted CSV (quoted commas and newlines) and flags a column of full patient names', async () => {
    const dialog = await openImport();
    await dialog.getByRole('radio', { name: /CSV text/ }).check();
    await dialog.getByLabel('CSV text', { exact: true }).fill('Patient name,Insurance,End,Status,Comments\nJane Doe,Aetna,3/7/26,pending,"Called, left message"\nAmir Khan,"Cigna, Inc.",2026-04-01,approved verbally,"two\nlines"\n');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.locator('tr[data-column="Patient name"] .flag').waitFor();
    await expect(dialog.locator('tr[data-column="Patient name"] .flag').textContent()).resolves.toContain('initials or an internal ID');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.locator('table.preview tbody tr').nth(1).waitFor();
    await expect(dialog.locator('table.preview tbody tr').count()).resolves.toBe(2);
    await expect(dialog.locator('table.preview').textContent()).resolves.toContain('Cigna, Inc.');
    await page.screenshot({ path: join(SHOTS, 'import-csv-privacy.png') });
  });
});
