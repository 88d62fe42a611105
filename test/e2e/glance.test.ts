/**
 * Issue 14: what a coordinator reads, drawn by Chromium from what the built bundle produced — the Help dialog
 * and a digest email (docs/screenshots/help.png, digest.png). Needs `npm run build` first (npm test does it).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { activeCase, day, tracker } from '../app/daily-check/daily-fixture';
import { emptyEnvironment } from '../sheets/setup/setup-fixture';
import { launchBrowser } from './browser';
import { openPreview, tempWorkspace } from './sidebar-helpers';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

describe('what a coordinator reads, in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function shoot(html: string, name: string, width: number): Promise<string> {
    const page = await browser.newPage({ viewport: { width, height: 400 } });
    await page.setContent(`<!doctype html><html><body style="margin:16px">${html}</body></html>`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    const text = await page.locator('body').innerText();
    await page.close();
    return text;
  }

  it('draws Help: statuses, the six steps, flags with what to do, the colour key', async () => {
    const env = emptyEnvironment();
    env.loadBundle().run('showHelp');
    const text = await shoot(env.ui.dialogs[0]?.html ?? '', 'help', 600);
    expect(text).toContain('The six steps');
    expect(text).toContain('Statuses');
    expect(text).toContain('URGENT — act today');
    expect(text).toContain('What the add-on writes');
  }, 60_000);

  it('draws a digest grouped by urgency, each line with payer, what to do and by when', async () => {
    const maria = 'maria@clinic.example';
    const t = tracker([
      activeCase({ caseId: 'SCA-0001', owner: maria, payer: 'Acme Health', endDate: day('2026-03-12') }),
      activeCase({ caseId: 'SCA-0002', owner: 'ben@clinic.example', payer: 'Cigna', endDate: day('2026-03-05') }),
      activeCase({ caseId: 'SCA-0003', owner: maria, payer: 'Acme Helth', nextFollowUp: day('2026-03-09'), endDate: day('2026-06-30') }),
    ]);
    t.env.writeSheet('Plan rules', 'A2', [['Acme Health'], ['Cigna']]);
    t.setSetting('Alert recipients', 'manager@clinic.example');
    t.check();
    const digest = t.env.mail.sent.find((m) => m.to === 'manager@clinic.example');
    const text = await shoot(digest?.htmlBody ?? '', 'digest', 900);
    expect(text).toMatch(/Urgent \(\d+\)/);
    expect(text).toContain('What to do');
    expect(text).toContain('payer not in Plan rules');
  }, 60_000);

  it('shows Settings in the preview: the alerts status on top, checkboxes, an explanation per setting', async () => {
    const workspace = tempWorkspace();
    const { page, preview } = await openPreview(browser, workspace);
    try {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.locator('table.grid').getByRole('cell', { name: 'Daily alerts', exact: true }).waitFor();
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'settings.png') });
      const grid = page.locator('table.grid');
      expect(await grid.locator('input[type="checkbox"]').count()).toBeGreaterThanOrEqual(2);
      expect(await grid.innerText()).toContain('Who gets the daily digest of all cases');
    } finally {
      await page.close();
      await preview.close();
      workspace.remove();
    }
  }, 120_000);
});
