import type { ScaCase } from '../../src/domain/case';
import { checkRowInvariants } from '../../src/domain/row-invariants';
import { aCase, aPlanRule } from './builders';

const ctx = { planRule: aPlanRule().build(), inNetworkAttempts: 3 };
const codes = (c: ScaCase, attempts = 3): string[] => checkRowInvariants(c, { ...ctx, inNetworkAttempts: attempts }).map((p) => p.code);

describe('row-invariants', () => {
  describe('checkRowInvariants', () => {
    it.each([
      ['a fresh case', aCase().build(), []],
      ['an active case with complete written terms', aCase().active().build(), []],
      ['Active without written terms', aCase().withStatus('Active').build(), ['written_terms_incomplete', 'written_confirmation_missing']],
      ['Approved (written) without the written date', aCase().withWrittenTerms().withStatus('Approved (written)').writtenOn(null).build(), ['written_confirmation_missing']],
      ['Active with start after end', aCase().active().startingOn('2026-07-01').endingOn('2026-06-01').build(), ['written_terms_incomplete']],
      ['Identified with start after end', aCase().startingOn('2026-07-01').endingOn('2026-06-01').build(), ['start_after_end']],
      ['Denied without a reason', aCase().withStatus('Denied').build(), ['denial_reason_missing']],
      ['Denied with a reason', aCase().deniedFor('Other').build(), []],
      ['Submitted without submission details', aCase().withStatus('Submitted').build(), ['submission_not_recorded']],
      ['In negotiation with submission details', aCase().withStatus('In negotiation').submitted('2026-02-01').build(), []],
      ['units used beyond units approved (an alert, not a row problem)', aCase().active().withUnits(10, 12).build(), []],
    ])('%s → %p', (_name, c, expected) => expect(codes(c)).toEqual(expected));

    it.each([
      [true, 2, ['in_network_search_short']],
      [true, 3, []],
      [false, 0, []],
    ])('In-network search ticked %p with %i attempts → %p', (ticked, attempts, expected) => {
      expect(codes(aCase().withPacket(ticked ? ['In-network search'] : []).build(), attempts)).toEqual(expected);
    });

    it.each([
      ['Identified', true],
      ['Assembling packet', true],
      ['Submitted', true],
      ['In negotiation', true],
      ['Appealed', true],
      ['Approved (verbal)', false],
      ['Approved (written)', false],
      ['Active', false],
      ['Denied', false],
      ['Closed', false],
    ] as const)('a short in-network log is a problem while %s: %p (it backs the packet until the decision)', (status, reported) => {
      const c = aCase().withStatus(status).withPacket(['In-network search']).build();
      expect(codes(c, 1).includes('in_network_search_short')).toBe(reported);
    });

    it('finds nothing to fix on a Closed case, whatever its cells say', () => {
      expect(codes(aCase().withStatus('Closed').startingOn('2026-07-01').endingOn('2026-06-01').build())).toEqual([]);
    });

    it('explains the problem on the column at fault', () => {
      expect(checkRowInvariants(aCase().withPacket(['In-network search']).build(), { ...ctx, inNetworkAttempts: 1 })).toEqual([
        {
          code: 'in_network_search_short',
          message: 'Packet: In-network search is ticked but only 1 of the 3 required in-network attempts are logged.',
          column: 'Packet: In-network search',
        },
      ]);
      expect(checkRowInvariants(aCase().withStatus('Denied').build(), ctx)[0]?.column).toBe('Denial reason');
    });
  });
});
