/**
 * The local preview in a real browser: the built bundle's workbook and add-on menu are shown, a menu item
 * runs, an edit is saved to the state file and survives a restart, and google.script.run is bridged.
 * Needs `npm run build` first (npm test does it); the browser is found by ./browser.ts.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildPageAssets } from '../../dev/preview/page-assets';
import { startPreview, type RunningPreview } from '../../dev/preview/server';
import { calendarDateOf, wallClockIn } from '../../src/domain/calendar-date';
import { launchBrowser } from './browser';
import { PREVIEW_BUNDLE_FIXTURE } from './preview-bundle-fixture';

jest.setTimeout(60_000);


/** Waits until `condition` holds (the page's request is asynchronous). */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('preview', () => {
  let dir: string;
  let statePath: string;
  let builtDist: string;
  let browser: Browser;
  let preview: RunningPreview | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sca-preview-'));
    statePath = join(dir, '.preview-state.json');
    // A copy of the build, so a rebuild running alongside cannot swap the bundle mid-test.
    builtDist = join(dir, 'dist');
    cpSync(resolve(__dirname, '../../dist'), builtDist, { recursive: true });
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await preview?.close();
    preview = null;
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(reset: boolean, distDir?: string): Promise<{ page: Page; preview: RunningPreview }> {
    preview = await startPreview({ port: 0, statePath, reset, distDir: distDir ?? builtDist });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(preview.url);
    await page.locator('table.grid').waitFor();
    return { page, preview };
  }

  /** A dist directory with the fixture bundle and the built Sidebar.html. */
  function fixtureDist(): string {
    const distDir = join(dir, 'fixture-dist');
    mkdirSync(distDir, { recursive: true });
    writeFileSync(join(distDir, 'Code.js'), PREVIEW_BUNDLE_FIXTURE);
    copyFileSync(join(builtDist, 'Sidebar.html'), join(distDir, 'Sidebar.html'));
    return distDir;
  }

  async function clickMenu(page: Page, caption: string): Promise<void> {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.locator('.has-sub').first().hover();
    await page.locator('.submenu .menu-item', { hasText: caption }).click();
  }

  /** The 0-based column of `header` on the Cases sheet's header row. */
  function columnOf(running: RunningPreview, header: string): number {
    const headers = running.session.env.readSheet('Cases')[0] ?? [];
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No ${header} column in ${headers.join(', ')}`);
    return index;
  }

  describe('page', () => {
    it('shows the workbook and the add-on menu, runs a menu item, and keeps an edit across a restart', async () => {
      const first = await open(true);
      const { page } = first;

      await expect(page.locator('.tab.active').textContent()).resolves.toBe('Cases');
      await expect(page.locator('table.grid tbody tr').first().textContent()).resolves.toContain('Case ID');
      await expect(page.locator('table.grid tbody').textContent()).resolves.toContain('SCA-0006');

      // Extensions ▸ <add-on menu> ▸ Help shows what the add-on shows (an alert, or Sheets' error dialog).
      await page.getByRole('button', { name: 'Extensions' }).click();
      const menuTitle = first.preview.session.env.ui.menus[0]?.title ?? '';
      expect(menuTitle).not.toBe('');
      await page.locator('.has-sub', { hasText: menuTitle }).hover();
      await page.locator('.submenu .menu-item', { hasText: 'Help' }).click();
      const modal = page.locator('.modal');
      await modal.waitFor();
      expect((await modal.textContent())?.length ?? 0).toBeGreaterThan(0);
      await page.screenshot({ path: '/tmp/preview.png' });
      await page.locator('.modal-buttons button').click();
      await modal.waitFor({ state: 'detached' });

      // Type into a free-text cell (Notes of the first case) the way a user would.
      const notes = columnOf(first.preview, 'Notes');
      const text = 'Called payer, ref 4471';
      await page.locator(`td[data-r="1"][data-c="${notes}"]`).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await until(() => first.preview.session.env.readSheet('Cases')[1]?.[notes] === text);
      // The state changes before the page has the response and redraws: wait for the cell, not the first read.
      await page.locator(`td[data-r="1"][data-c="${notes}"]`, { hasText: text }).waitFor();
      // A pasted block lands from the selected cell down (tab-separated columns, one line per row).
      await page.locator(`td[data-r="2"][data-c="${notes}"]`).click();
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', 'Pasted A\nPasted B\n');
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
      });
      await until(() => first.preview.session.env.readSheet('Cases')[3]?.[notes] === 'Pasted B');
      expect(first.preview.session.env.readSheet('Cases')[2]?.[notes]).toBe('Pasted A');

      // An entry data validation refuses is explained, not kept.
      const status = columnOf(first.preview, 'Status');
      await page.locator(`td[data-r="1"][data-c="${status}"]`).click();
      await page.keyboard.type('Maybe later');
      await page.keyboard.press('Enter');
      await page.locator('.modal', { hasText: 'There was a problem' }).waitFor();
      await page.locator('.modal-buttons button').click();
      expect(first.preview.session.env.readSheet('Cases')[1]?.[status]).toBe('Identified');

      await page.close();
      await first.preview.close();
      preview = null;

      const second = await open(false);
      await expect(second.page.locator(`td[data-r="1"][data-c="${notes}"]`).textContent()).resolves.toBe(text);
      await second.page.close();
    });
  });

  describe('google.script shim', () => {
    it('calls server functions asynchronously and reports failures and illegal arguments like HtmlService', async () => {
      const { page } = await open(false);
      await page.addScriptTag({ content: (await buildPageAssets()).shim });
      const outcome = await page.evaluate(async () => {
        type Runner = Record<string, (...args: unknown[]) => Runner>;
        const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
        const call = (name: string, ...args: unknown[]): Promise<{ ok: boolean; value: unknown; user: unknown; sync: boolean }> =>
          new Promise((resolve) => {
            let sync = true;
            const onSuccess = (value: unknown, user: unknown): void => resolve({ ok: true, value, user, sync });
            const onFailure = (error: unknown, user: unknown): void => resolve({ ok: false, value: (error as Error).message, user, sync });
            const configured = run['withSuccessHandler']!(onSuccess)['withFailureHandler']!(onFailure)['withUserObject']!('row-7');
            configured[name]!(...args);
            sync = false;
          });
        let illegal = '';
        try {
          run['onOpen']!(new Date());
        } catch (error) {
          illegal = (error as Error).message;
        }
        // At most 10 calls in flight: count concurrent requests while 15 calls are made at once.
        let active = 0;
        let peak = 0;
        const realFetch = window.fetch.bind(window);
        window.fetch = async (...request: Parameters<typeof fetch>) => {
          active += 1;
          peak = Math.max(peak, active);
          try {
            return await realFetch(...request);
          } finally {
            active -= 1;
          }
        };
        const burst = await Promise.all(Array.from({ length: 15 }, () => call('onOpen')));
        window.fetch = realFetch;
        return { open: await call('onOpen'), privateFn: await call('secret_'), illegal, burst: burst.filter((r) => r.ok).length, peak };
      });
      expect(outcome.burst).toBe(15);
      expect(outcome.peak).toBeLessThanOrEqual(10);
      expect(outcome.open).toEqual({ ok: true, value: null, user: 'row-7', sync: false });
      expect(outcome.privateFn.ok).toBe(false);
      expect(outcome.privateFn.user).toBe('row-7');
      expect(outcome.illegal).toMatch(/illegal value/);
      await page.close();
    });
  });

  describe('sidebar', () => {
    it('shows the built Sidebar.html with its served state, and google.script.run bridged to the server functions', async () => {
      const { page } = await open(true, fixtureDist());

      await page.locator('td[data-r="2"][data-c="1"]').click();
      await clickMenu(page, 'Open sidebar');
      const sidebar = page.frameLocator('iframe.sidebar-frame');
      // The picker the served state asked for, filled by a searchCases() call through the bridge.
      await sidebar.locator('.picker-message', { hasText: 'Select a row on the Cases sheet' }).waitFor();
      await sidebar.locator('.picker-hit', { hasText: 'SCA-0002' }).waitFor();
      await sidebar.getByLabel('Case ID, payer or owner').fill('SCA-0003');
      await sidebar.getByRole('button', { name: 'Search' }).click();
      await expect(sidebar.locator('.picker-hit').allTextContents()).resolves.toEqual([expect.stringContaining('SCA-0003')]);

      // A server error with a reason code shows where it happened.
      await sidebar.getByLabel('Case ID, payer or owner').fill('boom');
      await sidebar.getByRole('button', { name: 'Search' }).click();
      await sidebar.locator('.picker .error', { hasText: 'The tracker is busy.' }).waitFor();
      await page.close();
    });
    it('runs the real bundle end to end: the daily check flags a case, and its sidebar shows its steps, its alerts and what blocks the next step', async () => {
      const { page } = await open(true);
      await clickMenu(page, 'Run daily check now');
      await page.getByRole('button', { name: 'OK' }).click();
      // SCA-0005 (sheet row 6; the grid's data-r is 0-based) has a verbal approval and no written confirmation yet.
      await page.locator(`td[data-r="5"][data-c="${columnOf(preview!, 'Status')}"]`).click();
      await clickMenu(page, 'Open sidebar');
      const sidebar = page.frameLocator('iframe.sidebar-frame');
      await sidebar.locator('.case-id', { hasText: 'SCA-0005' }).waitFor();
      await expect(sidebar.locator('.status-chip').textContent()).resolves.toBe('Approved (verbal)');
      await expect(sidebar.locator('.steps li').count()).resolves.toBe(6);
      await expect(sidebar.locator('.alerts').textContent()).resolves.toMatch(/written confirmation/i);
      await expect(sidebar.locator('.todo-now').textContent()).resolves.toMatch(/SCA #|written/i);
      await page.screenshot({ path: '/tmp/preview-real-sidebar.png' });
      await page.close();
    });

    it('runs Pilot review from the menu and draws its charts beside the grid', async () => {
      const { page } = await open(true);
      await clickMenu(page, 'Pilot review');
      await page.locator('.tab.active', { hasText: 'Pilot review' }).waitFor();
      const cards = page.locator('#charts .chart-card');
      await cards.first().waitFor();
      await expect(cards.locator('figcaption').allTextContents()).resolves.toEqual(['Approval rate by payer', 'Days to decision (median)', 'Denials by reason', 'Rate achieved vs requested', 'Units used vs approved']);
      await expect(page.locator('#charts .chart-card[data-chart-type="PIE"] svg').count()).resolves.toBe(1);
      await page.screenshot({ path: '/tmp/preview-pilot-review.png' });
      await page.close();
    });
  });

  describe('add-on surfaces', () => {
    it('shows alerts, toasts and dialogs, and runs the installed daily trigger on the chosen day into the outbox', async () => {
      const { page } = await open(true, fixtureDist());

      await clickMenu(page, 'About');
      await page.locator('.modal', { hasText: 'Fixture bundle for the preview tests.' }).waitFor();
      await page.locator('.modal-buttons button').click();

      await clickMenu(page, 'Show dialog');
      const dialog = page.frameLocator('iframe.dialog-frame');
      await dialog.locator('#msg', { hasText: 'Draft letter' }).waitFor();
      await dialog.locator('#close').click();
      await page.locator('.modal').waitFor({ state: 'detached' });

      await page.getByRole('button', { name: /Run daily trigger/ }).click();
      await page.locator('.toast', { hasText: 'No daily trigger is installed' }).waitFor();

      await clickMenu(page, 'Install daily check');
      await page.locator('.toast', { hasText: 'Daily check installed' }).waitFor();
      await page.locator('.trigger-info', { hasText: 'dailyCheck daily at 7:00' }).waitFor();

      await page.getByLabel('Today').fill('2026-03-09');
      await until(() => preview?.session.view().today === '2026-03-09');
      await page.getByRole('button', { name: /Run daily trigger/ }).click();
      await page.locator('.drawer-tab', { hasText: 'Outbox (1)' }).click();
      await page.locator('.mail summary', { hasText: 'SCA digest 2026-03-09' }).click();
      await expect(page.locator('.mail-text').textContent()).resolves.toContain('SCA-0003 follow-up due');
      await page.frameLocator('iframe.mail-html').locator('#digest').waitFor();
      await page.getByRole('button', { name: 'Clear outbox' }).click();
      await page.locator('.drawer-tab', { hasText: 'Outbox (0)' }).waitFor();

      // Extensions ▸ Reset the demo workbook… (after a confirm) starts over: no trigger installed any more.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.locator('.menu-item', { hasText: 'Reset the demo workbook' }).click();
      await page.locator('.toast', { hasText: 'seeded again' }).waitFor();
      await page.locator('.trigger-info', { hasText: 'No time trigger installed' }).waitFor();
      await page.close();
    });
  });

  describe('today control', () => {
    // "Today" is 09:00 on the spreadsheet's calendar, whatever the offset that day (DST edges included).
    it.each([
      ['2026-03-08', 'America/New_York', '2026-03-08T13:00:00.000Z'],
      ['2026-03-07', 'America/New_York', '2026-03-07T14:00:00.000Z'],
      ['2026-11-01', 'America/New_York', '2026-11-01T14:00:00.000Z'],
      ['2026-03-29', 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
      ['2026-07-01', 'Pacific/Honolulu', '2026-07-01T19:00:00.000Z'],
    ])('sets %s in %s to %s', (date, zone, instant) => {
      const at = wallClockIn(date, 9, zone);
      expect(at.toISOString()).toBe(instant);
      expect(calendarDateOf(at, zone)).toBe(date);
    });
  });
});
