import { checkVisit, hasWrittenAgreement, remainingUnits, type VisitToCheck } from '../../src/domain/visit-check';
import type { VisitPolicy } from '../../src/domain/vocabulary';
import { aCase, aPlanRule } from './builders';

// Active, written, 2026-01-01 → 2026-06-30, code 90837, 20 units approved.
const active = aCase().active().withUnits(20, 0);
const visit = (over: Partial<VisitToCheck> = {}): VisitToCheck => ({ date: '2026-03-10', code: '90837', units: 1, ...over });
const findings = (v: VisitToCheck, used = 0, c = active.build()) => checkVisit(v, c, aPlanRule().build(), used).findings.map((f) => f.code);

describe('visit-check', () => {
  describe('checkVisit', () => {
    it.each([
      ['the day before the start', '2025-12-31', ['before_start']],
      ['on the start date', '2026-01-01', []],
      ['mid-period', '2026-03-08', []],
      ['on the end date', '2026-06-30', []],
      ['the day after the end', '2026-07-01', ['after_end']],
    ])('a visit %s (%s) → %p', (_name, date, expected) => expect(findings(visit({ date }))).toEqual(expected));

    it.each([
      [19, 1, []],
      [18, 2, []],
      [19, 2, ['exceeds_remaining_units']],
      [20, 1, ['exceeds_remaining_units']],
      [0, 20, []],
      [0, 21, ['exceeds_remaining_units']],
    ])('with %i units used, %i more → %p (exactly the remaining units is fine)', (used, units, expected) => {
      expect(findings(visit({ units }), used)).toEqual(expected);
    });

    it.each([
      ['90837', []],
      [' 90837 ', []],
      ['90834', ['code_not_authorized']],
      ['', ['code_not_authorized']],
    ])('code %p → %p', (code, expected) => expect(findings(visit({ code }))).toEqual(expected));

    it('flags a case without a written agreement (a verbal approval does not cover visits)', () => {
      const verbal = aCase().withStatus('Approved (verbal)').build();
      expect(findings(visit(), 0, verbal)).toEqual(['no_written_agreement']);
    });

    it('flags a written case whose row lists no approved codes', () => {
      const c = active.with({ approvedCodes: [] }).build();
      expect(checkVisit(visit(), c, aPlanRule().build(), 0).findings).toEqual([
        { code: 'code_not_authorized', message: 'Code 90837 is not among the approved codes (none on the row).' },
      ]);
    });

    it('lists every finding at once', () => {
      const c = aCase().withStatus('Approved (verbal)').with({ approvedCodes: ['90837'], startDate: '2026-04-01', unitsApproved: 2 }).build();
      expect(findings(visit({ date: '2026-03-01', code: '90791', units: 3 }), 0, c)).toEqual([
        'no_written_agreement',
        'before_start',
        'code_not_authorized',
        'exceeds_remaining_units',
      ]);
    });

    it.each([
      ['Allow', 'ok'],
      ['Warn', 'warn'],
      ['Block', 'block'],
    ] as [VisitPolicy, string][])('under a %s policy a finding gives %s, and a clean visit is ok', (policy, result) => {
      const rule = aPlanRule().withPolicy(policy).build();
      expect(checkVisit(visit({ date: '2026-07-01' }), active.build(), rule, 0).result).toBe(result);
      expect(checkVisit(visit(), active.build(), rule, 0)).toEqual({ result: 'ok', findings: [] });
    });

    it('words the findings for the front desk', () => {
      const c = active.build();
      const messages = checkVisit(visit({ date: '2026-07-01', units: 25 }), c, aPlanRule().build(), 0).findings.map((f) => f.message);
      expect(messages).toEqual(['2026-07-01 is after the agreement ends (2026-06-30).', '25 units exceed the 20 remaining of 20 approved.']);
    });
  });

  describe('hasWrittenAgreement', () => {
    it.each([
      [active.build(), true],
      [active.withStatus('Approved (written)').build(), true],
      [active.withStatus('Closed').build(), true],
      [active.withStatus('Approved (verbal)').build(), false],
      [active.writtenOn(null).build(), false],
    ])('%#', (c, expected) => expect(hasWrittenAgreement(c)).toBe(expected));
  });

  describe('remainingUnits', () => {
    it.each([
      [20, 5, 15],
      [20, 25, 0],
      [null, 5, null],
    ])('approved %p, used %p → %p', (approved, used, expected) => {
      expect(remainingUnits(aCase().withUnits(approved).build(), used)).toBe(expected);
    });
  });
});
