/**
 * The sidebar in a real browser, on the real bundle in the preview: one case walked from Identified to
 * Active using only the sidebar, with the refusals on the way; user text kept inert in the sheet and in the
 * sidebar; the selection followed without overwriting a form being typed in. Saves a screenshot of each step
 * (docs/screenshots/sidebar-*.png). Needs `npm run build` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator } from 'playwright-core';
import { clickMenu, columnOf, openSection, previewSuite, rowOfCase, screenshotSidebar, sidebarFrame, type Opened } from './sidebar-helpers';

jest.setTimeout(300_000);

const HTML_INPUT = '<img src=x onerror=alert(1)>';
const FORMULA_INPUT = '=IMPORTXML("x","y")';
const PAYER = 'Northwind Health Plan'; // demo plan rules: six required items, three in-network attempts

/** ISO date `days` after `iso`. */
function plusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('sidebar', () => {
  const suite = previewSuite();
  let opened: Opened | null = null;

  async function openSidebarOn(cell: { row: number; column: number }): Promise<{ o: Opened; sidebar: FrameLocator }> {
    opened = await suite.open();
    await opened.page.locator(`td[data-r="${cell.row}"][data-c="${cell.column}"]`).click();
    await clickMenu(opened.page, 'Open sidebar');
    const sidebar = sidebarFrame(opened.page);
    await sidebar.locator('.header-actions').waitFor();
    return { o: opened, sidebar };
  }

  /** The sidebar opened on a demo case's row; `cell(id)` is that case's Case ID cell in the grid. */
  async function openSidebarOnCase(caseId: string) {
    opened = await suite.open();
    const { page, preview } = opened;
    const caseIdColumn = columnOf(preview, 'Cases', 'Case ID');
    const cell = (id: string): Locator => page.locator(`td[data-r="${rowOfCase(preview, id)}"][data-c="${caseIdColumn}"]`);
    await cell(caseId).click();
    await clickMenu(page, 'Open sidebar');
    const sidebar = sidebarFrame(page);
    await sidebar.locator('.case-id', { hasText: caseId }).waitFor();
    return { page, preview, sidebar, cell };
  }

  /** Ticks a packet item and waits until the sheet's state shows it ticked. */
  async function tick(packet: Locator, item: string): Promise<void> {
    const row = packet.locator(`.packet-item[data-item="${item}"]`);
    await row.getByRole('checkbox').check();
    await row.locator('input[type="checkbox"]:checked:not([disabled])').waitFor();
  }

  it('walks a new case from Identified to Active using only the sidebar, with the refusals on the way', async () => {
    // The header row is not a case: the sidebar opens on the picker.
    const { o, sidebar } = await openSidebarOn({ row: 0, column: 0 });
    const { page, preview } = o;
    await sidebar.locator('.picker').waitFor();
    await sidebar.locator('.picker-hit').first().waitFor();
    await screenshotSidebar(page, 'picker');

    // New case.
    await sidebar.getByRole('button', { name: 'New case' }).click();
    const form = sidebar.locator('form.new-case');
    await form.getByLabel('Payer').fill(PAYER);
    await form.getByLabel('Plan type').selectOption('Commercial');
    await form.getByLabel('Service line').selectOption('Psychotherapy');
    await form.getByLabel('SCA type').selectOption('Network gap');
    await form.getByLabel('Owner').fill('maria@clinic.example');
    await form.getByLabel(/Patient/).fill('PT-20001');
    await screenshotSidebar(page, 'new-case');
    await form.getByRole('button', { name: 'Create case' }).click();
    const caseId = (await sidebar.locator('.case-id').textContent({ timeout: 30_000 })) ?? '';
    expect(caseId).toMatch(/^SCA-\d{4,}$/);
    await expect(sidebar.locator('.status-chip').textContent()).resolves.toBe('Identified');
    expect(await sidebar.locator('.steps li').count()).toBe(6);
    expect(rowOfCase(preview, caseId)).toBeGreaterThan(0);

    // Packet: tick all required items but Services & rate. A document link must be an https link:
    // anything else is refused under the link's field.
    const packet = await openSection(sidebar, 'packet');
    for (const item of ['Clinical summary', 'Treatment plan', 'Credentials', 'Member & diagnosis']) await tick(packet, item);
    await packet.locator('.section-badge', { hasText: '4 of 6' }).waitFor();
    const summary = packet.locator('.packet-item[data-item="Clinical summary"]');
    await summary.getByRole('button', { name: 'Add link' }).click();
    await summary.getByLabel('Document link: Clinical summary').fill('http://files.example/clinical-summary');
    await summary.getByRole('button', { name: 'Save link' }).click();
    await summary.locator('.field-error', { hasText: 'Paste a link' }).waitFor();
    await summary.getByRole('button', { name: 'Add link' }).click();

    // Three in-network search attempts; user text that looks like HTML or a formula stays text.
    const attempts = [
      { provider: 'Lakeside Behavioral', wait: '75', miles: '12', why: 'No openings for 10 weeks' },
      { provider: HTML_INPUT, wait: '60', miles: '48', why: FORMULA_INPUT },
      { provider: 'Riverbend Counseling', wait: '', miles: '95', why: 'Too far for weekly visits' },
    ];
    for (const [i, a] of attempts.entries()) {
      await packet.getByLabel('Provider contacted').fill(a.provider);
      await packet.getByLabel('Wait (days)').fill(a.wait);
      await packet.getByLabel('Distance (miles)').fill(a.miles);
      await packet.getByLabel('Why unsuitable').fill(a.why);
      await packet.getByRole('button', { name: 'Add attempt' }).click();
      await packet.locator('.search-count', { hasText: `${i + 1} of 3` }).waitFor();
    }
    await tick(packet, 'In-network search');
    await screenshotSidebar(page, 'packet', packet.locator('.search-log'));

    await screenshotSidebar(page, 'case', sidebar.locator('.case-head'));

    // Submit with a required item missing: refused, the reason shown in the Submit form.
    const submit = await openSection(sidebar, 'submit');
    await submit.getByLabel('Payer reference #').fill('NW-REF-5521');
    await submit.getByRole('button', { name: /Mark submitted/ }).click();
    await submit.locator('.form-error', { hasText: 'Services & rate' }).waitFor();
    await screenshotSidebar(page, 'submit-refused', submit);
    await expect(sidebar.locator('.status-chip').textContent()).resolves.not.toBe('Submitted');

    await tick(packet, 'Services & rate');
    await submit.getByRole('button', { name: /Mark submitted/ }).click();
    await sidebar.locator('.status-chip', { hasText: 'Submitted' }).waitFor();
    const row = rowOfCase(preview, caseId);
    const cases = preview.session.env.readSheet('Cases');
    expect(cases[row]?.[columnOf(preview, 'Cases', 'Payer reference #')]).toBe('NW-REF-5521');

    // Negotiate: an offer from the payer, then our counter.
    const negotiate = await openSection(sidebar, 'negotiate');
    const contact = async (c: { type: string; direction: string; rep: string; ref: string; rate: string; units: string; summary: string; move: string }): Promise<void> => {
      await negotiate.getByLabel('Type').selectOption(c.type);
      await negotiate.getByLabel('Direction').selectOption(c.direction);
      await negotiate.getByLabel('Representative').fill(c.rep);
      await negotiate.getByLabel('Reference #').fill(c.ref);
      await negotiate.getByLabel('Offered rate ($)').fill(c.rate);
      await negotiate.getByLabel('Offered units').fill(c.units);
      await negotiate.getByLabel('Summary').fill(c.summary);
      if (c.move) await negotiate.getByLabel('Move the case to').selectOption(c.move);
      await negotiate.getByRole('button', { name: 'Log contact' }).click();
    };
    await contact({ type: 'Offer', direction: 'From payer', rep: 'Dana (provider relations)', ref: 'C-1001', rate: '92', units: '20', summary: 'Offered 92/unit, 20 visits', move: 'In negotiation' });
    await negotiate.locator('.contact-entry').first().waitFor();
    await contact({ type: 'Counter-offer', direction: 'To payer', rep: 'Dana (provider relations)', ref: 'C-1002', rate: '118', units: '24', summary: FORMULA_INPUT, move: 'Approved (verbal)' });
    await sidebar.locator('.status-chip', { hasText: 'Approved (verbal)' }).waitFor();
    // The case moved on to its written confirmation; the negotiation folded, and opens again on demand.
    const negotiated = await openSection(sidebar, 'negotiate');
    await negotiated.locator('.contact-entry').nth(1).waitFor();
    // The next follow-up, set on its own.
    const followUp = negotiated.locator('form.follow-up-form');
    await followUp.getByLabel('Next follow-up').fill(plusDays(preview.session.view().today, 3));
    await followUp.getByRole('button', { name: 'Set' }).click();
    await sidebar.locator('.fact', { hasText: `Next follow-up ${plusDays(preview.session.view().today, 3)}` }).waitFor();
    await screenshotSidebar(page, 'negotiate', negotiated.locator('.log-list'));

    // Activate without written terms: refused in place.
    const terms = await openSection(sidebar, 'terms');
    await terms.getByRole('button', { name: 'Activate' }).click();
    await terms.locator('.form-error').first().waitFor();
    await screenshotSidebar(page, 'terms-refused', terms);
    await expect(sidebar.locator('.status-chip').textContent()).resolves.toBe('Approved (verbal)');

    // The written terms, typed while someone edits the same row in the grid: the save is refused,
    // the case reloaded with what changed, and what was typed is kept.
    const today = preview.session.view().today;
    await terms.getByLabel('Written confirmation on').fill(today);
    await terms.getByLabel('SCA #').fill('NW-SCA-7781');
    await terms.getByLabel('Approved codes').fill('90837, 90834');
    await terms.getByLabel('Units approved').fill('24');
    await terms.getByLabel('Approved rate ($)').fill('105');
    await terms.getByLabel('Start date').fill(today);
    await terms.getByLabel('End date').fill(plusDays(today, 10));
    const notes = columnOf(preview, 'Cases', 'Notes');
    await page.locator(`td[data-r="${rowOfCase(preview, caseId)}"][data-c="${notes}"]`).click();
    await page.keyboard.type('Called by billing');
    // Committed by clicking another cell of the row (Enter would move to the empty row below, as in Sheets).
    await page.locator(`td[data-r="${rowOfCase(preview, caseId)}"][data-c="${notes - 1}"]`).click();
    await page.locator(`td[data-r="${rowOfCase(preview, caseId)}"][data-c="${notes}"]`, { hasText: 'Called by billing' }).waitFor();
    await terms.getByRole('button', { name: 'Activate' }).click();
    const notice = sidebar.locator('.notice-warning');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('Called by billing');
    await expect(terms.getByLabel('SCA #').inputValue()).resolves.toBe('NW-SCA-7781');
    await screenshotSidebar(page, 'row-changed', notice);

    // The rows sorted meanwhile (by another user): the save finds the case by its ID, never by the old row.
    const sheet = preview.session.env.spreadsheet.getSheetByName('Cases')!;
    const before = rowOfCase(preview, caseId);
    sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort({ column: columnOf(preview, 'Cases', 'Case ID') + 1, ascending: false });
    const after = rowOfCase(preview, caseId);
    expect(after).not.toBe(before);
    const others = preview.session.env.readSheet('Cases').filter((_, i) => i !== after);
    // The selected cell now holds another case; the terms being typed are not replaced: the sidebar asks.
    const moved = String(preview.session.env.readSheet('Cases')[before]?.[columnOf(preview, 'Cases', 'Case ID')]);
    const ask = sidebar.locator('.notice-switch');
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toContain(`Row ${before + 1} selected (${moved}) — switch?`);
    await screenshotSidebar(page, 'switch', ask);
    await ask.getByRole('button', { name: 'Stay' }).click();
    await expect(terms.getByLabel('SCA #').inputValue()).resolves.toBe('NW-SCA-7781');
    await terms.getByRole('button', { name: 'Activate' }).click();
    // Saves find the case by its Case ID: the row it moved to gets the terms, and no other row is touched.
    await sidebar.locator('.status-chip', { hasText: 'Active' }).waitFor();
    await expect(sidebar.locator('.notice-info').textContent()).resolves.toContain('Active');
    const now = preview.session.env.readSheet('Cases');
    const at = rowOfCase(preview, caseId);
    expect(now[at]?.[columnOf(preview, 'Cases', 'SCA #')]).toBe('NW-SCA-7781');
    expect(now[at]?.[columnOf(preview, 'Cases', 'Status')]).toBe('Active');
    // No other row was written.
    expect(now.filter((_, i) => i !== at)).toEqual(others);
    await screenshotSidebar(page, 'active', sidebar.locator('.case-head'));

    // The end date is 10 days out: an alert, acknowledged until a chosen date.
    const alert = sidebar.locator('.alert').first();
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await alert.getByLabel('Quiet until').fill(plusDays(today, 5));
    await alert.locator('form').getByRole('button', { name: 'Acknowledge' }).click();
    await sidebar.locator('.alert-ack', { hasText: 'Acknowledged by' }).waitFor();
    await screenshotSidebar(page, 'alerts', sidebar.locator('.alerts'));

    // The request letter, ready to copy.
    const letter = await openSection(sidebar, 'letter');
    await letter.locator('.letter-text').waitFor();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(preview.url).origin });
    await letter.getByRole('button', { name: 'Copy' }).click();
    await letter.locator('.copy-state', { hasText: 'Copied to the clipboard.' }).waitFor();
    const copied = await page.frame({ url: /\/sidebar/ })!.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await letter.locator('.letter-text').textContent());
    expect(copied).toContain(`Our reference: ${caseId}`);
    // What is still missing stays a [Placeholder], marked in the text.
    expect(await letter.locator('.letter-text mark').count()).toBe(await letter.locator('.letter-missing li').count());
    await screenshotSidebar(page, 'letter', letter);

    // Inert text: shown literally in the sidebar (no element made of it, no dialog) and kept as text in the sheet.
    const log = await openSection(sidebar, 'packet');
    await log.locator('.log-entry', { hasText: HTML_INPUT }).waitFor();
    await log.locator('.log-entry', { hasText: FORMULA_INPUT }).waitFor();
    await (await openSection(sidebar, 'negotiate')).locator('.contact-entry', { hasText: FORMULA_INPUT }).waitFor();
    await expect(sidebar.locator('img').count()).resolves.toBe(0);
    expect(o.dialogs).toEqual([]);
    const search = preview.session.env.spreadsheet.getSheetByName('In-network search')!;
    const range = search.getDataRange();
    const values = range.getValues().flat();
    expect(values).toContain(HTML_INPUT);
    expect(values).toContain(FORMULA_INPUT);
    expect(range.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    const saved = readFileSync(suite.statePath(), 'utf8');
    expect(saved).toContain(JSON.stringify(FORMULA_INPUT).slice(1, -1));
    expect(saved).not.toMatch(/"formulas":[^\]]*IMPORTXML/);
  });

  it('opens on the selected case from the served page, follows the selection, and asks before replacing typing', async () => {
    const { page, preview, sidebar, cell } = await openSidebarOnCase('SCA-0001');

    // The first view travels inside the page: no server call is needed to show the case.
    const served = await (await fetch(`${preview.url}sidebar`)).text();
    expect(served).toMatch(/<script type="application\/json" id="initial-state">[^<]*SCA-0001/);
    expect(Buffer.byteLength(served)).toBeLessThan(100 * 1024);
    await sidebar.locator('.case-id', { hasText: 'SCA-0001' }).waitFor();

    // While nothing is typed, a click on another case's row brings that case.
    await cell('SCA-0002').click();
    await sidebar.locator('.case-id', { hasText: 'SCA-0002' }).waitFor();

    // Polling the selection changes nothing, so the page does not redraw for it.
    let views = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/view')) views += 1;
    });
    let polls = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/run') && request.postData()?.includes('getSelectionKey')) polls += 1;
    });
    await page.waitForTimeout(5000);
    expect(polls).toBeGreaterThanOrEqual(1);
    expect(views).toBe(0);

    // A cell that is not a case keeps the case on screen.
    await page.locator('td[data-r="0"][data-c="0"]').click();
    await page.waitForTimeout(3000);
    await expect(sidebar.locator('.case-id').textContent()).resolves.toBe('SCA-0002');

    // By keyboard: a section opens with Enter on its heading, and Tab walks its form in reading order.
    const frame = page.frame({ url: /\/sidebar/ })!;
    const focusedLabel = (): Promise<string> => frame.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    const packet = sidebar.locator('[data-section="packet"]');
    if ((await packet.locator('.section-toggle').getAttribute('aria-expanded')) === 'true') await packet.locator('.section-toggle').click();
    await packet.locator('.section-toggle').focus();
    await page.keyboard.press('Enter');
    await packet.getByLabel('Provider contacted').focus();
    const order = [await focusedLabel()];
    // A date field takes three Tabs (month, day, year): keep each field once.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const label = await focusedLabel();
      if (label !== order[order.length - 1]) order.push(label);
    }
    expect(order).toEqual(['Provider contacted *', 'Date', 'In network?', 'Wait (days)', 'Distance (miles)', 'Why unsuitable']);

    // Half-typed in a form: another row's selection waits for "switch?".
    await packet.getByLabel('Provider contacted').fill('Half-typed provider');
    await cell('SCA-0003').click();
    const ask = sidebar.locator('.notice-switch');
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toContain(`Row ${rowOfCase(preview, 'SCA-0003') + 1} selected (SCA-0003) — switch?`);
    await expect(packet.getByLabel('Provider contacted').inputValue()).resolves.toBe('Half-typed provider');
    await expect(sidebar.locator('.case-id').textContent()).resolves.toBe('SCA-0002');
    await ask.getByRole('button', { name: 'Switch' }).click();
    await sidebar.locator('.case-id', { hasText: 'SCA-0003' }).waitFor();

    // The picker: a case found by its ID opens, and the sheet selects its row.
    await sidebar.getByRole('button', { name: 'Find' }).click();
    await sidebar.getByLabel('Case ID, payer or owner').fill('SCA-0004');
    await sidebar.getByRole('button', { name: 'Search' }).click();
    await sidebar.locator('.picker-hit', { hasText: 'SCA-0004' }).click();
    await sidebar.locator('.case-id', { hasText: 'SCA-0004' }).waitFor();
    expect(preview.session.addOn.scriptRun('getSelectionKey', [])).toMatchObject({ caseId: 'SCA-0004' });
    expect(opened?.dialogs).toEqual([]);
  });

  it('records a denial only with its reason, appeals it, and starts a renewal as a linked case', async () => {
    const { preview, sidebar, cell } = await openSidebarOnCase('SCA-0003');
    await sidebar.locator('.case-id', { hasText: 'SCA-0003' }).waitFor();

    const terms = await openSection(sidebar, 'terms');
    await terms.getByRole('button', { name: 'Mark denied' }).click();
    await terms.locator('.decision .field-error, .decision .form-error').first().waitFor();
    await expect(sidebar.locator('.status-chip').textContent()).resolves.toBe('Submitted');
    await terms.getByLabel('Denial reason').selectOption('In-network provider available');
    await terms.getByRole('button', { name: 'Mark denied' }).click();
    await sidebar.locator('.status-chip', { hasText: 'Denied' }).waitFor();
    const decided = await openSection(sidebar, 'terms');
    await decided.getByText('Denied on').waitFor();
    await decided.getByRole('button', { name: 'Appeal' }).click();
    await sidebar.locator('.status-chip', { hasText: 'Appealed' }).waitFor();
    const row = preview.session.env.readSheet('Cases')[rowOfCase(preview, 'SCA-0003')];
    expect(row?.[columnOf(preview, 'Cases', 'Denial reason')]).toBe('In-network provider available');

    // An active agreement renews as a new case that names the old one.
    await cell('SCA-0006').click();
    await sidebar.locator('.case-id', { hasText: 'SCA-0006' }).waitFor();
    await (await openSection(sidebar, 'terms')).getByRole('button', { name: 'Start renewal' }).click();
    await sidebar.locator('.fact', { hasText: 'Renewal of SCA-0006' }).waitFor();
    const renewal = (await sidebar.locator('.case-id').textContent()) ?? '';
    expect(renewal).toMatch(/^SCA-\d{4,}$/);
    expect(renewal).not.toBe('SCA-0006');
    expect(preview.session.env.readSheet('Cases')[rowOfCase(preview, renewal)]?.[columnOf(preview, 'Cases', 'Renewal of')]).toBe('SCA-0006');
    expect(opened?.dialogs).toEqual([]);
  });
});
