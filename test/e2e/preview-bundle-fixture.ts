/**
 * A stand-in Code.js for the preview's own tests: it uses every Ui surface the preview draws (sidebar,
 * alert, toast, dialog, mail, a daily trigger) whether or not the real bundle does yet, and serves the
 * built dist/Sidebar.html through the google.script bridge. Plain ES5, as Apps Script sees the bundle.
 */
export const PREVIEW_BUNDLE_FIXTURE = `
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem('Open sidebar', 'openSidebar')
    .addItem('Show dialog', 'showDialog')
    .addSeparator()
    .addItem('Install daily check', 'installDaily')
    .addItem('About', 'about')
    .addToUi();
}
function about() {
  SpreadsheetApp.getUi().alert('About SCA Tracker', 'Fixture bundle for the preview tests.', SpreadsheetApp.getUi().ButtonSet.OK);
}
function showDialog() {
  var html = '<p id="msg">Draft letter</p><button id="close" onclick="google.script.host.close()">Done</button>';
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(400).setHeight(200), 'Request letter');
}
function installDaily() {
  ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
  SpreadsheetApp.getActive().toast('Daily check installed', 'SCA Tracker');
}
function dailyCheck() {
  var today = Utilities.formatDate(new Date(), SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  MailApp.sendEmail({ to: 'manager@clinic.example', subject: 'SCA digest ' + today, body: 'SCA-0003 follow-up due', htmlBody: '<h3 id="digest">SCA digest</h3><p>SCA-0003 follow-up due</p>' });
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
