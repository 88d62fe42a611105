import type { ScaCase } from '../../src/domain/case';
import {
  GUARDS,
  denialReasonGiven,
  guardsForStatus,
  inNetworkSearchEvidence,
  missingRequiredItems,
  notActiveOnVerbal,
  refusalsFor,
  requiredPacketItemsComplete,
  submissionRecorded,
  transitionAllowed,
  writtenTermsComplete,
  type GuardContext,
} from '../../src/domain/guards';
import { STATUSES, type Status } from '../../src/domain/vocabulary';
import { aCase, aPlanRule } from './builders';

const ctx = (over: Partial<GuardContext> = {}): GuardContext => ({
  from: 'Assembling packet',
  planRule: aPlanRule().build(),
  inNetworkAttempts: 3,
  ...over,
});
const codeOf = (r: { code: string } | null): string | null => (r === null ? null : r.code);

describe('guards', () => {
  describe('transitionAllowed', () => {
    it.each([
      ['Identified', 'Assembling packet', null],
      ['Approved (written)', 'Active', null],
      ['Identified', 'Active', 'transition_not_allowed'],
      ['Closed', 'Identified', 'transition_not_allowed'],
      ['Approved (verbal)', 'Active', 'transition_not_allowed'],
    ] as [Status, Status, string | null][])('%s → %s gives %p', (from, to, code) => {
      expect(codeOf(transitionAllowed(aCase().withStatus(to).build(), ctx({ from })))).toBe(code);
    });
    it('says where the case can go instead', () => {
      expect(transitionAllowed(aCase().withStatus('Active').build(), ctx({ from: 'Identified' }))?.message).toBe(
        'A case cannot go from Identified to Active. From Identified it can go to Assembling packet, Submitted, Closed.',
      );
    });
    it('says when a status is final', () => {
      expect(transitionAllowed(aCase().build(), ctx({ from: 'Closed' }))?.message).toContain('Closed is final.');
    });
  });

  describe('requiredPacketItemsComplete', () => {
    it.each([
      ['all items ticked, default rule', 'all', aPlanRule().build(), null],
      ['all but the letter, default rule', ['Clinical summary', 'Treatment plan', 'In-network search', 'Credentials', 'Member & diagnosis', 'Services & rate'], aPlanRule().build(), null],
      ['nothing ticked, a plan requiring nothing', [], aPlanRule().requiring([]).build(), null],
      ['the letter missing, a plan requiring all', ['Clinical summary', 'Treatment plan', 'In-network search', 'Credentials', 'Member & diagnosis', 'Services & rate'], aPlanRule().requiring('all').build(), 'packet_incomplete'],
      ['nothing ticked, default rule', [], aPlanRule().build(), 'packet_incomplete'],
    ] as const)('%s → %p', (_name, items, planRule, code) => {
      expect(codeOf(requiredPacketItemsComplete(aCase().withPacket(items).build(), ctx({ planRule })))).toBe(code);
    });
    it('lists the missing items in checklist order', () => {
      const c = aCase().withPacket(['Clinical summary', 'In-network search', 'Member & diagnosis']).build();
      expect(missingRequiredItems(c, aPlanRule().build())).toEqual(['Treatment plan', 'Credentials', 'Services & rate']);
      expect(requiredPacketItemsComplete(c, ctx())?.message).toBe(
        'Complete the packet before submitting; not yet ticked: Treatment plan, Credentials, Services & rate.',
      );
    });
  });

  describe('inNetworkSearchEvidence', () => {
    it.each([
      [3, 3, true, null],
      [4, 3, true, null],
      [2, 3, true, 'in_network_search_short'],
      [0, 1, true, 'in_network_search_short'],
      [0, 0, true, null],
      [0, 3, false, null],
    ])('%i attempts against a minimum of %i (item required: %p) → %p', (attempts, min, required, code) => {
      const planRule = aPlanRule()
        .withMinAttempts(min)
        .requiring(required ? ['In-network search'] : ['Credentials'])
        .build();
      expect(codeOf(inNetworkSearchEvidence(aCase().build(), ctx({ planRule, inNetworkAttempts: attempts })))).toBe(code);
    });
    it('names the payer and both counts', () => {
      expect(inNetworkSearchEvidence(aCase().build(), ctx({ inNetworkAttempts: 2 }))?.message).toBe(
        'Acme Health needs at least 3 in-network providers contacted in the In-network search log (2 logged).',
      );
      const planRule = aPlanRule().forPayer('').build();
      expect(inNetworkSearchEvidence(aCase().build(), ctx({ planRule, inNetworkAttempts: 0 }))?.message).toMatch(/^This plan needs/);
    });
  });

  describe('submissionRecorded', () => {
    it.each([
      ['date and channel', aCase().submitted('2026-03-02', 'Fax').build(), null],
      ['no channel', aCase().with({ submittedOn: '2026-03-02' }).build(), 'Record how and when the packet went to the payer: fill Submitted via.'],
      ['no date', aCase().with({ submittedVia: 'Portal' }).build(), 'Record how and when the packet went to the payer: fill Submitted on.'],
      ['neither', aCase().build(), 'Record how and when the packet went to the payer: fill Submitted on, Submitted via.'],
    ])('%s → %p', (_name, c, message) => expect(submissionRecorded(c)?.message ?? null).toBe(message));
  });

  describe('writtenTermsComplete', () => {
    const complete = aCase().withWrittenTerms().build();
    it.each([
      ['complete terms', complete, null],
      ['no SCA #', { ...complete, scaNumber: '' }, 'fill SCA #'],
      ['no codes', { ...complete, approvedCodes: [] }, 'fill Approved codes'],
      ['no units', { ...complete, unitsApproved: null }, 'fill Units approved'],
      ['no rate', { ...complete, approvedRate: null }, 'fill Approved rate'],
      ['no start', { ...complete, startDate: null }, 'fill Start date'],
      ['no end', { ...complete, endDate: null }, 'fill End date'],
      ['start after end', { ...complete, startDate: '2026-07-01', endDate: '2026-06-30' }, 'Start date 2026-07-01 is after End date 2026-06-30'],
      ['start on end', { ...complete, startDate: '2026-06-30', endDate: '2026-06-30' }, null],
      ['0 units approved', { ...complete, unitsApproved: 0 }, null],
    ] as [string, ScaCase, string | null][])('%s → %p', (_name, c, fragment) => {
      const refusal = writtenTermsComplete(c);
      if (fragment === null) expect(refusal).toBeNull();
      else expect(refusal).toEqual({ code: 'written_terms_incomplete', message: expect.stringContaining(fragment) });
    });
    it('lists every missing term at once', () => {
      expect(writtenTermsComplete(aCase().build())?.message).toBe(
        'The written terms are incomplete: fill SCA #, Approved codes, Units approved, Approved rate, Start date, End date.',
      );
    });
  });

  describe('notActiveOnVerbal', () => {
    it.each([
      ['written confirmation recorded', '2026-02-01', null],
      ['verbal only', null, 'written_confirmation_missing'],
    ] as const)('%s → %p', (_name, written, code) => {
      expect(codeOf(notActiveOnVerbal(aCase().writtenOn(written).build()))).toBe(code);
    });
  });

  describe('denialReasonGiven', () => {
    it.each([
      ['a reason', aCase().deniedFor('Missing documentation').build(), null],
      ['no reason', aCase().withStatus('Denied').build(), 'denial_reason_missing'],
    ])('%s → %p', (_name, c, code) => expect(codeOf(denialReasonGiven(c))).toBe(code));
  });

  describe('guardsForStatus', () => {
    it.each([
      ['Identified', []],
      ['Assembling packet', []],
      ['Submitted', ['requiredPacketItemsComplete', 'inNetworkSearchEvidence', 'submissionRecorded']],
      ['In negotiation', ['submissionRecorded']],
      ['Approved (verbal)', ['submissionRecorded']],
      ['Approved (written)', ['submissionRecorded', 'writtenTermsComplete', 'notActiveOnVerbal']],
      ['Active', ['writtenTermsComplete', 'notActiveOnVerbal']],
      ['Denied', ['submissionRecorded', 'denialReasonGiven']],
      ['Appealed', []],
      ['Closed', []],
    ] as [Status, string[]][])('%s needs %p', (status, names) => {
      expect(guardsForStatus(status).map((g) => g.name)).toEqual(names);
    });
    it('covers every status', () => expect(STATUSES.map((s) => guardsForStatus(s).length)).toHaveLength(10));
    it.each(Object.values(GUARDS))('$name carries code $code', (guard) => {
      const refusal = guard.check(aCase().build(), ctx({ inNetworkAttempts: 0 }));
      expect(refusal?.code).toBe(guard.code);
    });
  });

  describe('refusalsFor', () => {
    it('lists every failing guard, the table first', () => {
      const proposed = aCase().withStatus('Active').build();
      expect(refusalsFor(proposed, ctx({ from: 'Submitted' })).map((r) => r.code)).toEqual([
        'transition_not_allowed',
        'written_terms_incomplete',
        'written_confirmation_missing',
      ]);
    });
  });
});
