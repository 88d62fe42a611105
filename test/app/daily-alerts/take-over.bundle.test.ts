/** Issue 9 item 8, through the built bundle: alerts keep running when people change, and never twice a day. */
import { activeCase, day, tracker } from '../daily-check/daily-fixture';

const coordinator = 'coordinator@clinic.example';
const manager = 'manager@clinic.example';

function clinic() {
  const t = tracker([
    activeCase({ caseId: 'SCA-0001', owner: 'maria@clinic.example', nextFollowUp: day('2026-03-09') }),
    activeCase({ caseId: 'SCA-0002', owner: 'lee@clinic.example', endDate: day('2026-03-12') }),
  ]);
  t.setSetting('Alert recipients', manager);
  return t;
}

const settingValue = (t: ReturnType<typeof clinic>, label: string): string =>
  String(t.env.readSheet('Settings').find((r) => r[0] === label)?.[1] ?? '');
const runLog = (t: ReturnType<typeof clinic>): string[] => t.env.readSheet('Run log').slice(1).map((r) => r.join(' | '));
const perAddress = (t: ReturnType<typeof clinic>): Record<string, number> =>
  t.env.mail.sent.reduce<Record<string, number>>((n, m) => ({ ...n, [m.to]: (n[m.to] ?? 0) + 1 }), {});

describe('taking over daily alerts', () => {
  it('lets a second editor take over after the first lost access, and the digests then come from them', () => {
    const t = clinic();
    t.addOn.clickMenu('Turn daily alerts on/off');
    t.addOn.fireTimeTriggers();
    expect(t.env.mail.sent.every((m) => m.from === coordinator)).toBe(true);

    t.env.revokeAccess(coordinator); // left the clinic: their trigger never runs again
    t.env.setActiveUser(manager);
    t.today('2026-03-10');
    t.env.ui.queueResponse({ button: 'YES' });
    t.addOn.clickMenu('Turn daily alerts on/off');
    const offer = t.env.ui.alerts.at(-2)?.prompt ?? '';
    expect(offer).toMatch(/run by coordinator@clinic\.example \(turned on Mon 9 Mar 2026 12:00; last ran Mon 9 Mar 2026 12:00\)/);
    expect(offer).toContain('Take over daily alerts?');
    expect(t.env.triggers).toEqual([expect.objectContaining({ handlerFunction: 'onDailyTrigger', owner: manager })]);
    expect(settingValue(t, 'Daily alerts')).toMatch(/^ON — turned on by manager@clinic\.example/);

    t.env.mail.clear();
    t.env.setNow('2026-03-11T16:00:00Z');
    t.addOn.fireTimeTriggers();
    expect(Object.keys(perAddress(t)).sort()).toEqual(['lee@clinic.example', manager, 'maria@clinic.example']);
    expect(t.env.mail.sent.every((m) => m.from === manager)).toBe(true);
  });

  it('changes nothing when the second editor answers no', () => {
    const t = clinic();
    t.addOn.clickMenu('Turn daily alerts on/off');
    t.env.setActiveUser(manager);
    t.env.ui.queueResponse({ button: 'NO' });
    t.addOn.clickMenu('Turn daily alerts on/off');
    expect(t.env.triggers.map((tr) => tr.owner)).toEqual([coordinator]);
    expect(settingValue(t, 'Daily alerts')).toMatch(/^ON — turned on by coordinator@clinic\.example/);
  });
});

describe('two daily triggers that both fire', () => {
  it('send one digest per address: the old owner\'s trigger retires itself, and the day is claimed once', () => {
    const t = clinic();
    t.addOn.clickMenu('Turn daily alerts on/off');
    t.env.setActiveUser(manager); // takes over while the coordinator still has access
    t.addOn.clickMenu('Turn daily alerts on/off');
    expect(t.env.triggers.map((tr) => tr.owner)).toEqual([coordinator, manager]);

    expect(t.addOn.fireTimeTriggers()).toEqual(['onDailyTrigger', 'onDailyTrigger']);
    expect(perAddress(t)).toEqual({ 'lee@clinic.example': 1, [manager]: 1, 'maria@clinic.example': 1 });
    expect(t.env.mail.sent.every((m) => m.from === manager)).toBe(true);
    expect(t.env.triggers.map((tr) => tr.owner)).toEqual([manager]);
    expect(runLog(t).some((l) => l.includes('retired: daily alerts are now run by manager@clinic.example'))).toBe(true);

    // The same day, the remaining trigger fires again (a retry): the day is claimed, nothing is sent twice.
    t.addOn.fireTimeTriggers();
    expect(perAddress(t)).toEqual({ 'lee@clinic.example': 1, [manager]: 1, 'maria@clinic.example': 1 });
    expect(runLog(t).at(-1)).toContain("skipped: today's check already ran (manager@clinic.example's trigger)");
  });
});
