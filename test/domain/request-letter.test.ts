import type { InNetworkAttempt } from '../../src/domain/in-network-search-sheet';
import { draftRequestLetter, letterDate, letterPlaceholders, searchSummary } from '../../src/domain/request-letter';
import { aCase, aPlanRule, someSettings } from './builders';

const attempt = (over: Partial<InNetworkAttempt> = {}): InNetworkAttempt => ({
  caseId: 'SCA-0001',
  date: '2026-02-03',
  provider: 'Northside Therapy',
  inNetwork: true,
  waitDays: 60,
  distanceMiles: 35,
  whyUnsuitable: 'no openings',
  ...over,
});

const clinic = someSettings({ clinicName: 'Sunrise Therapy', clinicNpi: '1234567890', clinicTin: '12-3456789', clinicContact: 'intake@sunrise.example, 555-0100' });

describe('request-letter', () => {
  describe('letterDate', () => {
    it.each([
      ['2026-03-08', 'March 8, 2026'],
      ['2026-11-01', 'November 1, 2026'],
      ['2026-12-31', 'December 31, 2026'],
    ])('writes %s as %s', (iso, text) => expect(letterDate(iso)).toBe(text));
  });

  describe('draftRequestLetter', () => {
    it('uses placeholders for everything missing and invents nothing', () => {
      const letter = draftRequestLetter(aCase().with({ caseId: '' }).build(), aPlanRule().build(), someSettings(), [], '2026-03-08');
      expect(letterPlaceholders(letter)).toEqual([
        '[Clinic name]',
        '[Clinic NPI]',
        '[Clinic TIN]',
        '[Clinic contact]',
        '[Payer]',
        '[Patient]',
        '[Member ID]',
        '[services]',
        '[CPT/HCPCS codes]',
        '[Units requested]',
        '[Frequency, e.g. 1 visit per week]',
        '[Start date]',
        '[End date]',
        '[Requested rate]',
        '[Reason for the request]',
        '[Summary of the in-network providers contacted: who, when, wait offered, distance, why unsuitable]',
        '[Name, title]',
      ]);
      expect(letter).toContain('March 8, 2026');
      expect(letter).not.toContain('null');
      expect(letter).not.toContain('undefined');
    });

    it('fills the request from the case, the plan, the search log and Settings', () => {
      const c = aCase({
        caseId: 'SCA-0007',
        patient: 'J.D.',
        memberId: 'XYZ123',
        payer: 'Acme Health',
        serviceLine: 'Speech therapy',
        scaType: 'Network gap',
        unitsRequested: 24,
        requestedRate: 135,
        payerReference: 'REF-9',
        approvedCodes: ['92507'],
      })
        .startingOn('2026-04-01')
        .endingOn('2026-09-30')
        .withPacket(['Clinical summary', 'Treatment plan', 'In-network search', 'Credentials', 'Member & diagnosis', 'Services & rate'])
        .build();
      const attempts = [attempt(), attempt({ date: '2026-02-05', provider: 'Lakeside Speech', waitDays: 90, distanceMiles: 52, whyUnsuitable: 'too far' }), attempt({ date: '2026-02-01', provider: 'City Clinic', waitDays: null, distanceMiles: null, whyUnsuitable: 'no pediatric speech therapist' })];
      const letter = draftRequestLetter(c, aPlanRule().withChannel('Fax').build(), clinic, attempts, '2026-03-08');
      for (const fragment of [
        'Sunrise Therapy\nNPI: 1234567890 · TIN: 12-3456789\nintake@sunrise.example, 555-0100',
        'To: Acme Health (by fax)',
        'Patient: J.D.',
        'Member ID: XYZ123',
        'Payer reference #: REF-9',
        'Our reference: SCA-0007',
        'to provide speech therapy to the member',
        '  - Codes: 92507',
        '  - Units: 24',
        '  - Dates: April 1, 2026 to September 30, 2026',
        '  - Requested rate: $135.00 per unit',
        "No in-network provider can reasonably meet the member's clinical and timing needs (network gap).",
        'We contacted 3 in-network providers between February 1, 2026 and February 5, 2026.',
        'Longest wait offered: 90 days (shortest 60 days).',
        'Distances: 35 to 52 miles from the member.',
        'Why they could not serve the member: no openings; too far; no pediatric speech therapist.',
        '  - 2026-02-05: Lakeside Speech (wait 90 days, 52 miles, too far)',
        '  - 2026-02-01: City Clinic (no pediatric speech therapist)',
        '  ☑ Clinical summary',
        '  ☑ Services & rate',
      ]) {
        expect(letter).toContain(fragment);
      }
      expect(letter).not.toContain('Medical necessity letter');
      expect(letterPlaceholders(letter)).toEqual(['[Frequency, e.g. 1 visit per week]', '[Name, title]']);
    });

    it.each([
      ['ABA', 'to provide ABA to the member'],
      ['Physical therapy', 'to provide physical therapy to the member'],
    ])('names the %s service line mid-sentence', (serviceLine, fragment) => {
      expect(draftRequestLetter(aCase({ serviceLine }).build(), aPlanRule().build(), clinic, [], '2026-03-08')).toContain(fragment);
    });

    it.each([
      ['Continuity of care', 'continuity of care'],
      ['Credentialing bridge', 'credentialing bridge'],
      ['Other', '[Reason for the request]'],
    ] as const)('justifies a %s request', (scaType, fragment) => {
      const letter = draftRequestLetter(aCase({ scaType }).build(), aPlanRule().build(), clinic, [], '2026-03-08');
      expect(letter).toContain(fragment);
    });

    it('lists a ticked optional item and unticked required ones as still to enclose', () => {
      const letter = draftRequestLetter(aCase().withPacket(['Medical necessity letter']).build(), aPlanRule().build(), clinic, [], '2026-03-08');
      expect(letter).toContain('  ☑ Medical necessity letter');
      expect(letter).toContain('  ☐ Clinical summary');
    });
  });

  describe('searchSummary', () => {
    it('says one provider in the singular and skips the period without dates', () => {
      expect(searchSummary([attempt({ date: null, waitDays: null, distanceMiles: null, whyUnsuitable: '', provider: '' })])).toEqual([
        'We contacted 1 in-network provider.',
        '  - [Provider]',
      ]);
    });
  });
});
