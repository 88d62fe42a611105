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
  // As the add-on does: the sidebar's first state travels inside the page, as escaped JSON.
  var boot = {
    selection: getSelectionKey(), today: '2026-03-09', view: { kind: 'picker', message: 'Select a row on the Cases sheet, or pick a case.' },
    vocabulary: { statuses: ['Identified', 'Submitted', 'Denied'], planTypes: [], serviceLines: [], scaTypes: [], channels: [], contactTypes: [], contactDirections: [], denialReasons: [], packetItems: [] }
  };
  var json = JSON.stringify(boot).replace(/</g, '\\u003c');
  var html = HtmlService.createHtmlOutputFromFile('Sidebar').getContent()
    .replace('<body>', '<body><script type="application/json" id="initial-state">' + json + '</script>');
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle('SCA Tracker'));
}
function getSelectionKey() {
  var range = SpreadsheetApp.getActiveRange();
  return { key: range.getSheet().getName() + '!' + range.getRow() + '!', caseId: null };
}
function searchCases(query) {
  if (query.text === 'boom') throw new Error(JSON.stringify({ reason: 'busy', message: 'The tracker is busy.' }));
  var rows = SpreadsheetApp.getActive().getSheetByName('Cases').getDataRange().getValues();
  var headers = rows[0];
  function col(name) { return headers.indexOf(name); }
  var hits = rows.slice(1).filter(function (r) {
    return String(r[col('Case ID')]).indexOf(query.text) >= 0 && (!query.status || r[col('Status')] === query.status);
  }).map(function (r) {
    return { caseId: String(r[col('Case ID')]), payer: String(r[col('Payer')]), owner: String(r[col('Owner')]), status: String(r[col('Status')]), nextFollowUp: null };
  });
  return { ok: true, cases: hits, total: hits.length };
}
`;
