/**
 * Helpers for the sidebar's browser tests: the preview with a fresh demo, the sidebar's frame, its
 * sections, and a screenshot of the sidebar panel alone (docs/screenshots/sidebar-*.png).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../../dev/preview/server';

export const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

/** A copy of dist/ (a rebuild alongside cannot swap the bundle mid-test) and a state file, in a temp folder. */
export function tempWorkspace(): { dir: string; distDir: string; statePath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sca-sidebar-'));
  const distDir = join(dir, 'dist');
  cpSync(resolve(__dirname, '../../dist'), distDir, { recursive: true });
  return { dir, distDir, statePath: join(dir, '.preview-state.json'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Opened {
  readonly page: Page;
  readonly preview: RunningPreview;
  /** Messages of every JavaScript dialog (alert/confirm) the page or the sidebar opened. */
  readonly dialogs: string[];
}

export async function openPreview(browser: Browser, workspace: { distDir: string; statePath: string }): Promise<Opened> {
  const preview = await startPreview({ port: 0, statePath: workspace.statePath, reset: true, distDir: workspace.distDir });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(preview.url);
  await page.locator('table.grid').waitFor();
  return { page, preview, dialogs };
}

export async function clickMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.locator('.has-sub').first().hover();
  await page.locator('.submenu .menu-item', { hasText: caption }).click();
}

export const sidebarFrame = (page: Page): FrameLocator => page.frameLocator('iframe.sidebar-frame');

/** A section of the case view, opened. */
export async function openSection(sidebar: FrameLocator, name: string): Promise<Locator> {
  const section = sidebar.locator(`[data-section="${name}"]`);
  const toggle = section.locator('.section-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return section;
}

/** The 0-based column of `header` on a sheet's header row. */
export function columnOf(preview: RunningPreview, sheet: string, header: string): number {
  const headers = preview.session.env.readSheet(sheet)[0] ?? [];
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No ${header} column on ${sheet}: ${headers.join(', ')}`);
  return index;
}

/** The Cases row (0-based, header = 0) holding `caseId` now. */
export function rowOfCase(preview: RunningPreview, caseId: string): number {
  const col = columnOf(preview, 'Cases', 'Case ID');
  return preview.session.env.readSheet('Cases').findIndex((row) => row[col] === caseId);
}

/** The sidebar panel alone, scrolled to `focus` first; small PNGs for the docs. */
export async function screenshotSidebar(page: Page, name: string, focus?: Locator): Promise<void> {
  if (focus) await focus.scrollIntoViewIfNeeded();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, `sidebar-${name}.png`) });
}
