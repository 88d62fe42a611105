import { readStatusWords, settleStatus } from '../../../src/domain/import/status-synonyms';

describe('status-synonyms', () => {
  describe('readStatusWords', () => {
    it.each([
      ['pending', 'Submitted'],
      ['sent', 'Submitted'],
      ['submitted to payer', 'Submitted'],
      ['pending/sent', 'Submitted'],
      ['Faxed', 'Submitted'],
      ['approved verbally', 'Approved (verbal)'],
      ['Approved-verbal', 'Approved (verbal)'],
      ['Approved (verbal)', 'Approved (verbal)'],
      ['Approved (written)', 'Approved (written)'],
      ['letter received', 'Approved (written)'],
      ["auth rec'd", 'approved'],
      ['Approved', 'approved'],
      ['authorized', 'approved'],
      ['Active', 'Active'],
      ['In negotiation', 'In negotiation'],
      ['counter offer', 'In negotiation'],
      ['Appeal filed', 'Appealed'],
      ['Expired', 'Closed'],
      ['closed', 'Closed'],
      ['gathering docs', 'Assembling packet'],
      ['Assembling packet', 'Assembling packet'],
      ['new referral', 'Identified'],
      ['Identified', 'Identified'],
      ['Denied', 'Denied'],
    ])('reads %j as %s', (text, status) => expect(readStatusWords(text)?.status).toBe(status));

    it.each([
      ['Denied – in network', 'In-network provider available'],
      ['DENIED - in-network provider', 'In-network provider available'],
      ['denied: medical necessity', 'Medical necessity unclear'],
      ['denied, missing records', 'Missing documentation'],
      ['denied (plan does not allow SCAs)', 'Plan does not allow SCAs'],
      ['denied - retro request', 'Requested after services began'],
    ])('reads the denial reason in %j', (text, reason) => expect(readStatusWords(text)).toEqual({ status: 'Denied', denialReason: reason }));

    it.each(['maybe?', '', '???'])('knows nothing of %j', (text) => expect(readStatusWords(text)).toBeNull());
  });

  describe('settleStatus', () => {
    it('makes an approval written only when a written date is present', () => {
      expect(settleStatus({ status: 'approved' }, true)).toBe('Approved (written)');
      expect(settleStatus({ status: 'approved' }, false)).toBe('Approved (verbal)');
      expect(settleStatus({ status: 'Denied' }, true)).toBe('Denied');
    });
  });
});
