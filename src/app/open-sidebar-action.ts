import { menuAction } from './menu-action';

/** Menu 'Open sidebar': the case view for the selected row (dist/Sidebar.html, built self-contained). */
export function openSidebar(): void {
  menuAction('Open sidebar', () => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('SCA Tracker');
    SpreadsheetApp.getUi().showSidebar(html);
  });
}
