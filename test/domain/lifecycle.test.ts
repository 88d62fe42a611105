import { LIFECYCLE, OPEN_STATUSES, WAITING_ON_PAYER, canTransition, isOpen, nextStatuses } from '../../src/domain/lifecycle';
import { STATUSES, type Status } from '../../src/domain/vocabulary';

const ALLOWED: [Status, Status][] = [
  ['Identified', 'Assembling packet'],
  ['Identified', 'Submitted'],
  ['Assembling packet', 'Submitted'],
  ['Submitted', 'In negotiation'],
  ['Submitted', 'Approved (verbal)'],
  ['Submitted', 'Approved (written)'],
  ['Submitted', 'Denied'],
  ['Submitted', 'Assembling packet'],
  ['In negotiation', 'Approved (verbal)'],
  ['In negotiation', 'Approved (written)'],
  ['In negotiation', 'Denied'],
  ['Approved (verbal)', 'Approved (written)'],
  ['Approved (verbal)', 'In negotiation'],
  ['Approved (verbal)', 'Denied'],
  ['Approved (written)', 'Active'],
  ['Denied', 'Appealed'],
  ['Denied', 'Assembling packet'],
  ['Appealed', 'Approved (verbal)'],
  ['Appealed', 'Approved (written)'],
  ['Appealed', 'In negotiation'],
  ['Appealed', 'Denied'],
  ...STATUSES.filter((s) => s !== 'Closed').map((s): [Status, Status] => [s, 'Closed']),
];

describe('lifecycle', () => {
  describe('canTransition', () => {
    const all = STATUSES.flatMap((from) => STATUSES.map((to): [Status, Status, boolean] => [from, to, ALLOWED.some(([f, t]) => f === from && t === to)]));
    it.each(all)('%s → %s is allowed: %p', (from, to, allowed) => expect(canTransition(from, to)).toBe(allowed));
  });

  describe('the table', () => {
    it('has exactly the documented transitions', () => {
      const count = STATUSES.reduce((n, s) => n + nextStatuses(s).length, 0);
      expect(count).toBe(ALLOWED.length);
    });
    it.each(STATUSES)('%s never lists itself as next', (s) => expect(LIFECYCLE[s].next).not.toContain(s));
    it('makes Closed final', () => expect(nextStatuses('Closed')).toEqual([]));
    it('sets follow-ups while waiting on the payer', () => {
      expect(WAITING_ON_PAYER).toEqual(['Submitted', 'In negotiation', 'Approved (verbal)', 'Appealed']);
    });
    it('treats every status but Closed as open', () => {
      expect(OPEN_STATUSES).toHaveLength(STATUSES.length - 1);
      expect(isOpen('Denied')).toBe(true);
      expect(isOpen('Closed')).toBe(false);
    });
  });
});
