import fc from 'fast-check';
import { addDays } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import { applyEffects } from '../../src/domain/effects';
import { canTransition } from '../../src/domain/lifecycle';
import { checkRowInvariants } from '../../src/domain/row-invariants';
import { transition } from '../../src/domain/transition';
import { CHANNELS, DENIAL_REASONS, PACKET_ITEMS, STATUSES } from '../../src/domain/vocabulary';
import { BLANK_CASE, aPlanRule, someSettings } from './builders';

const date = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2025-06-01', n));
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

/** Any parsed case: statuses, dates and terms in every combination (types hold; values may break rules). */
const parsedCase: fc.Arbitrary<ScaCase> = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    submittedOn: maybe(date),
    submittedVia: fc.constantFrom('' as const, ...CHANNELS),
    decisionOn: maybe(date),
    denialReason: fc.constantFrom('' as const, ...DENIAL_REASONS),
    scaNumber: fc.constantFrom('', 'A-1'),
    approvedCodes: fc.constantFrom([], ['90837']),
    unitsApproved: maybe(fc.integer({ min: 0, max: 40 })),
    approvedRate: maybe(fc.integer({ min: 0, max: 300 })),
    startDate: maybe(date),
    endDate: maybe(date),
    writtenConfirmationOn: maybe(date),
    nextFollowUp: maybe(date),
    ticked: fc.subarray([...PACKET_ITEMS]),
  })
  .map(({ ticked, ...fields }) => ({
    ...BLANK_CASE,
    ...fields,
    packet: Object.fromEntries(PACKET_ITEMS.map((item) => [item, ticked.includes(item)])) as ScaCase['packet'],
  }));

const context = fc.record({
  today: date,
  inNetworkAttempts: fc.integer({ min: 0, max: 5 }),
  planRule: fc.record({ min: fc.integer({ min: 0, max: 4 }), items: fc.subarray([...PACKET_ITEMS]) }).map(({ min, items }) =>
    aPlanRule().withMinAttempts(min).requiring(items).build(),
  ),
  cadence: fc.integer({ min: 1, max: 10 }),
});

describe('transition (properties)', () => {
  it('never throws; a success applies exactly its effects; a refusal lists distinct reasons, the table first', () => {
    fc.assert(
      fc.property(parsedCase, fc.constantFrom(...STATUSES), context, (current, to, { today, inNetworkAttempts, planRule, cadence }) => {
        const result = transition(current, to, { today, inNetworkAttempts, planRule, settings: someSettings({ followUpCadenceDays: cadence }) });
        if (result.ok) {
          expect(result.next.status).toBe(to);
          expect(applyEffects(current, result.effects)).toEqual(result.next);
          const changed = (['status', 'submittedOn', 'decisionOn', 'nextFollowUp'] as const).filter((f) => current[f] !== result.next[f]);
          const logged = result.effects.flatMap((e) => (e.kind === 'appendHistory' ? [e.field] : []));
          expect(logged).toEqual(changed);
        } else {
          const codes = result.reasons.map((r) => r.code);
          expect(codes.length).toBeGreaterThan(0);
          expect(new Set(codes).size).toBe(codes.length);
          expect(codes[0] === 'transition_not_allowed').toBe(!canTransition(current.status, to));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a case that enters a status through transition() keeps that status’s row invariants', () => {
    const guarded = ['written_terms_incomplete', 'written_confirmation_missing', 'denial_reason_missing', 'submission_not_recorded'];
    fc.assert(
      fc.property(parsedCase, fc.constantFrom(...STATUSES), context, (current, to, { today, inNetworkAttempts, planRule }) => {
        const result = transition(current, to, { today, inNetworkAttempts, planRule, settings: someSettings() });
        fc.pre(result.ok && to !== current.status);
        if (!result.ok) return;
        const problems = checkRowInvariants(result.next, { planRule, inNetworkAttempts }).filter((p) => guarded.includes(p.code));
        expect(problems).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
