/** fast-check arbitraries for cases with odd values: bad dates, NaN, negatives, huge numbers, unknown statuses. */
import fc from 'fast-check';
import { addDays } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import { PACKET_ITEMS, STATUSES, type Status } from '../../src/domain/vocabulary';
import { BLANK_CASE } from './builders';

const validDate = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2025-01-01', n));

/** Odd values the daily check must survive. */
export const odd = {
  number: fc.oneof(fc.integer({ min: -10, max: 200 }), fc.double(), fc.constantFrom(Number.NaN, -5, 1e9, Infinity, -Infinity, 0.5)),
  date: fc.oneof(validDate, validDate, fc.constantFrom('2026-02-30', '', 'soon', '#REF!', '2026-3-9', '0001-01-01', '9999-12-31')),
};

/** Rare letters (Greek, Cyrillic) that no template text, date, ID or address contains. */
export const PATIENT_LETTERS = 'ΑΒΓΔΘΛΞΠΣΦΨΩαβγδθλξπσφψω'.split('');
export const MEMBER_LETTERS = 'БГДЖЗИЛПФЦЧШЩЭЮЯбгджзилпфцчшщэюя'.split('');

const word = (letters: string[]): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 8 });

/** A patient name of one to three words of rare letters, at least 4 characters. */
export const patientName = fc.array(word(PATIENT_LETTERS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')).filter((s) => s.length >= 4);
/** A member ID mixing rare letters and digits, at least 4 characters, at least one rare letter. */
export const memberId = fc
  .string({ unit: fc.constantFrom(...MEMBER_LETTERS, '0', '1', '2', '9'), minLength: 4, maxLength: 12 })
  .filter((s) => MEMBER_LETTERS.some((l) => s.includes(l)));

const caseId = fc.oneof(fc.integer({ min: 1, max: 30 }).map((n) => `SCA-${String(n).padStart(4, '0')}`), fc.constantFrom('', '  '));
const owner = fc.constantFrom('ana@clinic.org', 'BEN@clinic.org', 'not an email', '', 'cy@clinic.org');
const statusArb = fc.oneof(fc.constantFrom<Status>(...STATUSES), fc.constant('Bogus' as Status));
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

/** Any case: every date, number and status may be odd or missing. */
export const arbitraryCase: fc.Arbitrary<ScaCase> = fc
  .record({
    caseId,
    patient: patientName,
    memberId,
    payer: fc.constantFrom('Acme Health', 'acme health', 'Other', ''),
    owner,
    status: statusArb,
    nextFollowUp: maybe(odd.date),
    submittedOn: maybe(odd.date),
    decisionOn: maybe(odd.date),
    startDate: maybe(odd.date),
    endDate: maybe(odd.date),
    writtenConfirmationOn: maybe(odd.date),
    requestedRate: maybe(odd.number),
    approvedRate: maybe(odd.number),
    unitsRequested: maybe(odd.number),
    unitsApproved: maybe(odd.number),
    unitsUsed: maybe(odd.number),
    renewalOf: fc.oneof(caseId, fc.constant('')),
    packetDone: fc.boolean(),
  })
  .map(({ packetDone, ...fields }) => ({
    ...BLANK_CASE,
    ...fields,
    packet: Object.fromEntries(PACKET_ITEMS.map((item) => [item, packetDone])) as ScaCase['packet'],
  }));
