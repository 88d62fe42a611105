/** The preview's chart drawing: the value axis runs to a round top in 1, 2 or 5 steps, as chart libraries do. */
import { niceScale } from '../../../dev/preview/client/chart-svg';

describe('chart-svg', () => {
  describe('niceScale', () => {
    it.each([
      [1, { top: 1, step: 0.2 }], // a 100% approval rate
      [0.667, { top: 0.8, step: 0.2 }],
      [10, { top: 10, step: 2 }],
      [14, { top: 15, step: 5 }],
      [62, { top: 80, step: 20 }],
      [480, { top: 500, step: 100 }],
      [27840, { top: 30000, step: 10000 }],
    ])('scales a maximum of %s to %j', (max, expected) => {
      const { top, step } = niceScale(max);
      expect(top).toBeCloseTo(expected.top, 9);
      expect(step).toBeCloseTo(expected.step, 9);
      expect(top).toBeGreaterThanOrEqual(max);
    });

    it('gives an empty chart an axis from 0 to 1', () => {
      expect(niceScale(0)).toEqual({ top: 1, step: 0.2 });
      expect(niceScale(Number.NaN)).toEqual({ top: 1, step: 0.2 });
    });
  });
});
