import { unknownPayerProblems } from '../../src/domain/payer-check';
import type { PlanRule } from '../../src/domain/plan-rule';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';

const rules: PlanRule[] = [DEFAULT_PLAN_RULE('Acme Health'), DEFAULT_PLAN_RULE('Cigna')];

describe('payer-check', () => {
  describe('unknownPayerProblems', () => {
    it.each([
      ['Acme Health', rules, []],
      ['  acme   HEALTH ', rules, []],
      ['', rules, []],
      ['   ', rules, []],
      ['Acme Helth', [], []],
      ['Acme Helth', rules, ['payer_not_in_plan_rules']],
    ])('for %j returns %j', (payer, list, codes) => {
      expect(unknownPayerProblems(payer, list as PlanRule[]).map((p) => p.code)).toEqual(codes);
    });

    it('points at the Payer column and never repeats the typed text', () => {
      const [problem] = unknownPayerProblems('Jane Roe', rules);
      expect(problem?.column).toBe('Payer');
      expect(problem?.message).not.toContain('Jane');
    });
  });
});
