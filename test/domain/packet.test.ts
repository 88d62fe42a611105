import { packetChecklist } from '../../src/domain/packet';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';
import { PACKET_ITEMS } from '../../src/domain/vocabulary';
import { aCase, aPlanRule } from './builders';

describe('packet', () => {
  describe('packetChecklist', () => {
    it('lists the seven items in order; the default rule requires all but the medical necessity letter', () => {
      const list = packetChecklist(aCase().build(), DEFAULT_PLAN_RULE('Aetna'), 0);
      expect(list.items.map((l) => l.item)).toEqual(PACKET_ITEMS);
      expect(list.items.filter((l) => !l.required).map((l) => l.item)).toEqual(['Medical necessity letter']);
      expect(list.progress).toEqual({ done: 0, required: 6 });
      expect(list.nextMissing).toBe('Clinical summary');
      expect(list.complete).toBe(false);
    });

    it.each([
      [[], 0, { done: 0, required: 6 }, 'Clinical summary'],
      [['Clinical summary'], 3, { done: 1, required: 6 }, 'Treatment plan'],
      [['Clinical summary', 'Treatment plan', 'In-network search'], 2, { done: 2, required: 6 }, 'In-network search'],
      [['Clinical summary', 'Treatment plan', 'In-network search', 'Credentials', 'Member & diagnosis', 'Services & rate'], 3, { done: 6, required: 6 }, null],
      [['Medical necessity letter'], 3, { done: 0, required: 6 }, 'Clinical summary'],
    ] as const)('ticked %p with %i attempts → progress %p, next %p', (items, attempts, progress, next) => {
      const list = packetChecklist(aCase().withPacket(items).build(), aPlanRule().build(), attempts);
      expect(list.progress).toEqual(progress);
      expect(list.nextMissing).toBe(next);
      expect(list.complete).toBe(next === null);
    });

    it('follows the plan: all seven required', () => {
      const list = packetChecklist(aCase().withPacket('all').build(), aPlanRule().requiring('all').build(), 3);
      expect(list.progress).toEqual({ done: 7, required: 7 });
    });

    it('is complete when the plan requires nothing', () => {
      expect(packetChecklist(aCase().build(), aPlanRule().requiring([]).build(), 0)).toMatchObject({ complete: true, nextMissing: null });
    });

    it.each([
      [2, 3, 'Log at least 3 in-network providers contacted (2 logged).'],
      [0, 1, 'Log at least 1 in-network provider contacted (0 logged).'],
      [3, 3, '3 in-network providers logged (at least 3 needed).'],
      [1, 0, '1 in-network provider logged (at least 0 needed).'],
    ])('says what the in-network search needs with %i of %i attempts', (attempts, min, sentence) => {
      const list = packetChecklist(aCase().build(), aPlanRule().withMinAttempts(min).build(), attempts);
      expect(list.items.find((l) => l.item === 'In-network search')?.needs).toBe(sentence);
    });

    it('names the row fields an item still lacks', () => {
      const needs = (c = aCase().build()) => Object.fromEntries(packetChecklist(c, aPlanRule().build(), 0).items.map((l) => [l.item, l.needs]));
      expect(needs()['Member & diagnosis']).toContain('Still empty on the row: Member ID.');
      expect(needs()['Services & rate']).toContain('Still empty on the row: Units requested, Requested rate.');
      const filled = needs(aCase({ memberId: 'M1', unitsRequested: 10, requestedRate: 100 }).build());
      expect(filled['Member & diagnosis']).not.toContain('Still empty');
      expect(filled['Services & rate']).not.toContain('Still empty');
      for (const sentence of Object.values(needs())) expect(sentence).toMatch(/\.$/);
    });
  });
});
