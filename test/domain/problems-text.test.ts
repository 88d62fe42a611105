import { formatProblems } from '../../src/domain/problems-text';

describe('formatProblems', () => {
  it('returns an empty cell when there is no problem', () => {
    expect(formatProblems([])).toBe('');
  });

  it('puts each distinct problem on its own line, in the order found', () => {
    const cell = formatProblems([
      { code: 'not_a_date', message: "End date: 'soon' is not a date", column: 'End date' },
      { code: 'negative_number', message: 'Units used: -3 is below zero', column: 'Units used' },
      { code: 'not_a_date', message: "End date: 'soon' is not a date", column: 'End date' },
    ]);
    expect(cell).toBe("End date: 'soon' is not a date\nUnits used: -3 is below zero");
  });
});
