import { escapeHtml } from '../domain/html-escape';
import { helpReferenceHtml } from './help-sections';
import { MENU_ITEMS } from './menu';
import { menuAction } from './menu-action';

const STEPS: readonly (readonly [string, string])[] = [
  ['Identify', 'Add a case (one row on Cases) when the plan treats you as out of network and no in-network option fits.'],
  ['Assemble the packet', 'Tick the seven Packet columns as items are ready; log in-network attempts on In-network search.'],
  ['Submit', 'Set Status to Submitted, fill Submitted on / via and the payer reference #, and a Next follow-up date.'],
  ['Negotiate', 'Log offers and counters on Contacts.'],
  ['Get it in writing', 'Verbal is not an agreement: fill Written confirmation on, SCA #, codes, rate, units and dates.'],
  ['Deliver and track', 'Log visits; watch units and the end date; start a renewal (Renewal of) well before either runs out.'],
];

/** What each menu item does, by caption; Help lists exactly the items the menu has. */
const WHAT_ITEMS_DO: Readonly<Record<string, string>> = {
  'Open sidebar': 'the selected case: where it stands in the six steps, what is missing, packet, contacts, terms, visits.',
  'New case': 'adds a row with the next Case ID.',
  'Check selected case': 'explains what is complete and what is missing for the next step of the row under the cursor.',
  'Set up or repair tracker': 'creates the sheets, dropdowns, checks and colours; run it again any time — it only repairs, never deletes.',
  'Import existing tracker…': 'brings the cases of your own spreadsheet (a sheet here or pasted CSV) into Cases: you confirm how its columns map and see a preview first; values that do not fit are kept in Notes; importing it again adds nothing.',
  'Run daily check now': 'writes Flags and Problems for every case and sends the digest emails now.',
  'Turn daily alerts on/off': 'the daily check and digest email, at the alert hour in Settings.',
  'Pilot review': 'a report of the period and payer you set at the top of the Pilot review sheet (the last 90 days at first): approval rate, days to decision, denials by reason, rate achieved vs requested, units and revenue, with charts.',
  Settings: 'alert recipients, warning days, alert hour, service lines. Per-payer rules live on Plan rules.',
};

function menuItems(): Array<readonly [string, string]> {
  return MENU_ITEMS.flatMap((item) => (item === 'separator' || item[0] === 'Help' ? [] : [[item[0], WHAT_ITEMS_DO[item[0]] ?? ''] as const]));
}

/** The help text as HTML: the six steps, the menu, statuses, flags and colours, what the add-on writes, and the privacy rule. */
export function helpHtml(): string {
  const steps = STEPS.map(([title, text]) => `<li><b>${escapeHtml(title)}</b> — ${escapeHtml(text)}</li>`).join('');
  const menu = menuItems()
    .map(([title, text]) => `<li><b>${escapeHtml(title)}</b>${text ? `: ${escapeHtml(text)}` : ''}</li>`)
    .join('');
  return `<div style="font:13px/1.5 Arial,sans-serif;color:#202124">
<p>SCA Tracker turns this spreadsheet into the tracker for Single Case Agreements: one row per case on <b>Cases</b>.</p>
<h3 style="font-size:14px;margin:12px 0 4px">The six steps</h3><ol style="padding-left:20px;margin:0">${steps}</ol>
<h3 style="font-size:14px;margin:12px 0 4px">Menu (Extensions › SCA Tracker)</h3><ul style="padding-left:20px;margin:0">${menu}</ul>
${helpReferenceHtml()}
<h3 style="font-size:14px;margin:12px 0 4px">Privacy</h3>
<p style="margin:0">Keep only what the workflow needs: initials or an internal ID for Patient, never a full name; clinical documents stay in your EHR or Drive and are linked. Alert emails carry case IDs, dates and owners — never names, member IDs or diagnoses.</p>
</div>`;
}

/** Menu 'Help': a short how-to in a modal dialog. */
export function showHelp(): void {
  menuAction('Help', () => {
    const html = HtmlService.createHtmlOutput(helpHtml()).setWidth(600).setHeight(600);
    SpreadsheetApp.getUi().showModalDialog(html, 'SCA Tracker — how it works');
  });
}
