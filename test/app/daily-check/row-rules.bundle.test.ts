/** The daily check reports broken row rules too, so it never erases what onEdit wrote to Problems. */
import { activeCase, day, tracker } from './daily-fixture';

describe('Problems written by the daily check', () => {
  it('names a row rule a pasted row breaks, and keeps naming it after the daily check', () => {
    const t = tracker([activeCase({ caseId: 'SCA-0001' })]);
    const blank = activeCase({ caseId: 'SCA-0002', status: 'Active', scaNumber: '', writtenConfirmationOn: '' });
    t.addOn.userPaste('Cases', 'A3', [blank]);
    expect(t.problems('SCA-0002')).toMatch(/SCA #/);
    t.check();
    expect(t.problems('SCA-0002')).toMatch(/SCA #/);
    expect(t.problems('SCA-0001')).toBe('');
  });

  it('counts the In-network search log per case against the plan minimum', () => {
    const t = tracker([
      activeCase({ caseId: 'SCA-0001', status: 'Assembling packet', 'packet:In-network search': true, scaNumber: '', writtenConfirmationOn: '' }),
    ]);
    t.check();
    expect(t.problems('SCA-0001')).toContain('only 0 of the 3 required in-network attempts are logged');
    const log = [1, 2, 3].map((n) => ['SCA-0001', day(`2026-03-0${n}`), `Provider ${n}`, 'Yes', 60, 12, 'Wait too long']);
    t.env.writeSheet('In-network search', 'A2', log);
    t.check();
    expect(t.problems('SCA-0001')).toBe('');
  });
});
