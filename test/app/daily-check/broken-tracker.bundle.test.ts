/**
 * A broken tracker is a failed run, through the built bundle: without the Cases sheet, its Case ID column or
 * the Settings sheet the daily trigger logs FAILED, says what is missing and that Set up or repair fixes it,
 * emails that instead of a digest, and the sidebar says the same.
 */
import type { SidebarStateDto } from '../../../src/dto/sidebar-state';
import { activeCase, day, tracker, type Tracker } from './daily-fixture';

const FIX = 'Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker to fix it.';
const FAILURE_SUBJECT = 'SCA Tracker: the daily check failed';

/** A clinic whose one case is due a follow-up today (a digest would go out), with daily alerts on. */
function clinicWithAlertsOn(): Tracker {
  const t = tracker([activeCase({ caseId: 'SCA-0001', owner: 'maria@clinic.example', nextFollowUp: day('2026-03-09') })]);
  t.setSetting('Alert recipients', 'manager@clinic.example');
  t.env.ui.queueResponse({ button: 'YES' });
  t.addOn.clickMenu('Turn daily alerts on/off');
  return t;
}

function sheet(t: Tracker, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const found = t.env.spreadsheet.getSheetByName(name);
  if (!found) throw new Error(`no ${name} sheet`);
  return found;
}

const lastRunOutcome = (t: Tracker): string => String(t.env.readSheet('Run log').at(-1)?.at(-1) ?? '');
const lastCheckStatus = (t: Tracker): string => String(t.env.readSheet('Settings').find((r) => r[0] === 'Last daily check')?.[1] ?? '');

const BREAKS: ReadonlyArray<[string, (t: Tracker) => void, string]> = [
  ['the Cases sheet is deleted', (t) => t.env.spreadsheet.deleteSheet(sheet(t, 'Cases')), 'the Cases sheet'],
  ['the Case ID column is deleted', (t) => sheet(t, 'Cases').deleteColumn(t.column('Case ID') + 1), 'the "Case ID" column of the Cases sheet'],
  ['the Settings sheet is deleted', (t) => t.env.spreadsheet.deleteSheet(sheet(t, 'Settings')), 'the Settings sheet'],
];

describe('a broken tracker', () => {
  describe.each(BREAKS)('when %s, the daily trigger', (_name, breakIt, missing) => {
    const message = `The tracker is missing ${missing}. ${FIX}`;

    function brokenRun(): Tracker {
      const t = clinicWithAlertsOn();
      breakIt(t);
      t.env.mail.clear();
      expect(t.addOn.fireTimeTriggers()).toEqual(['onDailyTrigger']);
      return t;
    }

    it('logs FAILED in Run log with what is missing and the fix', () => {
      expect(lastRunOutcome(brokenRun())).toBe(`FAILED: ${message}`);
    });

    it('emails the failure, naming what is missing and the fix, and sends no digest', () => {
      const t = brokenRun();
      expect(t.env.mail.sent.filter((m) => !m.subject.startsWith(FAILURE_SUBJECT))).toEqual([]);
      for (const mail of t.env.mail.sent) expect(mail.body).toContain(message);
      // The trigger's owner always hears; the alert recipients too while Settings can still name them.
      const expected = missing === 'the Settings sheet' ? ['coordinator@clinic.example'] : ['coordinator@clinic.example', 'manager@clinic.example'];
      expect(t.env.mail.sent.map((m) => m.to).sort()).toEqual(expected);
    });

    it('shows FAILED in Settings while there is a Settings sheet (a deleted one is not recreated: Run log and email tell it)', () => {
      const t = brokenRun();
      if (missing === 'the Settings sheet') {
        expect(t.env.spreadsheet.getSheetByName('Settings')).toBeNull();
      } else {
        expect(lastCheckStatus(t)).toBe(`FAILED Mon 9 Mar 2026 12:00 — ${message} (see Run log)`);
      }
    });
  });

  it('"Run daily check now" tells the person at the keyboard what is missing and the fix', () => {
    const t = clinicWithAlertsOn();
    t.env.spreadsheet.deleteSheet(sheet(t, 'Settings'));
    expect(t.check()).toBe(`The tracker is missing the Settings sheet. ${FIX}`);
    expect(lastRunOutcome(t)).toBe(`FAILED: The tracker is missing the Settings sheet. ${FIX}`);
    expect(t.env.mail.sent.filter((m) => !m.subject.startsWith(FAILURE_SUBJECT))).toEqual([]);
  });

  it('runs "ok" again once Set up or repair tracker has put the sheets back', () => {
    const t = clinicWithAlertsOn();
    t.env.spreadsheet.deleteSheet(sheet(t, 'Settings'));
    t.addOn.fireTimeTriggers();
    t.addOn.clickMenu('Set up or repair tracker');
    t.today('2026-03-10');
    t.addOn.fireTimeTriggers();
    expect(lastRunOutcome(t)).toBe('ok');
  });

  describe('the sidebar (getSidebarState)', () => {
    it.each(BREAKS.slice(0, 2))('answers tracker-not-set-up with what is missing when %s', (_name, breakIt, missing) => {
      const t = clinicWithAlertsOn();
      breakIt(t);
      if (t.env.spreadsheet.getSheetByName('Cases')) t.addOn.select('Cases', 'B2');
      expect(t.addOn.scriptRun('getSidebarState') as SidebarStateDto).toEqual({
        ok: false,
        reason: 'tracker-not-set-up',
        message: `The tracker is missing ${missing}. ${FIX}`,
      });
    });
  });
});
