/** Issue 9 item 6, through the built bundle: only IDs the add-on issued leave the sheet in email. */
import { activeCase, day, tracker } from './daily-fixture';

const maria = 'maria@clinic.example';
const manager = 'manager@clinic.example';

function clinicWithTypedOverId() {
  const t = tracker([
    activeCase({ caseId: 'SCA-0001', owner: maria, endDate: day('2026-03-12') }),
    // Someone typed the patient's name and birth date over the Case ID of row 3.
    activeCase({ caseId: 'Jane Roe DOB 04/12/1961', owner: maria, patient: 'Jane Roe', nextFollowUp: day('2026-03-06') }),
  ]);
  t.setSetting('Alert recipients', manager);
  return t;
}

describe('a Case ID cell holding anything but an issued ID', () => {
  it('is named in the digest only as "a case on row N of Cases", with its link, never by the cell', () => {
    const t = clinicWithTypedOverId();
    t.check();
    expect(t.env.mail.sent.map((m) => m.to).sort()).toEqual([manager, maria]);
    for (const mail of t.env.mail.sent) {
      const all = `${mail.subject}\n${mail.body}\n${mail.htmlBody ?? ''}`;
      expect(all).not.toContain('Jane');
      expect(all).not.toContain('1961');
      expect(mail.body).toContain('SCA-0001');
      expect(mail.body).toMatch(/- a case on row 3 of Cases( · [^—\n]+)? — Follow-up overdue by 3 days/);
      expect(mail.body).toMatch(/#gid=\d+&range=A3/);
    }
  });

  it('is reported as a Problem on its row', () => {
    const t = clinicWithTypedOverId();
    t.check();
    expect(t.problems('Jane Roe DOB 04/12/1961')).toContain('Case ID: not an ID the tracker issued (SCA- and 4 or more digits)');
    expect(t.problems('SCA-0001')).toBe('');
  });
});
