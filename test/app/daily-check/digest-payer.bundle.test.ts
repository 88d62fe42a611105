/** Issue 14 item 5, through the built bundle: each digest line names the payer as Plan rules spells it. */
import { activeCase, day, tracker } from './daily-fixture';

const maria = 'maria@clinic.example';

describe('the digest names the payer', () => {
  it('as Plan rules spells it, and an unknown payer only as "payer not in Plan rules"', () => {
    const t = tracker([
      activeCase({ caseId: 'SCA-0001', owner: maria, payer: '  acme   health', endDate: day('2026-03-12') }),
      activeCase({ caseId: 'SCA-0002', owner: maria, payer: 'Jane Roe 04/12/1961', endDate: day('2026-03-13') }),
    ]);
    t.env.writeSheet('Plan rules', 'A2', [['Acme Health']]);
    t.check();
    const [mail] = t.env.mail.sent;
    expect(mail?.to).toBe(maria);
    expect(mail?.body).toContain('- SCA-0001 · Acme Health — Agreement ends in 3 days');
    expect(mail?.body).toContain('- SCA-0002 · payer not in Plan rules — Agreement ends in 4 days');
    expect(`${mail?.body}${mail?.htmlBody}`).not.toContain('Jane');
    // Maria's own digest does not repeat her name on every line.
    expect(mail?.body).not.toContain(`owner ${maria}`);
  });
});
