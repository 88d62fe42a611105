import { compareAlerts, SEVERITIES, type Alert } from './alert';
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import { DIGEST_HEADINGS, type DigestContent, type DigestLine } from './digest-content';
import { digestHtml } from './digest-html';
import { digestText } from './digest-text';
import { formatDisplayDate } from './display-date';
import { addressKey, isEmailAddress } from './email-address';
import { patientInitials } from './patient-initials';
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
  readonly spreadsheetName: string;
}

/**
 * One digest per address: each Owner (a valid email) gets their cases' alerts; each alert recipient in
 * Settings gets all alerts; an address that is both gets one digest with all. Addresses compare
 * case-insensitively (a recipient's spelling wins). Owners with no alerts get nothing; recipients get
 * an empty digest only when Settings says `sendEmptyDigest`. Ordered by address.
 * Only case IDs, alert text, dates, owners and links appear — never Patient, Member ID, DOB or diagnosis.
 */
export function buildDigests(alerts: readonly Alert[], cases: readonly ScaCase[], options: DigestOptions): Digest[] {
  const sorted = [...alerts].sort(compareAlerts);
  const routes = routeAlerts(sorted, options.settings.alertRecipients);
  const labels = caseLabels(cases, options.settings.includePatientInitials);
  const digests: Digest[] = [];
  for (const route of routes) {
    if (route.alerts.length === 0 && !options.settings.sendEmptyDigest) continue;
    digests.push(renderDigest(route.to, route.alerts, labels, options));
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
    const key = addressKey(address);
    if (isEmailAddress(key) && !routes.has(key)) routes.set(key, { to: safeText(address), all: true, alerts: [...sorted] });
  }
  for (const alert of sorted) {
    const key = addressKey(alert.owner);
    if (!isEmailAddress(key)) continue;
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
    const id = safeText(c.caseId);
    const initials = patientInitials(c.patient);
    if (id && initials && !labels.has(id)) labels.set(id, `${id} (${initials})`);
  }
  return labels;
}

function renderDigest(to: string, alerts: readonly Alert[], labels: ReadonlyMap<string, string>, options: DigestOptions): Digest {
  const caseCount = new Set(alerts.map((a) => a.caseId)).size;
  const date = formatDisplayDate(options.today);
  const subject = `SCA Tracker: ${needAction(caseCount)} — ${date}`;
  const groups = SEVERITIES.map((severity) => ({
    heading: DIGEST_HEADINGS[severity],
    lines: alerts.filter((a) => a.severity === severity).map((a) => lineOf(a, labels, options)),
  })).filter((g) => g.lines.length > 0);
  const content: DigestContent = {
    title: `SCA Tracker — ${safeText(options.spreadsheetName) || 'Cases'} — ${date}`,
    summary: `${capitalise(needAction(caseCount))} (${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}).`,
    groups,
  };
  return { to, subject, text: digestText(content), html: digestHtml(content), caseCount, alertCount: alerts.length };
}

function lineOf(alert: Alert, labels: ReadonlyMap<string, string>, options: DigestOptions): DigestLine {
  return {
    severity: alert.severity,
    label: labels.get(alert.caseId) ?? alert.caseId,
    message: alert.message,
    due: alert.dueDate ? formatDisplayDate(alert.dueDate) : '',
    owner: alert.owner,
    link: options.rowLink(alert.caseId),
  };
}

/** '1 case needs action', '3 cases need action', 'no cases need action'. */
function needAction(n: number): string {
  if (n === 0) return 'no cases need action';
  return n === 1 ? '1 case needs action' : `${n} cases need action`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
