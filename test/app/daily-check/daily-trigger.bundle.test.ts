/** The daily trigger through the built bundle: installed once, runs as its owner, never fails silently. */
import { activeCase, day, tracker } from './daily-fixture';

function clinic() {
  const t = tracker([activeCase({ caseId: 'SCA-0001', owner: 'maria@clinic.example', nextFollowUp: day('2026-03-09') })]);
  t.setSetting('Alert recipients', 'manager@clinic.example');
  t.setSetting('Alert hour (0-23)', '6');
  return t;
}

function turnOn(t: ReturnType<typeof tracker>, answer: 'YES' | 'NO' = 'YES'): void {
  t.env.ui.queueResponse({ button: answer });
  t.addOn.clickMenu('Turn daily alerts on/off');
}

const settingValue = (t: ReturnType<typeof tracker>, label: string): string =>
  String(t.env.readSheet('Settings').find((r) => r[0] === label)?.[1] ?? '');

const lastRunLog = (t: ReturnType<typeof tracker>): unknown[] => {
  const log = t.env.readSheet('Run log');
  return log[log.length - 1] ?? [];
};

describe('Turn daily alerts on/off', () => {
  it('installs one daily trigger at the Settings hour in the spreadsheet zone, even when "on" is chosen twice', () => {
    const t = clinic();
    turnOn(t);
    turnOn(t, 'NO'); // "Daily alerts are ON … Turn them OFF?" — No keeps them on
    expect(t.env.triggers).toEqual([
      expect.objectContaining({ handlerFunction: 'onDailyTrigger', kind: 'CLOCK', atHour: 6, everyDays: 1, timeZone: 'America/New_York', owner: 'coordinator@clinic.example' }),
    ]);
    expect(settingValue(t, 'Daily alerts')).toBe(
      'ON — turned on by coordinator@clinic.example on Mon 9 Mar 2026 12:00; runs every day around 06:00 (America/New_York)',
    );
  });

  it('removes the trigger when turned off', () => {
    const t = clinic();
    turnOn(t);
    turnOn(t, 'YES');
    expect(t.env.triggers).toHaveLength(0);
    expect(settingValue(t, 'Daily alerts')).toMatch(/^OFF — turned off by coordinator@clinic.example/);
  });
});

