import { PLAN_RULES_HEADERS, mapPlanRulesHeaders, parsePlanRuleRow, parsePlanRules, parseRequiredItems } from '../../src/domain/plan-rules-sheet';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';
import { PACKET_ITEMS } from '../../src/domain/vocabulary';

const MAP = mapPlanRulesHeaders(PLAN_RULES_HEADERS);
const ctx = { timeZone: 'UTC', rowNumber: 2 };

describe('plan-rules-sheet', () => {
  it('exports the header row setup creates', () => {
    expect(PLAN_RULES_HEADERS).toEqual(['Payer', 'Required packet items', 'Minimum in-network attempts', 'Submission channel', 'Expected turnaround (days)', 'Visit policy', 'Notes']);
  });

  describe('parseRequiredItems', () => {
    it.each([
      ['', null, []],
      ['All', [...PACKET_ITEMS], []],
      [' none ', [], []],
      ['Credentials, clinical summary', ['Clinical summary', 'Credentials'], []],
      ['Packet: Treatment plan; In-network  search\nW-9', ['Treatment plan', 'In-network search'], ['W-9']],
    ])('reads %p', (text, items, unknown) => expect(parseRequiredItems(text)).toEqual({ items, unknown }));
  });

  describe('parsePlanRuleRow', () => {
    it('applies defaults to blank cells', () => {
      const r = parsePlanRuleRow(['Acme Health'], MAP, { ...ctx, defaultTurnaroundDays: 21 });
      expect(r).toEqual({ kind: 'entry', rowNumber: 2, problems: [], entry: DEFAULT_PLAN_RULE('Acme Health', 21) });
    });

    it('reads a full rule', () => {
      const r = parsePlanRuleRow(['  Blue Plan ', 'All', 2, 'fax', 30, 'block', 'call first'], MAP, ctx);
      expect(r.kind === 'entry' && r.entry).toEqual({
        payer: 'Blue Plan',
        requiredItems: [...PACKET_ITEMS],
        minInNetworkAttempts: 2,
        channel: 'Fax',
        turnaroundDays: 30,
        visitPolicy: 'Block',
      });
    });

    it.each([
      [['', 'All'], ['missing_value']],
      [['P', 'Credentials, W9'], ['unknown_packet_item']],
      [['P', 'W9, 1099'], ['unknown_packet_item']],
      [['P', '', -1, 'Pigeon', 'soon', 'Maybe'], ['negative_number', 'not_in_list', 'not_a_number', 'not_in_list']],
    ])('reports the bad cells of %p and keeps defaults', (cells, codes) => {
      const r = parsePlanRuleRow(cells, MAP, ctx);
      expect(r.kind === 'entry' && r.problems.map((p) => p.code)).toEqual(codes);
      expect(r.kind === 'entry' && r.entry.visitPolicy).toBe('Warn');
    });

    it('names unknown items plainly', () => {
      const r = parsePlanRuleRow(['P', 'W9, 1099'], MAP, ctx);
      expect(r.kind === 'entry' && r.problems[0]?.message).toMatch(/^Required packet items: 'W9', '1099' are not packet items \(use Clinical summary/);
    });

    it('skips a row with notes only', () => expect(parsePlanRuleRow(['', '', '', '', '', '', 'todo'], MAP, ctx).kind).toBe('blank'));
  });

  describe('parsePlanRules', () => {
    it('reads the sheet, skipping blank and payer-less rows, keeping the first of duplicate payers', () => {
      const { rules, problems } = parsePlanRules([
        ['Visit policy', 'Payer', 'Minimum in-network attempts'],
        ['Allow', 'Acme', 1],
        [],
        ['Warn', '', 2],
        ['Block', ' ACME ', 5],
        ['Block', 'Blue', ''],
      ]);
      expect(rules.map((r) => [r.payer, r.visitPolicy, r.minInNetworkAttempts])).toEqual([
        ['Acme', 'Allow', 1],
        ['Blue', 'Block', 3],
      ]);
      expect(problems.map((p) => [p.rowNumber, p.problem.code])).toEqual([
        [4, 'missing_value'],
        [5, 'duplicate_payer'],
      ]);
    });
    it('reads an empty sheet as no rules', () => expect(parsePlanRules([])).toEqual({ rules: [], problems: [] }));
  });
});
