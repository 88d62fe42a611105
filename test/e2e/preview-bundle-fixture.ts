/**
 * A stand-in Code.js for the sidebar test: until the real bundle opens the sidebar and implements
 * getSidebarState, this one does, so the built dist/Sidebar.html is exercised through the preview's
 * google.script bridge. Plain ES5, as the Apps Script runtime sees the bundle.
 */
export const SIDEBAR_BUNDLE_FIXTURE = `
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'openSidebar').addToUi();
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('SCA Tracker'));
}
function getSidebarState() {
  var range = SpreadsheetApp.getActiveRange();
  var sheet = range.getSheet();
  if (sheet.getName() !== 'Cases' || range.getRow() < 2) {
    return { ok: true, case: null, message: 'Select a row on the Cases sheet' };
  }
  var headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  var row = sheet.getRange(range.getRow(), 1, 1, headers.length).getValues()[0];
  function cell(header) { return row[headers.indexOf(header)]; }
  if (cell('Status') === 'Denied') {
    throw new Error(JSON.stringify({ reason: 'invalid-input', message: 'Denied cases are read-only here.' }));
  }
  return {
    ok: true,
    message: '',
    case: {
      caseId: String(cell('Case ID')), row: range.getRow(), status: String(cell('Status')), payer: String(cell('Payer')),
      owner: String(cell('Owner')), nextFollowUp: null, endDate: null, unitsApproved: null, unitsUsed: null,
      steps: [
        { key: 'identify', label: 'Identify', state: 'done' },
        { key: 'assemble', label: 'Assemble the packet', state: 'current' },
        { key: 'submit', label: 'Submit', state: 'upcoming' },
        { key: 'negotiate', label: 'Negotiate terms', state: 'upcoming' },
        { key: 'confirm', label: 'Get written confirmation', state: 'upcoming' },
        { key: 'deliver', label: 'Deliver and track', state: 'upcoming' }
      ],
      missing: [{ code: 'packet-item', message: 'Packet: Medical necessity letter' }],
      flags: ['Follow-up due today'],
      problems: []
    }
  };
}
`;
