import { DEFAULT_PLAN_RULE, payerKey, planRuleFor } from '../../src/domain/plan-rule-lookup';
import { aPlanRule } from './builders';

describe('plan-rule-lookup', () => {
  describe('DEFAULT_PLAN_RULE', () => {
    it('requires all but the medical necessity letter, 3 attempts, 14 days, Warn', () => {
      expect(DEFAULT_PLAN_RULE(' Aetna ')).toEqual({
        payer: 'Aetna',
        requiredItems: ['Clinical summary', 'Treatment plan', 'In-network search', 'Credentials', 'Member & diagnosis', 'Services & rate'],
        minInNetworkAttempts: 3,
        channel: '',
        turnaroundDays: 14,
        visitPolicy: 'Warn',
      });
    });
  });

  describe('planRuleFor', () => {
    const rules = [aPlanRule().forPayer('Blue Cross  Blue Shield').withMinAttempts(5).build(), aPlanRule().forPayer('Aetna').build()];
    it.each([
      ['blue cross blue shield', 5],
      ['  BLUE CROSS BLUE SHIELD ', 5],
      ['Cigna', 3],
      ['', 3],
    ])('finds %p → %i attempts', (payer, attempts) => expect(planRuleFor(payer, rules).minInNetworkAttempts).toBe(attempts));
    it('uses the Settings default turnaround for an unknown payer', () => expect(planRuleFor('Cigna', rules, 21).turnaroundDays).toBe(21));
    it('payerKey collapses case and spacing', () => expect(payerKey('  A  b ')).toBe('a b'));
  });
});
