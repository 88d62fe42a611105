/**
 * Who is the user, through the built bundle: with userinfo.email in the manifest (as shipped) the trigger's
 * owner hears about a failed daily check, History names who did what, and a second user cannot install a
 * second daily trigger. Without the scope (as Google refuses Session calls then) nothing crashes: the user is ''.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeCase, day, tracker, type Tracker } from '../app/daily-check/daily-fixture';

/** The sidebar's New case form, as google.script.run sends it (owner blank: the current user). */
const NEW_CASE = { payer: 'Aetna', planType: '', serviceLine: '', scaType: '', owner: '', patient: '' };

const DIST = join(__dirname, '../../dist');
const USERINFO = 'https://www.googleapis.com/auth/userinfo.email';

/** dist/ as built, but with a manifest that lacks userinfo.email (the manifest before this fix). */
function distWithoutUserinfo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sca-no-userinfo-'));
  for (const file of ['Code.js', 'Sidebar.html']) copyFileSync(join(DIST, file), join(dir, file));
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ ...manifest, oauthScopes: manifest.oauthScopes.filter((s) => s !== USERINFO) }));
  return dir;
}

function clinic(recipients = ''): Tracker {
  const t = tracker([activeCase({ caseId: 'SCA-0001', owner: 'maria@clinic.example', nextFollowUp: day('2026-03-09') })]);
  t.setSetting('Alert recipients', recipients);
  return t;
}

function turnOn(t: Tracker, addOn = t.addOn): void {
  t.env.ui.queueResponse({ button: 'YES' });
  addOn.clickMenu('Turn daily alerts on/off');
}

/** A realistic failure: the document's property store is full, so the run cannot record its digests. */
function fillPropertyStore(t: Tracker): void {
  for (let i = 0; i < 60; i += 1) t.env.properties.document[`clinic-note-${i}`] = 'x'.repeat(9000);
}

const ownerOf = (t: Tracker, caseId: string): unknown =>
  t.env.readSheet('Cases').find((r) => r[t.column('Case ID')] === caseId)?.[t.column('Owner')];

const failureMails = (t: Tracker) => t.env.mail.sent.filter((m) => m.subject.startsWith('SCA Tracker: the daily check failed'));

describe('the manifest', () => {
  it('declares userinfo.email with the four other scopes', () => {
    const root = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(root.oauthScopes).toContain(USERINFO);
    expect(root.oauthScopes).toHaveLength(5);
  });
});

describe('Session with userinfo.email granted', () => {
  it("sends the failed daily check's email to the trigger's owner even with no alert recipients", () => {
    const t = clinic();
    turnOn(t);
    fillPropertyStore(t);
    t.addOn.fireTimeTriggers();
    expect(failureMails(t).map((m) => m.to)).toEqual(['coordinator@clinic.example']);
  });

  it('fills History "Who" and the new case\'s Owner with the person who created it', () => {
    const t = clinic();
    t.env.setActiveUser('front.desk@clinic.example');
    t.addOn.scriptRun('createCase', [NEW_CASE]);
    expect(t.env.readSheet('History').at(-1)?.slice(1, 3)).toEqual(['front.desk@clinic.example', 'SCA-0002']);
    expect(ownerOf(t, 'SCA-0002')).toBe('front.desk@clinic.example');
  });

  it('keeps one daily trigger: a second user is told who runs the alerts and, declining to take over, installs none', () => {
    const t = clinic();
    turnOn(t);
    t.env.setActiveUser('second@clinic.example');
    t.env.ui.queueResponse({ button: 'NO' });
    t.addOn.clickMenu('Turn daily alerts on/off');
    expect(t.env.triggers.map((tr) => tr.owner)).toEqual(['coordinator@clinic.example']);
    expect(t.env.ui.alerts.at(-1)?.prompt).toMatch(/run by coordinator@clinic\.example/);
  });
});

describe('Session without userinfo.email (Google throws): a blank user, nothing lost', () => {
  it('a daily check on a full property store does not crash the trigger and says in Run log what it could not do; with no known sender, no mail goes out', () => {
    const t = clinic('manager@clinic.example');
    const addOn = t.env.loadBundle(distWithoutUserinfo());
    turnOn(t, addOn);
    fillPropertyStore(t);
    expect(() => addOn.fireTimeTriggers()).not.toThrow();
    // The sending account's domain is what allows a recipient: unknown, nothing may be mailed.
    expect(failureMails(t)).toEqual([]);
    const outcome = String(t.env.readSheet('Run log').at(-1)?.at(-1));
    expect(outcome).toMatch(/manager@clinic\.example is not mailed: the account that sends the digests is unknown/);
    expect(outcome).toMatch(/the time of this run could not be recorded \(You have exceeded the property storage quota/);
  });

  it('New case still works, with a blank "Who" and owner', () => {
    const t = clinic();
    const addOn = t.env.loadBundle(distWithoutUserinfo());
    addOn.scriptRun('createCase', [NEW_CASE]);
    expect(t.env.readSheet('History').at(-1)?.slice(1, 4)).toEqual(['', 'SCA-0002', 'Status']);
    expect(ownerOf(t, 'SCA-0002')).toBe('');
  });
});
