import type { Alert } from '../../src/domain/alert';
import { FLAG_PREFIX, flagsByCase, formatFlags } from '../../src/domain/flags';

const alert = (overrides: Partial<Alert>): Alert => ({
  kind: 'follow_up_due',
  severity: 'warning',
  caseId: 'SCA-0001',
  owner: 'ana@clinic.org',
  dueDate: '2026-03-09',
  message: 'Follow-up due today',
  ...overrides,
});

describe('flags', () => {
  describe('formatFlags', () => {
    it('puts the most urgent line first, each prefixed by its severity', () => {
      const text = formatFlags([
        alert({ kind: 'renewal_in_progress', severity: 'info', message: 'Agreement ends in 20 days (2026-03-29); renewal SCA-0042 is Submitted' }),
        alert({}),
        alert({ kind: 'expired_while_active', severity: 'urgent', dueDate: '2026-03-01', message: 'Agreement expired 2026-03-01 while Active' }),
      ]);
      expect(text).toBe(
        [
          'URGENT: Agreement expired 2026-03-01 while Active',
          'WARNING: Follow-up due today',
          'INFO: Agreement ends in 20 days (2026-03-29); renewal SCA-0042 is Submitted',
        ].join('\n'),
      );
    });

    it.each([
      ['urgent', 'URGENT'],
      ['warning', 'WARNING'],
      ['info', 'INFO'],
    ] as const)('starts a cell whose worst alert is %s with %s (what conditional formatting matches)', (severity, word) => {
      const text = formatFlags([alert({ severity: 'info' }), alert({ severity })]);
      expect(text.slice(0, word.length)).toBe(word);
      expect(FLAG_PREFIX[severity]).toBe(word);
    });

    it('returns an empty string when nothing needs action', () => {
      expect(formatFlags([])).toBe('');
    });

    it('does not reorder the array it is given', () => {
      const input = [alert({ severity: 'info' }), alert({ severity: 'urgent' })];
      formatFlags(input);
      expect(input.map((a) => a.severity)).toEqual(['info', 'urgent']);
    });
  });

  describe('flagsByCase', () => {
    it('groups a run’s alerts into one Flags text per case', () => {
      const flags = flagsByCase([
        alert({ caseId: 'SCA-0002', severity: 'info', message: 'b' }),
        alert({ caseId: 'SCA-0001', message: 'a' }),
        alert({ caseId: 'SCA-0002', severity: 'urgent', message: 'c' }),
      ]);
      expect(Object.fromEntries(flags)).toEqual({ 'SCA-0001': 'WARNING: a', 'SCA-0002': 'URGENT: c\nINFO: b' });
    });
  });
});
