import { compareAlerts, SEVERITIES, type Alert, type Severity } from './alert';
import { ALERT_ACTIONS } from './alert-actions';
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { issuedCaseId } from './case-id';
import { DIGEST_HEADINGS, UNKNOWN_PAYER, type DigestContent, type DigestLine } from './digest-content';
import { digestHtml } from './digest-html';
import { digestText } from './digest-text';
import { formatDisplayDate } from './display-date';
import { parseEmailAddress } from './email-address';
import { patientInitials } from './patient-initials';
import { payerKey } from './plan-rule-lookup';
import { safeText } from './safe-values';
import type { Settings } from './settings';

/** One email: everything one address must act on today. */
export interface Digest {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Distinct cases in this digest (the N of the subject). */
  readonly caseCount: number;
  readonly alertCount: number;
}

/** What the digest needs besides alerts and cases. */
export interface DigestOptions {
  readonly today: IsoDate;
  readonly settings: Settings;
  /** Link to the case's row in the spreadsheet. */
  readonly rowLink: (caseId: string) => string;
  /** The case's row number in Cases: names a case whose Case ID cell holds no ID the add-on issued. */
  readonly rowNumber: (caseId: string) => number;
  /**
   * Payers named in Plan rules. A case's payer shows in the digest only as one of these names (the
   * clinic's own list); any other text in the Payer cell shows as 'payer not in Plan rules'.
   */
  readonly knownPayers?: readonly string[];
}

/** Lines listed per digest; the rest are counted. A mail body has a size limit, and nobody reads line 500. */
export const MAX_DIGEST_LINES = 200;

/**
 * One digest per address: each Owner (a valid email) gets their cases' alerts; each alert recipient in
 * Settings gets all alerts; an address that is both gets one digest with all. Addresses compare
 * case-insensitively (a recipient's spelling wins). Owners with no alerts get nothing; recipients get
 * an empty digest only when Settings says `sendEmptyDigest`. Ordered by address. At most
 * MAX_DIGEST_LINES lines are listed, most urgent first; the rest are counted (subject and counts cover all).
 * Only issued case IDs (anything else in the Case ID cell becomes "a case on row N of Cases"), payers as
 * named in Plan rules, fixed alert and action text, dates, owners and links appear — never Patient,
 * Member ID, DOB, diagnosis or other typed text. Lines are grouped by urgency; an owner's own digest does
 * not repeat the owner's name on every line.
 */
export function buildDigests(alerts: readonly Alert[], cases: readonly ScaCase[], options: DigestOptions): Digest[] {
  const sorted = isSorted(alerts) ? alerts : [...alerts].sort(compareAlerts);
  const routes = routeAlerts(sorted, options.settings.alertRecipients);
  const labels = caseLabels(cases, options.settings.includePatientInitials);
  const payers = casePayers(cases, options.knownPayers ?? []);
  const displayDates = new Map<string, string>();
  const display = (iso: IsoDate): string => {
    let text = displayDates.get(iso);
    if (text === undefined) displayDates.set(iso, (text = formatDisplayDate(iso)));
    return text;
  };
  const digests: Digest[] = [];
  for (const route of routes) {
    if (route.alerts.length === 0 && !options.settings.sendEmptyDigest) continue;
    digests.push(renderDigest(route.to, route.alerts, { labels, payers, display, options }));
  }
  return digests;
}

interface Route {
  to: string;
  all: boolean;
  alerts: Alert[];
}

function routeAlerts(sorted: readonly Alert[], recipients: readonly string[]): Route[] {
  const routes = new Map<string, Route>();
  for (const address of Array.isArray(recipients) ? recipients : []) {
    const key = parseEmailAddress(safeText(address));
    if (key !== null && !routes.has(key)) routes.set(key, { to: safeText(address), all: true, alerts: [...sorted] });
  }
  const keys = new Map<string, string | null>();
  for (const alert of sorted) {
    let key = keys.get(alert.owner);
    if (key === undefined) {
      key = parseEmailAddress(safeText(alert.owner));
      keys.set(alert.owner, key);
    }
    if (key === null) continue;
    const route = routes.get(key);
    if (!route) routes.set(key, { to: safeText(alert.owner), all: false, alerts: [alert] });
    else if (!route.all) route.alerts.push(alert);
  }
  return Array.from(routes.entries())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, route]) => route);
}

/** Case ID → label; initials only when allowed, and never the Patient cell itself. */
function caseLabels(cases: readonly ScaCase[], withInitials: boolean): Map<string, string> {
  const labels = new Map<string, string>();
  if (!withInitials) return labels;
  for (const c of cases) {
    const id = issuedCaseId(c.caseId);
    const initials = patientInitials(c.patient);
    if (id && initials && !labels.has(id)) labels.set(id, `${id} (${initials})`);
  }
  return labels;
}

