import { caseIdKey, caseIdNumber, formatCaseId, issuedCaseId, nextCaseIds } from '../../src/domain/case-id';
import { duplicateIdProblems } from '../../src/domain/duplicate-case-ids';
import { nextMilestone } from '../../src/domain/next-milestone';
import { STATUSES } from '../../src/domain/vocabulary';

describe('case-id', () => {
  describe('formatCaseId', () => {
    it.each([[1, 'SCA-0001'], [42, 'SCA-0042'], [9999, 'SCA-9999'], [10000, 'SCA-10000']])('formats %i as %s', (n, id) => {
      expect(formatCaseId(n)).toBe(id);
    });
  });

  describe('caseIdNumber', () => {
    it.each<[unknown, number | null]>([
      ['SCA-0012', 12],
      [' sca-0012 ', 12],
      ['SCA-12345', 12345],
      ['SCA-12', null],
      ['X-0001', null],
      [12, null],
      ['', null],
    ])('reads %p as %p', (id, n) => {
      expect(caseIdNumber(id)).toBe(n);
    });
  });

  describe('issuedCaseId', () => {
    it.each<[unknown, string | null]>([
      ['SCA-0012', 'SCA-0012'],
      [' sca-0012 ', 'SCA-0012'],
      ['SCA-12345', 'SCA-12345'],
      ['Jane Roe 04/12/1961', null],
      ['SCA-0012 Jane', null],
      ['SCA-12', null],
      [12, null],
      ['', null],
    ])('gives %p as %p', (id, issued) => {
      expect(issuedCaseId(id)).toBe(issued);
    });
  });

  describe('caseIdKey', () => {
    it.each<[unknown, string]>([[' sca-0001 ', 'SCA-0001'], [7, '7'], [null, ''], [true, '']])('keys %p as %p', (id, key) => {
      expect(caseIdKey(id)).toBe(key);
    });
  });

  describe('nextCaseIds', () => {
    it('goes above both the counter and the highest ID in the sheet', () => {
      expect(nextCaseIds(3, ['SCA-0009', 'junk', ''], 2)).toEqual(['SCA-0010', 'SCA-0011']);
      expect(nextCaseIds(20, ['SCA-0009'], 1)).toEqual(['SCA-0021']);
    });

    it('starts at SCA-0001 with nothing and survives a bad counter', () => {
      expect(nextCaseIds(Number.NaN, [], 1)).toEqual(['SCA-0001']);
      expect(nextCaseIds(-5, [], 0)).toEqual([]);
    });
  });
});

describe('duplicateIdProblems', () => {
  it('reports every row of a repeated ID (case and spacing ignored) and ignores blanks', () => {
    const problems = duplicateIdProblems([
      { caseId: 'SCA-0001', rowNumber: 2 },
      { caseId: '', rowNumber: 3 },
      { caseId: '', rowNumber: 4 },
      { caseId: 'sca-0001 ', rowNumber: 7 },
      { caseId: 'SCA-0002', rowNumber: 8 },
    ]);
    expect([...problems.keys()]).toEqual([2, 7]);
    expect(problems.get(7)?.message).toMatch(/^Case ID SCA-0001 is on rows 2, 7/);
  });
});

describe('nextMilestone', () => {
  it.each(STATUSES.map((s) => [s]))('has an answer for %s', (status) => {
    const next = nextMilestone(status);
    expect(next === null || STATUSES.includes(next)).toBe(true);
  });

  it('measures the packet against Submitted and terms against Approved (written) and Active', () => {
    expect(nextMilestone('Assembling packet')).toBe('Submitted');
    expect(nextMilestone('In negotiation')).toBe('Approved (written)');
    expect(nextMilestone('Approved (written)')).toBe('Active');
    expect(nextMilestone('Closed')).toBeNull();
  });
});
