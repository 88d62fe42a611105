/**
 * Issue 14 item 4: the Pilot review as a manager would hand it on, in the preview — the period and basis at
 * the top, formatted tables, and the five embedded charts drawn as charts beside the grid, from their type,
 * ranges and title (docs/screenshots/pilot-review.png). Needs `npm run build` first (npm test does it).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS, clickMenu, previewSuite } from './sidebar-helpers';

jest.setTimeout(120_000);

describe('the Pilot review in the preview', () => {
  const suite = previewSuite();

  it('shows the basis and formatted tables, and draws each chart of the sheet as a chart', async () => {
    const { page } = await suite.open();
    await page.setViewportSize({ width: 1560, height: 1640 });
    await clickMenu(page, 'Pilot review');
    await page.locator('.tab.active', { hasText: 'Pilot review' }).waitFor();
    const cards = page.locator('#charts .chart-card');
    await cards.nth(4).waitFor();

    // Stacked in anchor order, each an SVG titled like the chart.
    await expect(cards.locator('figcaption').allTextContents()).resolves.toEqual([
      'Approval rate by payer',
      'Days to decision (median)',
      'Denials by reason',
      'Rate achieved vs requested',
      'Units used vs approved',
    ]);
    await expect(cards.locator('svg').count()).resolves.toBe(5);
    // Columns per payer (Northwind, Bay Coast, All payers); a bar per step; the pie's slices; two series side by side.
    const approval = cards.nth(0).locator('svg');
    await expect(approval.getAttribute('data-chart-type')).resolves.toBe('COLUMN');
    await expect(approval.locator('text', { hasText: /^\d+(\.\d)?%$/ }).count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(cards.nth(1).locator('svg').getAttribute('data-chart-type')).resolves.toBe('BAR');
    await expect(cards.nth(2).locator('svg path').count()).resolves.toBe(0); // one denial reason: a whole circle
    await expect(cards.nth(2).locator('svg circle').count()).resolves.toBe(1);
    await expect(cards.nth(3).locator('svg text', { hasText: /^Requested rate$/ }).count()).resolves.toBe(1);
    await expect(cards.nth(3).locator('svg text', { hasText: /^\$\d/ }).count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(cards.nth(4).locator('svg text', { hasText: /^Units used$/ }).count()).resolves.toBe(1);

    // The grid: basis at the top, currency and percentages, bold table headers.
    const grid = page.locator('table.grid');
    await expect(grid.getByRole('cell', { name: /^Basis: cases decided \(first approval or denial\) from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/ }).count()).resolves.toBe(1);
    await expect(grid.getByRole('cell', { name: /^\$\d[\d,]*\.\d\d$/ }).count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(grid.getByRole('cell', { name: /^\d+\.\d%$/ }).count()).resolves.toBeGreaterThanOrEqual(4);
    const header = grid.getByRole('cell', { name: 'Median days', exact: true }).first();
    await expect(header.evaluate((td) => getComputedStyle(td).fontWeight)).resolves.toMatch(/bold|700/);

    // The toast would cover the last chart: dismiss it, as a manager would before taking the picture.
    await page.locator('.toast-x').click();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'pilot-review.png') });
  });
});
