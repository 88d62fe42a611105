import { menuAction } from './menu-action';
import { sidebarEnv } from './sidebar/case-reads';
import { withInitialState } from './sidebar/initial-state-html';
import { sidebarBoot } from './sidebar/sidebar-boot';

/**
 * Shows dist/Sidebar.html (built self-contained) with its initial state inside, read in this same
 * execution: the selected row's case, the case picker, or the New case form.
 */
export function showSidebarOn(start: 'selection' | 'new-case'): void {
  const boot = sidebarBoot(sidebarEnv(), start);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  html.setContent(withInitialState(html.getContent(), boot)).setTitle('SCA Tracker');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu 'Open sidebar': on the selected row's case, or the case picker when the selection is not a case. */
export function openSidebar(): void {
  menuAction('Open sidebar', () => showSidebarOn('selection'));
}