/** Case ID → payer as the digest may show it: a Plan rules name, UNKNOWN_PAYER, or nothing when blank. */
function casePayers(cases: readonly ScaCase[], knownPayers: readonly string[]): Map<string, string> {
  const known = new Map(knownPayers.map((p) => [payerKey(safeText(p)), safeText(p).trim()]));
  const payers = new Map<string, string>();
  for (const c of cases) {
    const typed = safeText(c.payer);
    if (payers.has(c.caseId) || typed.trim() === '') continue;
    payers.set(c.caseId, known.get(payerKey(typed)) ?? UNKNOWN_PAYER);
  }
  return payers;
}

interface RenderContext {
  readonly labels: ReadonlyMap<string, string>;
  readonly payers: ReadonlyMap<string, string>;
  readonly display: (iso: IsoDate) => string;
  readonly options: DigestOptions;
}

function renderDigest(to: string, alerts: readonly Alert[], ctx: RenderContext): Digest {
  const caseCount = new Set(alerts.map((a) => a.caseId)).size;
  const date = ctx.display(ctx.options.today);
  const subject = `SCA Tracker: ${needAction(caseCount)} — ${date}`;
  const totals: Record<Severity, number> = { urgent: 0, warning: 0, info: 0 };
  const lines: Record<Severity, DigestLine[]> = { urgent: [], warning: [], info: [] };
  alerts.forEach((a, i) => {
    totals[a.severity] += 1;
    if (i < MAX_DIGEST_LINES) lines[a.severity].push(lineOf(a, to, ctx));
  });
  const groups = SEVERITIES.filter((severity) => totals[severity] > 0).map((severity) => {
    const listed = lines[severity].length;
    const count = listed < totals[severity] ? `${totals[severity]}, ${listed} listed` : `${totals[severity]}`;
    return { severity, heading: `${DIGEST_HEADINGS[severity]} (${count})`, lines: lines[severity] };
  });
  const listed = Math.min(alerts.length, MAX_DIGEST_LINES);
  const unlisted = alerts.length - listed;
  const content: DigestContent = {
    // A fixed title: the spreadsheet's name is typed by people, and a digest carries no typed text.
    title: `SCA Tracker — ${date}`,
    summary: `${capitalise(needAction(caseCount))} (${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}).`,
    groups,
    more: unlisted > 0 ? `${unlisted} more ${unlisted === 1 ? 'alert is' : 'alerts are'} not listed: see the Flags column in the tracker.` : '',
  };
  return { to, subject, text: digestText(content), html: digestHtml(content), caseCount, alertCount: alerts.length };
}

function lineOf(alert: Alert, to: string, ctx: RenderContext): DigestLine {
  const ownKey = parseEmailAddress(to);
  const isOwn = ownKey !== null && parseEmailAddress(safeText(alert.owner)) === ownKey;
  return {
    severity: alert.severity,
    label: caseLabel(alert.caseId, ctx),
    payer: ctx.payers.get(alert.caseId) ?? '',
    message: alert.message,
    action: ALERT_ACTIONS[alert.kind],
    due: byWhen(alert, ctx),
    owner: isOwn ? '' : alert.owner,
    link: ctx.options.rowLink(alert.caseId),
  };
}

/** By when to act: a date still ahead, 'today' for a date passed or an urgent alert without one, else ''. */
function byWhen(alert: Alert, ctx: RenderContext): string {
  const today = ctx.options.today;
  if (alert.dueDate === null) return alert.severity === 'urgent' ? 'today' : '';
  if (alert.dueDate > today) return ctx.display(alert.dueDate);
  if (alert.dueDate === today) return 'today';
  return `today (was due ${ctx.display(alert.dueDate)})`;
}

/** An issued ID (with initials when allowed); anything else typed in the Case ID cell never leaves the sheet. */
function caseLabel(caseId: string, ctx: RenderContext): string {
  const issued = issuedCaseId(caseId);
  if (issued === null) return `a case on row ${ctx.options.rowNumber(caseId)} of Cases`;
  return ctx.labels.get(issued) ?? issued;
}

function isSorted(alerts: readonly Alert[]): boolean {
  for (let i = 1; i < alerts.length; i += 1) if (compareAlerts(alerts[i - 1] as Alert, alerts[i] as Alert) > 0) return false;
  return true;
}

/** '1 case needs action', '3 cases need action', 'no cases need action'. */
function needAction(n: number): string {
  if (n === 0) return 'no cases need action';
  return n === 1 ? '1 case needs action' : `${n} cases need action`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
