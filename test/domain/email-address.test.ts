import { emailDomain, isEmailAddress, parseEmailAddress } from '../../src/domain/email-address';
import { parseEmail } from '../../src/domain/cell-parsers';
import { parseRecipients } from '../../src/domain/settings-sheet';

describe('email-address', () => {
  describe('parseEmailAddress', () => {
    it.each<[unknown, string | null]>([
      ['ana@clinic.example', 'ana@clinic.example'],
      [' Ana@Clinic.Example ', 'ana@clinic.example'],
      ["o'brien@clinic.example", "o'brien@clinic.example"],
      ['ana+sca@clinic.example', 'ana+sca@clinic.example'],
      ['ana.lopez@mail.clinic.example', 'ana.lopez@mail.clinic.example'],
      ['Ana <ana@clinic.example>', null],
      ['ana@clinic.example, lee@clinic.example', null],
      ['front desk', null],
      ['ana@clinic', null],
      ['.ana@clinic.example', null],
      [42, null],
    ])('reads %p as %p', (raw, parsed) => {
      expect(parseEmailAddress(raw)).toBe(parsed);
    });
  });

  describe('one parser for the Owner cell, the Alert recipients setting and the router', () => {
    it.each(["o'brien@clinic.example", 'ana+sca@clinic.example', 'front desk', 'Ana <ana@clinic.example>', 'ana@clinic'])(
      '%p is an address to all three, or to none',
      (raw) => {
        const owner = typeof parseEmail(raw, 'Owner') === 'string';
        const recipient = parseRecipients(raw).emails.length === 1;
        expect([owner, recipient]).toEqual([isEmailAddress(raw), isEmailAddress(raw)]);
      },
    );
  });

  describe('emailDomain', () => {
    it.each([['ana@Clinic.Example', 'clinic.example'], ["o'brien@mail.clinic.example", 'mail.clinic.example'], ['nobody', '']])(
      'gives the domain of %p as %p',
      (address, domain) => {
        expect(emailDomain(address)).toBe(domain);
      },
    );
  });
});