describe('the daily trigger', () => {
  it('flags, emails, logs the run and states it in Settings', () => {
    const t = clinic();
    turnOn(t);
    expect(t.addOn.fireTimeTriggers()).toEqual(['onDailyTrigger']);
    expect(t.flags('SCA-0001')).toBe('WARNING: Follow-up due today');
    expect(t.env.mail.sent.map((m) => m.to).sort()).toEqual(['manager@clinic.example', 'maria@clinic.example']);
    expect(lastRunLog(t)).toEqual(expect.arrayContaining(['daily trigger', 1, 1, 2, 0, 'ok']));
    expect(settingValue(t, 'Last daily check')).toBe('Mon 9 Mar 2026 12:00 — 1 cases read, 1 flagged, 2 emails sent');
  });

  it('puts an error in Run log and sends one error email a day instead of failing silently', () => {
    const t = clinic();
    turnOn(t);
    // A realistic failure: the document's property store is full, so the digest ledger cannot be saved.
    const filler = 'x'.repeat(9000);
    for (let i = 0; i < 60; i += 1) t.env.properties.document[`clinic-note-${i}`] = filler;
    t.addOn.fireTimeTriggers();
    t.addOn.fireTimeTriggers();
    expect(lastRunLog(t)).toEqual(
      expect.arrayContaining(['daily trigger', expect.stringMatching(/^FAILED: Digests stopped after 0 of 2 were sent: .*You have exceeded the property storage quota/)]),
    );
    const errors = t.env.mail.sent.filter((m) => m.subject.startsWith('SCA Tracker: the daily check failed'));
    expect(errors.map((m) => m.to).sort()).toEqual(['coordinator@clinic.example', 'manager@clinic.example']);
    expect(errors[0]?.body).toContain('Run log');
    expect(settingValue(t, 'Last daily check')).toMatch(/^FAILED Mon 9 Mar 2026 12:00 — Digests stopped after 0 of 2 were sent: .*property storage quota/);

    for (let i = 0; i < 60; i += 1) delete t.env.properties.document[`clinic-note-${i}`];
    t.today('2026-03-10');
    t.addOn.fireTimeTriggers();
    expect(lastRunLog(t)).toEqual(expect.arrayContaining(['daily trigger', 'ok']));
  });

  it('logs a failed "Run daily check now" in Run log too, and tells the person at the keyboard', () => {
    const t = clinic();
    for (let i = 0; i < 60; i += 1) t.env.properties.document[`clinic-note-${i}`] = 'x'.repeat(9000);
    const said = t.check();
    expect(said).toMatch(/Something went wrong[\s\S]*property storage quota/);
    expect(lastRunLog(t)).toEqual(expect.arrayContaining(['daily check (menu)', expect.stringMatching(/^FAILED: Digests stopped after 0 of 2 were sent: .*You have exceeded/)]));
    expect(t.env.mail.sent.filter((m) => m.subject.includes('failed'))).toHaveLength(0);
  });

  it('skips a run while another holds the tracker, without an error email (that run is doing the work)', () => {
    const t = clinic();
    turnOn(t);
    t.env.locks.holdElsewhere('document');
    t.addOn.fireTimeTriggers();
    expect(lastRunLog(t)).toEqual(expect.arrayContaining(['daily trigger', 'skipped: another run held the tracker for 30 seconds']));
    expect(t.env.mail.sent).toHaveLength(0);
  });

  it('when authorization is needed, logs it and tells the next person who opens the spreadsheet, once a day', () => {
    const t = clinic();
    turnOn(t);
    t.env.setAuthorizationRequired(true);
    t.addOn.fireTimeTriggers();
    expect(t.env.mail.sent).toHaveLength(0);
    expect(lastRunLog(t)).toEqual(expect.arrayContaining([expect.stringMatching(/^needs re-authorization/)]));
    t.addOn.fireOnOpen('LIMITED');
    t.addOn.fireOnOpen('LIMITED');
    const asks = t.env.ui.toasts.filter((toast) => toast.message.includes('needs your permission again'));
    expect(asks).toHaveLength(1);
  });
});

describe('a missed run', () => {
  it('is reported when the spreadsheet is opened more than 36 hours after the last successful run', () => {
    const t = clinic();
    turnOn(t);
    t.addOn.fireTimeTriggers();
    t.env.setNow('2026-03-11T03:00:00Z'); // 35 hours after 12:00 EDT (16:00Z): still fine
    t.addOn.fireOnOpen('LIMITED');
    expect(t.env.ui.toasts.some((toast) => toast.message.includes('have not run'))).toBe(false);
    t.env.setNow('2026-03-11T05:00:00Z'); // 37 hours after
    t.addOn.fireOnOpen('LIMITED');
    expect(t.env.ui.toasts.at(-1)?.message).toMatch(/^Daily alerts have not run since Mon 9 Mar 2026 12:00\./);
  });

  it('is also said when Settings is opened', () => {
    const t = clinic();
    turnOn(t);
    t.addOn.fireTimeTriggers();
    t.env.setNow('2026-03-12T12:00:00Z');
    t.addOn.clickMenu('Settings');
    expect(t.env.ui.toasts.some((toast) => toast.message.startsWith('Daily alerts have not run since'))).toBe(true);
  });

  it('is not looked for in AuthMode.NONE, where onOpen may only build the menu', () => {
    const t = clinic();
    turnOn(t);
    t.env.setNow('2026-03-20T12:00:00Z');
    t.env.calls.reset();
    t.addOn.fireOnOpen('NONE');
    expect(t.env.ui.toasts.filter((toast) => toast.message.includes('have not run'))).toHaveLength(0);
    expect(t.env.calls.get('PropertiesService')).toBe(0);
    expect(t.env.calls.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  });
});
