import { applyEffectToCase, applyEffects, type Effect } from '../../src/domain/effects';
import { aCase } from './builders';

describe('effects', () => {
  describe('applyEffectToCase', () => {
    const c = aCase().with({ nextFollowUp: '2026-03-09' }).build();
    it.each([
      [{ kind: 'setStatus', from: 'Identified', to: 'Closed' }, { status: 'Closed' }],
      [{ kind: 'setSubmittedOn', date: '2026-03-06' }, { submittedOn: '2026-03-06' }],
      [{ kind: 'setDecisionDate', date: '2026-03-06' }, { decisionOn: '2026-03-06' }],
      [{ kind: 'setFollowUp', date: '2026-03-13' }, { nextFollowUp: '2026-03-13' }],
      [{ kind: 'clearFollowUp' }, { nextFollowUp: null }],
      [{ kind: 'appendHistory', field: 'status', column: 'Status', from: 'a', to: 'b' }, {}],
    ] as [Effect, object][])('applies %o', (effect, change) => {
      expect(applyEffectToCase(c, effect)).toEqual({ ...c, ...change });
    });
  });
  describe('applyEffects', () => {
    it('applies in order', () => {
      const effects: Effect[] = [{ kind: 'setFollowUp', date: '2026-03-13' }, { kind: 'clearFollowUp' }];
      expect(applyEffects(aCase().build(), effects).nextFollowUp).toBeNull();
    });
  });
});
