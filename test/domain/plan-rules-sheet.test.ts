import { parsePlanRulesRows } from '../../src/domain/plan-rules-sheet';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';

const HEADER = ['Payer', 'Required packet items', 'Min in-network attempts', 'Submission channel', 'Expected turnaround (days)', 'Visit policy'];

describe('plan-rules-sheet', () => {
  describe('parsePlanRulesRows', () => {
    it('reads one rule per payer row', () => {
      const { rules, problems } = parsePlanRulesRows([HEADER, ['Acme Health', 'Credentials, clinical summary', 5, 'fax', 10, 'Block']]);
      expect(problems).toEqual([]);
      expect(rules).toEqual([
        { payer: 'Acme Health', requiredItems: ['Clinical summary', 'Credentials'], minInNetworkAttempts: 5, channel: 'Fax', turnaroundDays: 10, visitPolicy: 'Block' },
      ]);
    });

    it('finds columns by header text in any order and fills blanks with the defaults', () => {
      const { rules } = parsePlanRulesRows([['Visit policy', 'Payer'], ['', 'Beta Care']], 21);
      expect(rules).toEqual([DEFAULT_PLAN_RULE('Beta Care', 21)]);
    });

    it('reports bad cells and uses the default for that field only', () => {
      const { rules, problems } = parsePlanRulesRows([HEADER, ['Acme', 'Credentials, Tarot', -1, 'Pigeon', 'ten', 'Maybe']]);
      expect(rules[0]).toEqual(DEFAULT_PLAN_RULE('Acme'));
      expect(problems.map((p) => p.column)).toEqual([
        'Required packet items', 'Min in-network attempts', 'Submission channel', 'Expected turnaround (days)', 'Visit policy',
      ]);
      expect(problems[0]?.message).toContain('Plan rules row 2 (Acme)');
    });

    describe('edge cases', () => {
      it('skips rows without a payer and reports a repeated payer', () => {
        const { rules, problems } = parsePlanRulesRows([HEADER, ['', 'x'], ['Acme'], [' acme ']]);
        expect(rules.map((r) => r.payer)).toEqual(['Acme']);
        expect(problems).toEqual([expect.objectContaining({ column: 'Payer' })]);
      });

      it('gives no rules for an empty grid', () => {
        expect(parsePlanRulesRows([])).toEqual({ rules: [], problems: [] });
      });
    });
  });
});
