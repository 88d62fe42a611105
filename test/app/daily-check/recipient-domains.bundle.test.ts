/** Issue 9 item 9, through the built bundle: mail goes only to the sender's domain and domains it confirmed. */
import { activeCase, day, tracker } from './daily-fixture';

const settingValue = (t: ReturnType<typeof tracker>, label: string): string =>
  String(t.env.readSheet('Settings').find((r) => r[0] === label)?.[1] ?? '');
const lastRunLog = (t: ReturnType<typeof tracker>): string => (t.env.readSheet('Run log').at(-1) ?? []).join(' | ');
const mailedTo = (t: ReturnType<typeof tracker>): string[] => t.env.mail.sent.map((m) => m.to).sort();

function clinic(owner2 = 'lee@clinic.example') {
  const t = tracker([
    activeCase({ caseId: 'SCA-0001', owner: 'maria@clinic.example', endDate: day('2026-03-12') }),
    activeCase({ caseId: 'SCA-0002', owner: owner2, nextFollowUp: day('2026-03-06') }),
  ]);
  return t;
}

describe('recipients outside the sending account\'s domain', () => {
  it('are not mailed, and are named in the Run log and in Settings', () => {
    const t = clinic();
    t.setSetting('Alert recipients', 'manager@clinic.example, relay@phish.example');
    const said = t.check();
    expect(mailedTo(t)).toEqual(['lee@clinic.example', 'manager@clinic.example', 'maria@clinic.example']);
    expect(lastRunLog(t)).toContain('relay@phish.example is not mailed: phish.example is not one of the domains digests may go to (clinic.example)');
    expect(settingValue(t, 'Last daily check')).toContain('Not sent: relay@phish.example is not mailed');
    expect(said).toContain('Not sent: relay@phish.example is not mailed');
  });

  it('an Owner outside the domain is not mailed, and the row\'s Problems cell says why', () => {
    const t = clinic('partner@partner.example');
    t.check();
    expect(mailedTo(t)).toEqual(['maria@clinic.example']);
    expect(t.problems('SCA-0002')).toContain('Owner: partner@partner.example is not mailed: partner.example is not one of the domains digests may go to');
    expect(t.problems('SCA-0001')).toBe('');
  });

  it('are mailed once the sending account confirmed their domain, by name, when turning alerts on', () => {
    const t = clinic('partner@partner.example');
    t.addOn.clickMenu('Turn daily alerts on/off'); // Yes to "Turn them ON?", Yes to the domains question
    const question = t.env.ui.alerts.find((a) => a.title === 'Email outside your domain')?.prompt ?? '';
    expect(question).toContain('sent from your account, coordinator@clinic.example');
    expect(question).toContain('outside clinic.example: partner.example (partner@partner.example)');
    t.addOn.fireTimeTriggers();
    expect(mailedTo(t)).toEqual(['maria@clinic.example', 'partner@partner.example']);
    expect(t.env.mail.sent.every((m) => m.from === 'coordinator@clinic.example')).toBe(true);
    expect(t.problems('SCA-0002')).toBe('');

    // An editor adds another outside address later: the confirmation named partner.example only.
    t.setSetting('Alert recipients', 'relay@phish.example');
    t.today('2026-03-10');
    t.addOn.fireTimeTriggers();
    expect(t.env.mail.sent.map((m) => m.to)).not.toContain('relay@phish.example');
    expect(lastRunLog(t)).toContain('relay@phish.example is not mailed');
  });

  it('can be allowed later by the account that runs the alerts, from the same menu item', () => {
    const t = clinic();
    t.addOn.clickMenu('Turn daily alerts on/off');
    t.setSetting('Alert recipients', 'auditor@partner.example');
    t.addOn.fireTimeTriggers();
    expect(mailedTo(t)).not.toContain('auditor@partner.example');

    t.env.ui.queueResponse({ button: 'NO' }); // "Turn them OFF?" — no, keep them on
    t.env.ui.queueResponse({ button: 'YES' }); // allow partner.example
    t.addOn.clickMenu('Turn daily alerts on/off');
    expect(t.env.ui.alerts.at(-1)?.prompt).toContain('outside clinic.example: partner.example (auditor@partner.example)');
    t.today('2026-03-10');
    t.addOn.fireTimeTriggers();
    expect(t.env.mail.sent.map((m) => m.to)).toContain('auditor@partner.example');
  });

  it('are not mailed when another account confirmed them: the mail would leave from an account that never agreed', () => {
    const t = clinic('partner@partner.example');
    t.addOn.clickMenu('Turn daily alerts on/off');
    t.env.setActiveUser('manager@clinic.example');
    t.check();
    expect(mailedTo(t)).toEqual(['maria@clinic.example']);
  });
});

describe('one address parser everywhere', () => {
  it("mails an Owner whose valid address has an apostrophe (o'brien@…), the same address the Owner cell accepts", () => {
    const t = clinic("o'brien@clinic.example");
    t.check();
    expect(t.problems('SCA-0002')).toBe('');
    expect(mailedTo(t)).toEqual(['maria@clinic.example', "o'brien@clinic.example"]);
  });
});
