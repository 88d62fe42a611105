/**
 * Issue 11 in a real browser: an Active ABA case gets its agreement lines through the sidebar's written-terms
 * step (97153: 24 a month, 97155: 8 a month), then a visit is logged and accepted, another logged and refused
 * (over the month's allowance) — each result shown in the sidebar and written on the Visits sheet, Units used
 * kept. Screenshots: docs/screenshots/sidebar-terms-lines.png, sidebar-visit-ok.png, sidebar-visit-refused.png.
 * Needs `npm run build` first (npm test does it).
 */
import type { Locator } from 'playwright-core';
import { clickMenu, columnOf, openSection, previewSuite, rowOfCase, screenshotSidebar, sidebarFrame } from './sidebar-helpers';

jest.setTimeout(300_000);

const CASE_ID = 'SCA-0007'; // demo: Active ABA case, Bluewater Community Care (visit policy Block)

describe('sidebar visits', () => {
  const suite = previewSuite();

  async function fillLine(line: Locator, l: { code: string; units: string; rate: string }): Promise<void> {
    await line.getByLabel(/^Code/).fill(l.code);
    await line.getByLabel('Units approved').fill(l.units);
    await line.getByLabel('Per', { exact: true }).selectOption('month');
    await line.getByLabel('Rate ($)').fill(l.rate);
  }

  it('enters two agreement lines, then logs a visit that is accepted and one that is refused, shown in the sidebar and on Visits; lines changed in the sheet meanwhile refuse a save and reload; a code typed freely is logged and refused', async () => {
    const { page, preview, dialogs } = await suite.open();
    const env = preview.session.env;
    const caseIdColumn = columnOf(preview, 'Cases', 'Case ID');
    await page.locator(`td[data-r="${rowOfCase(preview, CASE_ID)}"][data-c="${caseIdColumn}"]`).click();
    await clickMenu(page, 'Open sidebar');
    const sidebar = sidebarFrame(page);
    await sidebar.locator('.case-id', { hasText: CASE_ID }).waitFor();
    const today = preview.session.view().today;

    // The written-terms step: two lines, added and filled in the list, saved together.
    const terms = await openSection(sidebar, 'terms');
    const editor = terms.locator('form.terms-lines');
    await editor.getByText('No lines yet').waitFor();
    await editor.getByRole('button', { name: 'Add line' }).click();
    await editor.getByRole('button', { name: 'Add line' }).click();
    await fillLine(editor.locator('fieldset.terms-line').nth(0), { code: '97153', units: '24', rate: '58' });
    await fillLine(editor.locator('fieldset.terms-line').nth(1), { code: '97155', units: '8', rate: '58' });
    await editor.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshotSidebar(page, 'terms-lines');
    await editor.getByRole('button', { name: 'Save lines' }).click();
    await editor.locator('.saved-line', { hasText: 'Saved 2 lines' }).waitFor();
    const termsRows = env.readSheet('Terms').slice(1).filter((r) => r[0] === CASE_ID);
    expect(termsRows.map((r) => [r[1], r[3], r[4], r[5]])).toEqual([
      ['97153', 24, 'month', 58],
      ['97155', 8, 'month', 58],
    ]);

    // Visits: one within the month's 24 units of 97153 — accepted.
    const visits = await openSection(sidebar, 'visits');
    await visits.locator('.usage[data-code="97155"]', { hasText: 'This month: 0 used, 8 left' }).waitFor();
    const form = visits.locator('form[aria-label="Log a visit"]');
    await form.getByLabel('Date of service').fill(today);
    await form.getByLabel(/^Code/).selectOption('97153');
    await form.getByLabel(/^Units/).fill('4');
    await form.getByLabel('Note').fill('Session with RBT');
    await form.getByRole('button', { name: 'Log visit' }).click();
    await form.locator('.visit-outcome.visit-ok', { hasText: 'within the terms' }).waitFor();
    await visits.locator('.usage[data-code="97153"]', { hasText: 'This month: 4 used, 20 left' }).waitFor();
    await visits.locator('.visit-entry.visit-ok', { hasText: '97153' }).waitFor();
    const visitsOnTop = (): Promise<void> => visits.locator('.section-toggle').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await visitsOnTop();
    await screenshotSidebar(page, 'visit-ok');

    // One over the month's 8 units of 97155 — refused, and still logged and listed with its reason.
    await form.getByLabel(/^Code/).selectOption('97155');
    await form.getByLabel(/^Units/).fill('10');
    await form.getByRole('button', { name: 'Log visit' }).click();
    const refusedLine = form.locator('.visit-outcome.visit-refused');
    await refusedLine.waitFor();
    await expect(refusedLine.textContent()).resolves.toContain('10 units of 97155 exceed the 8 left of 8 for the month');
    await visits.locator('.visit-entry.visit-refused', { hasText: 'exceed' }).waitFor();
    await visits.locator('.usage[data-code="97155"]', { hasText: 'This month: 0 used, 8 left' }).waitFor();
    await visitsOnTop();
    await screenshotSidebar(page, 'visit-refused');

    // The Visits sheet holds both rows with their check; Cases' Units used counts the accepted one only.
    const header = env.readSheet('Visits')[0] ?? [];
    const at = (name: string): number => header.indexOf(name);
    const rows = env.readSheet('Visits').slice(1).filter((r) => r[at('Case ID')] === CASE_ID);
    expect(rows.map((r) => [r[at('Code')], r[at('Units')], r[at('Check result')], r[at('Note')]])).toEqual([
      ['97153', 4, 'ok', 'Session with RBT'],
      ['97155', 10, 'refused', ''],
    ]);
    expect(String(rows[1]?.[at('Reason')])).toContain('exceed the 8 left of 8 for the month');
    expect(env.readSheet('Cases')[rowOfCase(preview, CASE_ID)]?.[columnOf(preview, 'Cases', 'Units used')]).toBe(4);
    expect(env.readSheet('Terms').slice(1).filter((r) => r[0] === CASE_ID).map((r) => r[columnOf(preview, 'Terms', 'Units used')])).toEqual([4, 0]);

    // Lines edited in the sheet while the sidebar edits them too: the save is refused, the list reloaded with what the sheet holds.
    const terms2 = await openSection(sidebar, 'terms');
    const editor2 = terms2.locator('form.terms-lines');
    const noteColumn = columnOf(preview, 'Terms', 'Note');
    const line2Row = env.readSheet('Terms').findIndex((r) => r[0] === CASE_ID && r[1] === '97155');
    env.writeSheet('Terms', `${String.fromCharCode(65 + noteColumn)}${line2Row + 1}`, [['BCBA supervision']]);
    await editor2.locator('fieldset.terms-line').nth(1).getByLabel('Units approved').fill('9');
    await editor2.getByRole('button', { name: 'Save lines' }).click();
    await editor2.locator('.form-error', { hasText: 'changed in the sheet' }).waitFor();
    await expect(editor2.locator('fieldset.terms-line').nth(1).getByLabel('Note').inputValue()).resolves.toBe('BCBA supervision');
    await expect(editor2.locator('fieldset.terms-line').nth(1).getByLabel('Units approved').inputValue()).resolves.toBe('8');
    expect(env.readSheet('Terms')[line2Row]?.[3]).toBe(8);

    // A code typed freely (not on a line): logged, and refused for it.
    const visitsAgain = await openSection(sidebar, 'visits');
    const again = visitsAgain.locator('form[aria-label="Log a visit"]');
    await again.getByLabel(/^Code/).selectOption('Other code…');
    await again.getByLabel('Other code').fill('97156');
    await again.getByLabel(/^Units/).fill('2');
    await again.getByRole('button', { name: 'Log visit' }).click();
    await again.locator('.visit-outcome.visit-refused', { hasText: '97156' }).waitFor();
    const last = env.readSheet('Visits').slice(1).filter((r) => r[at('Case ID')] === CASE_ID).at(-1);
    expect([last?.[at('Code')], last?.[at('Check result')]]).toEqual(['97156', 'refused']);
    expect(dialogs).toEqual([]);
  });
});
