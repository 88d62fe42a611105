import fc from 'fast-check';
import { computeAlerts } from '../../src/domain/alerts';
import { buildDigests } from '../../src/domain/digest';
import { SETTINGS, rulesFor } from './alert-fixtures';
import { MEMBER_LETTERS, PATIENT_LETTERS, arbitraryCase } from './case-arbitraries';

const letterClass = (letters: readonly string[]): string => Array.from(new Set([...letters, ...letters.map((l) => l.toUpperCase())])).join('');
const ANY_PATIENT_LETTER = new RegExp(`[${letterClass(PATIENT_LETTERS)}]`, 'u');
const PATIENT_LETTER_NOT_AN_INITIAL = new RegExp(`[${letterClass(PATIENT_LETTERS)}](?!\\.)`, 'u');
const ANY_MEMBER_LETTER = new RegExp(`[${letterClass(MEMBER_LETTERS)}]`, 'u');

describe('digest (properties)', () => {
  describe('buildDigests', () => {
    it.each([false, true])('never shows a Patient or Member ID value (includePatientInitials %s)', (includePatientInitials) => {
      let sawInitials = false;
      fc.assert(
        fc.property(fc.array(arbitraryCase, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 800 }), (cases, offset) => {
          const settings = { ...SETTINGS, includePatientInitials, alertRecipients: ['manager@clinic.org'], sendEmptyDigest: true };
          const today = new Date(Date.UTC(2025, 5, 1 + offset)).toISOString().slice(0, 10);
          const alerts = computeAlerts(cases, today, settings, rulesFor());
          const digests = buildDigests(alerts, cases, { today, settings, rowLink: (id) => `https://x.test/#${id}`, rowNumber: () => 2 });
          for (const d of digests) {
            const all = `${d.to}\n${d.subject}\n${d.text}\n${d.html}`;
            for (const c of cases) {
              expect(all).not.toContain(c.patient);
              expect(all).not.toContain(c.memberId);
            }
            expect(all).not.toMatch(ANY_MEMBER_LETTER);
            // With initials allowed, a patient letter only ever appears as an initial ('Δ.'); otherwise never.
            expect(all).not.toMatch(includePatientInitials ? PATIENT_LETTER_NOT_AN_INITIAL : ANY_PATIENT_LETTER);
            sawInitials ||= ANY_PATIENT_LETTER.test(all);
          }
        }),
        { numRuns: 200 },
      );
      expect(sawInitials).toBe(includePatientInitials); // the property is not vacuous
    });
  });
});
