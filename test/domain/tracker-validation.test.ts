import { CASE_COLUMNS } from '../../src/domain/case-columns';
import { formulaAt, isAcceptableFormat, numberFormatFor, validationFor, WHOLE_NUMBER_FORMULA } from '../../src/domain/tracker-validation';

const column = (field: string) => {
  const c = CASE_COLUMNS.find((x) => x.field === field);
  if (!c) throw new Error(field);
  return c;
};

describe('tracker-validation', () => {
  describe('validationFor', () => {
    it.each([
      ['status', 'list'],
      ['endDate', 'date'],
      ['unitsUsed', 'formula'],
      ['requestedRate', 'atLeastZero'],
      ['owner', 'email'],
      ['agreementLink', 'url'],
      ['packet:Credentials', 'checkbox'],
    ])('gives %s a %s rule with help naming the column', (field, type) => {
      const plan = validationFor(column(field));
      expect(plan?.type).toBe(type);
      expect(plan?.help.startsWith(`${column(field).header}:`)).toBe(true);
    });

    it.each(['caseId', 'patient', 'notes', 'flags', 'approvedCodes'])('leaves free-text %s alone', (field) => {
      expect(validationFor(column(field))).toBeNull();
    });

    it('takes run-time values for Service line', () => {
      expect(validationFor(column('serviceLine'), ['ABA'])).toEqual({ type: 'list', values: ['ABA'], help: 'Service line: choose one of ABA.' });
    });
  });

  describe('formulaAt', () => {
    it('anchors the whole-number formula at a cell', () => {
      expect(formulaAt(WHOLE_NUMBER_FORMULA, 'W2')).toBe('=AND(ISNUMBER(W2),W2>=0,W2=INT(W2))');
    });
  });

  describe('numberFormatFor and isAcceptableFormat', () => {
    it('formats dates, rates and identifiers, and nothing else', () => {
      expect(['endDate', 'requestedRate', 'memberId', 'unitsUsed', 'notes'].map((f) => numberFormatFor(column(f)))).toEqual(['yyyy-mm-dd', '$#,##0.00', '@', null, null]);
    });

    it.each([
      ['yyyy-mm-dd', 'yyyy-mm-dd', true],
      ['yyyy-mm-dd', 'M/d/yyyy', true],
      ['yyyy-mm-dd', '', false],
      ['yyyy-mm-dd', '0.00', false],
      ['yyyy-mm-dd', 'yyyy-mm-dd hh:mm', false],
      ['$#,##0.00', '[$€]#,##0.00', true],
      ['$#,##0.00', '0', false],
      ['@', '', false],
    ])('wanting %p, keeps %p: %p', (wanted, actual, ok) => {
      expect(isAcceptableFormat(wanted, actual)).toBe(ok);
    });
  });
});
