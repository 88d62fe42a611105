/** Issue 9 item 10, through the built bundle: the digest ledger stays under the property limits at any size. */
import { activeCase, day, tracker } from './daily-fixture';

const OWNERS = 1000;
const owner = (i: number): string => `owner${String(i).padStart(4, '0')}@clinic.example`;

function bigClinic() {
  const rows = Array.from({ length: OWNERS }, (_, i) =>
    activeCase({ caseId: `SCA-${String(i + 1).padStart(4, '0')}`, owner: owner(i), nextFollowUp: day('2026-03-06') }),
  );
  const t = tracker(rows);
  t.setSetting('Alert recipients', 'manager@clinic.example');
  return t;
}

const storeBytes = (t: ReturnType<typeof bigClinic>): number =>
  Object.entries(t.env.properties.document).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
const lastRunLog = (t: ReturnType<typeof bigClinic>): string => (t.env.readSheet('Run log').at(-1) ?? []).join(' | ');

describe('the digest ledger at 1,000 owners', () => {
  it('mails every owner and the recipient with no "Argument too large", each value small and the store far under 500 KB', () => {
    const t = bigClinic();
    const said = t.check();
    expect(said).not.toMatch(/Argument too large|went wrong/);
    expect(t.env.mail.sent).toHaveLength(OWNERS + 1);
    expect(new Set(t.env.mail.sent.map((m) => m.to)).size).toBe(OWNERS + 1);
    expect(lastRunLog(t)).toMatch(/\| ok$/);
    const longest = Math.max(...Object.values(t.env.properties.document).map((v) => Buffer.byteLength(v)));
    expect(longest).toBeLessThan(1024);
    expect(storeBytes(t)).toBeLessThan(100 * 1024);

    // A second run the same day sends nothing (pruning over many days: test/app/daily-check/send-digests.test.ts).
    t.check();
    expect(t.env.mail.sent).toHaveLength(OWNERS + 1);
  });

  it('keeps the fair rotation under a short quota: who missed out yesterday goes first today', () => {
    const t = bigClinic();
    t.env.mail.setQuota(400);
    expect(t.check()).toContain('601 waiting for email quota');
    const first = new Set(t.env.mail.sent.map((m) => m.to));
    expect(first.size).toBe(400);

    // The next morning, 23 hours on: still yesterday's quota window, so the short quota holds.
    t.env.setNow('2026-03-10T15:00:00Z');
    t.env.mail.setQuota(700);
    t.check();
    const second = t.env.mail.sent.slice(400).map((m) => m.to);
    expect(second).toHaveLength(700);
    const missedYesterday = [...Array.from({ length: OWNERS }, (_, i) => owner(i)), 'manager@clinic.example'].filter((a) => !first.has(a));
    expect(second.slice(0, missedYesterday.length).sort()).toEqual(missedYesterday.sort());
  });
});
