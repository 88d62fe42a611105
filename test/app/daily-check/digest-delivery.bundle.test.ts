/** Email that can be trusted, through the built bundle: once per recipient per day, quota, privacy, renewals. */
import { activeCase, day, tracker } from './daily-fixture';

const maria = 'maria@clinic.example';
const lee = 'lee@clinic.example';
const manager = 'manager@clinic.example';

function clinic() {
  const t = tracker([
    activeCase({ caseId: 'SCA-0001', owner: maria, patient: 'Ana Lopez', memberId: 'W123456789', endDate: day('2026-03-12') }),
    activeCase({ caseId: 'SCA-0002', owner: lee, patient: 'Bo Chen', memberId: 'XK-55501', nextFollowUp: day('2026-03-06') }),
    activeCase({ caseId: 'SCA-0003', owner: lee, patient: 'Cy Doe', memberId: 'ZZ9001', endDate: day('2026-09-30') }),
  ]);
  t.setSetting('Alert recipients', manager);
  return t;
}

const recipients = (t: ReturnType<typeof tracker>): string[] => t.env.mail.sent.map((m) => m.to).sort();

describe('daily digests', () => {
  it('sends one digest per recipient: each owner for their cases, the alert recipients for all', () => {
    const t = clinic();
    t.check();
    expect(recipients(t)).toEqual([lee, manager, maria]);
    const byTo = new Map(t.env.mail.sent.map((m) => [m.to, m]));
    expect(byTo.get(maria)?.subject).toBe('SCA Tracker: 1 case needs action — Mon 9 Mar 2026');
    expect(byTo.get(manager)?.subject).toBe('SCA Tracker: 2 cases need action — Mon 9 Mar 2026');
    expect(byTo.get(maria)?.body).toContain('SCA-0001');
    expect(byTo.get(maria)?.body).not.toContain('SCA-0002');
    expect(byTo.get(manager)?.htmlBody).toMatch(/#gid=\d+&amp;range=A2/);
  });

  it('sends nothing new on a second run the same day, and again the next day', () => {
    const t = clinic();
    t.check();
    t.check();
    expect(t.env.mail.sent).toHaveLength(3);
    t.today('2026-03-10');
    t.check();
    expect(t.env.mail.sent).toHaveLength(6);
  });

  it('on a quota shortfall sends what fits, records the rest, completes it on the next run, and nobody gets a duplicate', () => {
    const t = clinic();
    t.env.mail.setQuota(2);
    const summary = t.check();
    expect(t.env.mail.sent).toHaveLength(2);
    expect(summary).toContain('1 waiting for email quota');
    const log = t.env.readSheet('Run log');
    expect(log[log.length - 1]).toEqual(expect.arrayContaining(['daily check (menu)', 3, 2, 1]));

    t.env.mail.setQuota(10);
    t.check();
    expect(recipients(t)).toEqual([lee, manager, maria]);
  });

  it('never puts a Patient or Member ID value from the workbook in any email', () => {
    const t = clinic();
    t.check();
    t.today('2026-03-10');
    t.check();
    const secrets = ['Ana Lopez', 'W123456789', 'Bo Chen', 'XK-55501', 'Cy Doe', 'ZZ9001', 'Jane Roe', 'MBR99887766'];
    for (const mail of t.env.mail.sent) {
      for (const secret of secrets) {
        expect(`${mail.subject}\n${mail.body}\n${mail.htmlBody ?? ''}`).not.toContain(secret);
      }
    }
  });

  it('shows patient initials only when the clinic turns them on', () => {
    const t = clinic();
    t.setSetting('Include patient initials in emails', 'TRUE');
    t.check();
    const toMaria = t.env.mail.sent.find((m) => m.to === maria);
    expect(toMaria?.body).toContain('A.L.');
    expect(toMaria?.body).not.toContain('Ana Lopez');
  });

  it('turns the old case’s urgent end-date alert into an information line while its renewal is under way', () => {
    const t = tracker([
      activeCase({ caseId: 'SCA-0041', endDate: day('2026-03-13') }),
      activeCase({ caseId: 'SCA-0042', status: 'Submitted', renewalOf: 'SCA-0041', submittedOn: day('2026-03-02'), submittedVia: 'Portal', scaNumber: '', writtenConfirmationOn: '' }),
    ]);
    t.check();
    expect(t.flags('SCA-0041')).toBe('INFO: Agreement ends in 4 days (2026-03-13); renewal SCA-0042 is Submitted');
    const digest = t.env.mail.sent[0];
    expect(digest?.body).toContain('renewal SCA-0042 is Submitted');
    expect(digest?.body).not.toMatch(/URGENT|Urgent/);
  });

  it('keeps alerting an expired agreement until its renewal is approved in writing', () => {
    const t = tracker([
      activeCase({ caseId: 'SCA-0041', endDate: day('2026-03-06') }),
      activeCase({ caseId: 'SCA-0042', status: 'Submitted', renewalOf: 'SCA-0041', submittedOn: day('2026-03-02'), submittedVia: 'Portal', scaNumber: '', writtenConfirmationOn: '' }),
    ]);
    t.check();
    expect(t.flags('SCA-0041')).toMatch(/^URGENT: Agreement expired 2026-03-06 while Active/);
  });
});
