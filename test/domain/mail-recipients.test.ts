import { aCase } from './builders';
import { allowedDomains, isAllowedRecipient, notAllowedReason, outsideDomains, type RecipientPolicy } from '../../src/domain/mail-recipients';
import { mailRowProblems } from '../../src/domain/mail-row-problems';
import { textHash } from '../../src/domain/text-hash';

const policy: RecipientPolicy = { sender: 'coordinator@clinic.example', confirmed: ['partner.example'] };

describe('mail-recipients', () => {
  it('allows the sender\'s own domain and the domains it confirmed', () => {
    expect(allowedDomains(policy)).toEqual(['clinic.example', 'partner.example']);
  });

  it.each<[string, boolean]>([
    ['lee@clinic.example', true],
    ['Lee@CLINIC.example', true],
    ['x@partner.example', true],
    ['relay@phish.example', false],
    ['lee@sub.clinic.example', false],
    ['lee@clinic.example.phish.example', false],
    ['not an address', false],
  ])('%p allowed: %p', (address, allowed) => {
    expect(isAllowedRecipient(address, policy)).toBe(allowed);
  });

  it('allows nothing when the sender is unknown, and says so', () => {
    const unknown = { sender: '', confirmed: [] };
    expect(isAllowedRecipient('lee@clinic.example', unknown)).toBe(false);
    expect(notAllowedReason('lee@clinic.example', unknown)).toMatch(/account that sends the digests is unknown/);
  });

  it('lists the outside domains once each, sorted', () => {
    expect(outsideDomains(['b@z.example', 'a@clinic.example', 'c@y.example', 'd@Z.example', 'junk'], policy)).toEqual(['y.example', 'z.example']);
  });
});

describe('mailRowProblems', () => {
  it.each<[string, string, string[]]>([
    ['SCA-0001', 'lee@clinic.example', []],
    ['', 'lee@clinic.example', []],
    ['Jane Roe 04/12/1961', 'lee@clinic.example', ['case_id_not_issued']],
    ['SCA-0001', 'relay@phish.example', ['owner_not_mailed']],
    ['SCA-12', 'relay@phish.example', ['case_id_not_issued', 'owner_not_mailed']],
    ['SCA-0001', '', []],
  ])('Case ID %p, Owner %p: %p', (caseId, owner, codes) => {
    const problems = mailRowProblems(aCase({ caseId, owner }).build(), policy);
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) expect(p.message).not.toContain('Jane');
  });
});

describe('textHash', () => {
  it('is stable, short, and tells 10,000 addresses apart', () => {
    expect(textHash('maria@clinic.example')).toBe(textHash('maria@clinic.example'));
    const hashes = Array.from({ length: 10_000 }, (_, i) => textHash(`owner${i}@clinic.example`));
    expect(new Set(hashes).size).toBe(10_000);
    expect(Math.max(...hashes.map((h) => h.length))).toBeLessThanOrEqual(15);
  });
});
