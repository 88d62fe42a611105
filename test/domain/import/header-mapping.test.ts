import { headerSimilarity, normaliseImportHeader } from '../../../src/domain/import/header-text';
import type { ConvertContext } from '../../../src/domain/import/convert-cell';
import { proposeMapping, valueFit, type ColumnEvidence } from '../../../src/domain/import/propose-mapping';
import type { SniffedKind } from '../../../src/domain/import/value-sniffing';

const convert: ConvertContext = { timeZone: 'UTC', dateOrder: 'MDY', serviceLines: ['ABA', 'Psychotherapy'] };
const column = (index: number, header: string, samples: unknown[] = [], sniffed: SniffedKind = 'text'): ColumnEvidence => ({ index, header, samples, sniffed, convert });

describe('header mapping', () => {
  describe('normaliseImportHeader', () => {
    it.each([
      ['Auth No.', 'auth #'],
      ['AUTH #', 'auth #'],
      ['Auth Number', 'auth #'],
      ["Written rec'd", 'written recd'],
      ['Member & diagnosis', 'member and diagnosis'],
      ['  Exp.  Date ', 'exp date'],
    ])('%j → %j', (header, normal) => expect(normaliseImportHeader(header)).toBe(normal));
  });

  describe('headerSimilarity', () => {
    it('is 1 for equal headers, high for near spellings, low for others', () => {
      expect(headerSimilarity('end', 'end')).toBe(1);
      expect(headerSimilarity('', '')).toBe(0);
      expect(headerSimilarity('units authorised', 'units authorized')).toBeGreaterThan(0.8);
      expect(headerSimilarity('payer', 'school')).toBeLessThan(0.3);
    });
  });

  describe('proposeMapping', () => {
    it.each([
      ['Insurance', 'payer', 'synonym'],
      ['Carrier', 'payer', 'synonym'],
      ['Plan', 'payer', 'synonym'],
      ['Auth #', 'priorAuthNumber', 'synonym'],
      ['Authorization', 'priorAuthNumber', 'synonym'],
      ['End', 'endDate', 'synonym'],
      ['Exp date', 'endDate', 'synonym'],
      ['Expires', 'endDate', 'synonym'],
      ['Visits used', 'unitsUsed', 'synonym'],
      ['Rep', 'owner', 'synonym'],
      ['End date', 'endDate', 'header'],
      ['Packet: Credentials', 'packet:Credentials', 'header'],
      ['LMN', 'packet:Medical necessity letter', 'synonym'],
      ['Units Authorised', 'unitsApproved', 'similar'],
      ['Payer reference', 'payerReference', 'similar'],
    ])('maps %j to %s (%s)', (header, field, reason) => {
      expect(proposeMapping([column(0, header)])[0]).toMatchObject({ target: field, reason });
    });

    it('leaves a column whose header says nothing to Notes', () => {
      expect(proposeMapping([column(0, 'School'), column(1, '')])).toEqual([
        { index: 0, target: null, reason: 'none', score: 0 },
        { index: 1, target: null, reason: 'none', score: 0 },
      ]);
    });

    it('does not map a date header whose values are not dates', () => {
      expect(proposeMapping([column(0, 'End', ['soon', 'later', 'n/a'])])[0]?.target).toBeNull();
    });

    it('places a column by its values when its header is unknown: emails → Owner, codes → Approved codes', () => {
      const proposals = proposeMapping([column(0, 'BCBA', ['a@x.example'], 'email'), column(1, 'Svc', ['97153'], 'codes')]);
      expect(proposals.map((p) => [p.target, p.reason])).toEqual([
        ['owner', 'values'],
        ['approvedCodes', 'values'],
      ]);
    });

    it('gives each field one column: the better header wins', () => {
      const proposals = proposeMapping([column(0, 'Insurance'), column(1, 'Payer')]);
      expect(proposals.map((p) => p.target)).toEqual([null, 'payer']);
    });
  });

  describe('valueFit', () => {
    it('is the share of values that convert, 1 with no values', () => {
      expect(valueFit(column(0, 'Used', [1, 2, -3, 'x']), 'unitsUsed')).toBe(0.5);
      expect(valueFit(column(0, 'Used', ['']), 'unitsUsed')).toBe(1);
    });
  });
});
