/**
 * Help's reference sections: what each status means, each flag and row colour, and what the add-on
 * writes and never writes. The flag list and colours come from the code that raises and paints them,
 * so Help cannot drift from the sheet.
 */
import { ALERT_ACTIONS } from '../domain/alert-actions';
import { ALERT_KINDS, type AlertKind } from '../domain/alert';
import { escapeHtml } from '../domain/html-escape';
import { colourKey } from '../domain/tracker-row-colours';
import { STATUSES, type Status } from '../domain/vocabulary';

const STATUS_MEANING: Readonly<Record<Status, string>> = {
  Identified: 'out of network, no in-network option fits; nothing sent yet',
  'Assembling packet': 'gathering the seven packet items',
  Submitted: 'sent to the payer (needs the required packet items)',
  'In negotiation': 'the payer offered other terms; log offers on Contacts',
  'Approved (verbal)': 'a yes on the phone; not an agreement until it is in writing',
  'Approved (written)': 'written terms received (SCA #, codes, rate, units, dates)',
  Active: 'services under the written terms; units and end date are watched',
  Denied: 'needs a denial reason; appeal or resubmit if the plan allows',
  Appealed: 'appeal sent; waiting for the decision',
  Closed: 'finished; no more alerts',
};

const FLAG_NAME: Readonly<Record<AlertKind, string>> = {
  expired_while_active: 'Agreement expired while Active',
  end_date_approaching: 'Agreement ends soon (30 / 14 / 7 days: info / warning / urgent)',
  renewal_in_progress: 'Agreement ending, renewal open',
  units_over_used: 'Units used exceed units approved',
  units_exhausted: 'All approved units used',
  units_low: '20% or fewer units left',
  projected_run_out: 'Units run out before the end date at this pace',
  follow_up_overdue: 'Follow-up overdue',
  follow_up_due: 'Follow-up due today',
  waiting_past_turnaround: "Waiting past the payer's turnaround",
  verbal_without_written: 'Verbal approval without written confirmation',
};

const H3 = 'font-size:14px;margin:12px 0 4px';
const LIST = 'padding-left:20px;margin:0';

function swatch(background: string, label: string, fontColor = '#202124'): string {
  return `<span style="display:inline-block;padding:1px 8px;margin-right:6px;border-radius:3px;background:${background};color:${fontColor}">${escapeHtml(label)}</span>`;
}

/** The colour key: the same colours set-up gives the rows (most urgent flag) and the Problems cell. */
export function colourKeyHtml(): string {
  const keys = colourKey().map((rule) => swatch(rule.background, rule.key.meaning, rule.fontColor));
  return `<p style="margin:0">${keys.join(' ')}</p>`;
}

/** Statuses, flags with what to do, the colour key, and what the add-on writes. */
export function helpReferenceHtml(): string {
  const statuses = STATUSES.map((s) => `<li><b>${escapeHtml(s)}</b> — ${escapeHtml(STATUS_MEANING[s])}</li>`).join('');
  const flags = ALERT_KINDS.map((k) => `<li>${escapeHtml(FLAG_NAME[k])} → <i>${escapeHtml(ALERT_ACTIONS[k])}</i></li>`).join('');
  return `<h3 style="${H3}">Statuses</h3><ul style="${LIST}">${statuses}</ul>
<h3 style="${H3}">Flags (written each day in the Flags column) and what to do</h3><ul style="${LIST}">${flags}</ul>
<h3 style="${H3}">Row colours</h3>${colourKeyHtml()}
<h3 style="${H3}">What the add-on writes</h3>
<p style="margin:0">On its own (set-up, daily check, menu) it writes only Case ID, Flags and Problems on Cases, its own sheets (History, Run log, Pilot review) and the status lines of Settings; the sidebar writes what you save in it (and Units used for logged visits). It never writes over your values with a guess: a refused edit is put back with the reason, a bad cell is reported in Problems, never "corrected"; and it never puts patient details in an email.</p>`;
}
