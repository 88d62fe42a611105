import { caseProgress } from '../../src/domain/case-progress';
import type { Status } from '../../src/domain/vocabulary';
import { aCase } from './builders';

const states = (status: Status, c = aCase().withStatus(status).build()) => caseProgress(c).steps.map((s) => s.state.charAt(0)).join('');

describe('case-progress', () => {
  describe('caseProgress', () => {
    it.each([
      ['Identified', 'cuuuuu', 'Identify'],
      ['Assembling packet', 'dcuuuu', 'Assemble packet'],
      ['Submitted', 'ddcuuu', 'Submit'],
      ['In negotiation', 'dddcuu', 'Negotiate'],
      ['Denied', 'dddcuu', 'Negotiate'],
      ['Appealed', 'dddcuu', 'Negotiate'],
      ['Approved (verbal)', 'ddddcu', 'Written confirmation'],
      ['Approved (written)', 'dddddc', 'Deliver & track'],
      ['Active', 'dddddc', 'Deliver & track'],
    ] as [Status, string, string][])('%s → %s, at %s', (status, pattern, current) => {
      expect(states(status)).toBe(pattern);
      expect(caseProgress(aCase().withStatus(status).build()).current).toBe(current);
    });

    it.each([
      ['withdrawn before submission', aCase().withStatus('Closed').build(), 'dsssss'],
      ['closed after submitting', aCase().withStatus('Closed').submitted('2026-01-02').build(), 'dddsss'],
      ['closed after a decision', aCase().withStatus('Closed').submitted('2026-01-02').with({ decisionOn: '2026-01-20' }).build(), 'ddddss'],
      ['closed with written terms, no visits', aCase().active().withStatus('Closed').build(), 'ddddds'],
      ['closed after delivering', aCase().active().withUnits(20, 20).withStatus('Closed').build(), 'dddddd'],
    ])('a case %s shows reached steps done and the rest skipped', (_name, c, pattern) => {
      expect(states('Closed', c)).toBe(pattern);
      expect(caseProgress(c).current).toBeNull();
    });
  });
});
