import type { ScaCase } from '../../src/domain/case';
import { applyEffects } from '../../src/domain/effects';
import { submissionDate, transition, type TransitionContext } from '../../src/domain/transition';
import { nextStatuses } from '../../src/domain/lifecycle';
import { STATUSES, type Status } from '../../src/domain/vocabulary';
import { aCase, aPlanRule, someSettings } from './builders';

const TODAY = '2026-03-06'; // a Friday
const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  today: TODAY,
  planRule: aPlanRule().build(),
  inNetworkAttempts: 3,
  settings: someSettings(),
  ...over,
});

/** A case that satisfies every guard of every status. */
const ready = (status: Status): ScaCase =>
  aCase()
    .withStatus(status)
    .withPacket('all')
    .submitted('2026-02-02', 'Fax')
    .withWrittenTerms()
    .with({ denialReason: 'Other' })
    .build();

describe('transition', () => {
  describe('transition table coverage', () => {
    const pairs = STATUSES.flatMap((from) => STATUSES.filter((to) => to !== from).map((to): [Status, Status] => [from, to]));
    it.each(pairs)('%s → %s succeeds exactly when the table allows it', (from, to) => {
      const result = transition(ready(from), to, ctx());
      expect(result.ok).toBe(nextStatuses(from).includes(to));
      if (result.ok) expect(result.next.status).toBe(to);
      else expect(result.reasons.map((r) => r.code)).toEqual(['transition_not_allowed']);
    });
  });

  it('is a no-op when the status does not change', () => {
    const c = ready('Active');
    expect(transition(c, 'Active', ctx())).toEqual({ ok: true, next: c, effects: [] });
  });

  describe('entering Submitted', () => {
    const assembling = aCase().withStatus('Assembling packet').withPacket('all').with({ submittedVia: 'Portal' });

    it('sets Submitted on to today, the next follow-up to today + 5 business days, and records History', () => {
      const result = transition(assembling.build(), 'Submitted', ctx({ user: 'jo@clinic.org' }));
      expect(result).toEqual({
        ok: true,
        next: expect.objectContaining({ status: 'Submitted', submittedOn: TODAY, nextFollowUp: '2026-03-13' }),
        effects: [
          { kind: 'setStatus', from: 'Assembling packet', to: 'Submitted' },
          { kind: 'setSubmittedOn', date: TODAY },
          { kind: 'setFollowUp', date: '2026-03-13' },
          { kind: 'appendHistory', field: 'status', column: 'Status', from: 'Assembling packet', to: 'Submitted', by: 'jo@clinic.org' },
          { kind: 'appendHistory', field: 'submittedOn', column: 'Submitted on', from: '', to: TODAY, by: 'jo@clinic.org' },
          { kind: 'appendHistory', field: 'nextFollowUp', column: 'Next follow-up', from: '', to: '2026-03-13', by: 'jo@clinic.org' },
        ],
      });
    });

    it('keeps a Submitted on the user typed for this round', () => {
      const result = transition(assembling.with({ submittedOn: '2026-03-04' }).build(), 'Submitted', ctx());
      expect(result.ok && result.next.submittedOn).toBe('2026-03-04');
      expect(result.ok && result.effects.some((e) => e.kind === 'setSubmittedOn')).toBe(false);
    });

    it('uses the Settings follow-up cadence', () => {
      const result = transition(assembling.build(), 'Submitted', ctx({ settings: someSettings({ followUpCadenceDays: 1 }) }));
      expect(result.ok && result.next.nextFollowUp).toBe('2026-03-09');
    });

    it('lists every failing guard at once', () => {
      const result = transition(aCase().withStatus('Assembling packet').build(), 'Submitted', ctx({ inNetworkAttempts: 1 }));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reasons.map((r) => r.code)).toEqual(['packet_incomplete', 'in_network_search_short', 'submission_not_recorded']);
    });

    it('follows the payer rule: a plan requiring nothing lets an empty packet through', () => {
      const planRule = aPlanRule().requiring([]).build();
      expect(transition(aCase().with({ submittedVia: 'Phone' }).build(), 'Submitted', ctx({ planRule, inNetworkAttempts: 0 })).ok).toBe(true);
    });
  });

  describe('submissionDate', () => {
    it.each([
      [null, null, TODAY],
      ['2026-03-01', null, '2026-03-01'],
      ['2026-01-05', '2026-02-01', TODAY],
      ['2026-02-01', '2026-02-01', TODAY],
      ['2026-02-10', '2026-02-01', '2026-02-10'],
    ])('submitted %p, decided %p → %p', (submittedOn, decisionOn, expected) => {
      expect(submissionDate({ submittedOn, decisionOn }, TODAY)).toBe(expected);
    });
  });

  describe('decisions', () => {
    it.each(['Approved (verbal)', 'Denied'] as const)('entering %s from Submitted fills Decision on with today', (to) => {
      const result = transition(ready('Submitted'), to, ctx());
      expect(result.ok && result.next.decisionOn).toBe(TODAY);
    });
    it('keeps a Decision on the user typed', () => {
      const result = transition({ ...ready('In negotiation'), decisionOn: '2026-03-02' }, 'Approved (written)', ctx());
      expect(result.ok && result.next.decisionOn).toBe('2026-03-02');
    });
    it('keeps the verbal decision date when the written terms arrive', () => {
      const result = transition({ ...ready('Approved (verbal)'), decisionOn: '2026-03-01' }, 'Approved (written)', ctx());
      expect(result.ok && result.next.decisionOn).toBe('2026-03-01');
    });
    it('dates an appeal decision today (the old date was the denial)', () => {
      const result = transition({ ...ready('Appealed'), decisionOn: '2026-02-10' }, 'Approved (verbal)', ctx());
      expect(result.ok && result.next.decisionOn).toBe(TODAY);
      expect(result.ok && result.effects).toContainEqual({ kind: 'appendHistory', field: 'decisionOn', column: 'Decision on', from: '2026-02-10', to: TODAY });
    });
    it('refuses Denied without a reason', () => {
      const result = transition({ ...ready('Submitted'), denialReason: '' }, 'Denied', ctx());
      expect(!result.ok && result.reasons.map((r) => r.code)).toEqual(['denial_reason_missing']);
    });
  });

  describe('follow-ups', () => {
    it.each([
      ['Submitted', 'In negotiation', '2026-03-13'],
      ['In negotiation', 'Approved (verbal)', '2026-03-13'],
      ['Denied', 'Appealed', '2026-03-13'],
    ] as [Status, Status, string][])('%s → %s sets the follow-up to %s', (from, to, date) => {
      const result = transition(ready(from), to, ctx());
      expect(result.ok && result.next.nextFollowUp).toBe(date);
    });
    it.each([
      ['Approved (verbal)', 'Approved (written)'],
      ['Submitted', 'Denied'],
      ['Submitted', 'Closed'],
    ] as [Status, Status][])('%s → %s clears the follow-up', (from, to) => {
      const result = transition({ ...ready(from), nextFollowUp: '2026-03-09' }, to, ctx());
      expect(result.ok && result.next.nextFollowUp).toBeNull();
      expect(result.ok && result.effects).toContainEqual({ kind: 'clearFollowUp' });
    });
    it('leaves the follow-up alone entering Assembling packet', () => {
      const result = transition({ ...aCase().build(), nextFollowUp: '2026-03-09' }, 'Assembling packet', ctx());
      expect(result.ok && result.next.nextFollowUp).toBe('2026-03-09');
    });
  });

  describe('written terms', () => {
    it('refuses Active on a verbal approval with missing terms, listing both reasons', () => {
      const c = aCase().withStatus('Approved (written)').submitted('2026-02-02').build();
      const result = transition(c, 'Active', ctx());
      expect(!result.ok && result.reasons.map((r) => r.code)).toEqual(['written_terms_incomplete', 'written_confirmation_missing']);
    });
    it('refuses Approved (verbal) → Active outright', () => {
      const result = transition(ready('Approved (verbal)'), 'Active', ctx());
      expect(!result.ok && result.reasons.map((r) => r.code)).toEqual(['transition_not_allowed']);
    });
  });

  describe('effects', () => {
    it.each(STATUSES.flatMap((from) => nextStatuses(from).map((to): [Status, Status] => [from, to])))(
      '%s → %s: applying the effects to the current case gives next',
      (from, to) => {
        const current = ready(from);
        const result = transition(current, to, ctx());
        expect(result.ok && applyEffects(current, result.effects)).toEqual(result.ok && result.next);
      },
    );
  });

  describe('reads the rules in force only when a guard or an effect looks at them', () => {
    /** A context that records which of its rules were read (each is a sheet read in onEdit). */
    const watched = (): { context: TransitionContext; read: Set<string> } => {
      const read = new Set<string>();
      const base = ctx();
      const context: TransitionContext = {
        today: TODAY,
        get planRule() {
          read.add('planRule');
          return base.planRule;
        },
        get inNetworkAttempts() {
          read.add('inNetworkAttempts');
          return base.inNetworkAttempts;
        },
        get settings() {
          read.add('settings');
          return base.settings;
        },
      };
      return { context, read };
    };

    it.each<[Status, Status, string[]]>([
      ['Identified', 'Assembling packet', []],
      ['Assembling packet', 'Identified', []],
      ['Assembling packet', 'Closed', []],
      ['Approved (written)', 'Active', []],
      ['Assembling packet', 'Submitted', ['inNetworkAttempts', 'planRule', 'settings']],
      ['Submitted', 'In negotiation', ['settings']],
    ])('%s → %s reads %j', (from, to, expected) => {
      const { context, read } = watched();
      transition(ready(from), to, context);
      expect([...read].sort()).toEqual(expected);
    });

    it('does not count the in-network attempts when the plan does not require the search', () => {
      const { read } = watched();
      const planRule = aPlanRule().build();
      const context: TransitionContext = {
        ...ctx({ planRule: { ...planRule, requiredItems: planRule.requiredItems.filter((item) => item !== 'In-network search') } }),
        get inNetworkAttempts(): number {
          read.add('inNetworkAttempts');
          return 0;
        },
      };
      expect(transition(ready('Assembling packet'), 'Submitted', context).ok).toBe(true);
      expect([...read]).toEqual([]);
    });
  });
});
