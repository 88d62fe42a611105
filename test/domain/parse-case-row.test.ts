import fc from 'fast-check';
import { startOfDayIn } from '../../src/domain/calendar-date';
import { CASE_COLUMNS, type CaseField } from '../../src/domain/case-columns';
import { CELL_ERRORS } from '../../src/domain/cell-errors';
import { mapHeaders } from '../../src/domain/header-map';
import { parseCaseRow, type CaseRowResult } from '../../src/domain/parse-case-row';
import { DEFAULT_SERVICE_LINES } from '../../src/domain/vocabulary';
import { BLANK_CASE } from './builders';

const HEADERS = CASE_COLUMNS.map((c) => c.header);
const MAP = mapHeaders(HEADERS);
const ctx = (timeZone = 'America/New_York') => ({ timeZone, rowNumber: 7, serviceLines: DEFAULT_SERVICE_LINES });

/** A row with the given cells by field, '' elsewhere. */
function row(cells: Partial<Record<CaseField, unknown>>): unknown[] {
  return CASE_COLUMNS.map((c) => (c.field in cells ? cells[c.field] : ''));
}

function parsed(result: CaseRowResult) {
  if (result.kind !== 'case') throw new Error('expected a case');
  return result;
}

describe('parse-case-row', () => {
  describe('parseCaseRow', () => {
    it('reads a complete row', () => {
      const zone = 'America/New_York';
      const result = parsed(
        parseCaseRow(
          row({
            caseId: 'SCA-0042',
            patient: 'J.D.',
            memberId: 'M123',
            payer: 'Acme Health',
            planType: 'Commercial',
            serviceLine: 'aba',
            scaType: 'Network gap',
            owner: 'Jo@Clinic.org',
            status: 'Active',
            submittedOn: startOfDayIn('2026-01-05', zone),
            submittedVia: 'Fax',
            decisionOn: '1/20/2026',
            scaNumber: 'A-99',
            approvedCodes: '97153, 97155',
            requestedRate: '$120',
            approvedRate: 95.5,
            unitsRequested: 40,
            unitsApproved: '30',
            unitsUsed: 12,
            startDate: startOfDayIn('2026-03-08', zone),
            endDate: startOfDayIn('2026-11-01', zone),
            writtenConfirmationOn: '2026-02-01',
            agreementLink: 'https://files.example/file/1',
            'packet:Credentials': true,
            'packet:Treatment plan': 'TRUE',
            renewalOf: 'SCA-0001',
          }),
          MAP,
          ctx(zone),
        ),
      );
      expect(result.problems).toEqual([]);
      expect(result.rowNumber).toBe(7);
      expect(result.case).toMatchObject({
        caseId: 'SCA-0042',
        serviceLine: 'ABA',
        owner: 'jo@clinic.org',
        status: 'Active',
        submittedOn: '2026-01-05',
        decisionOn: '2026-01-20',
        approvedCodes: ['97153', '97155'],
        requestedRate: 120,
        unitsApproved: 30,
        startDate: '2026-03-08',
        endDate: '2026-11-01',
        renewalOf: 'SCA-0001',
      });
      expect(result.case.packet).toMatchObject({ Credentials: true, 'Treatment plan': true, 'Clinical summary': false });
    });

    it.each([
      ['an empty array', []],
      ['all blank cells', row({})],
      ['unticked checkboxes only', row({ 'packet:Credentials': false, 'packet:Clinical summary': 'FALSE' })],
      ['only a left-over flag and problem', row({ flags: 'End date in 7 days', problems: 'Units used: bad' })],
      ['whitespace', row({ notes: '   ' })],
    ])('treats %s as blank', (_name, cells) => {
      expect(parseCaseRow(cells, MAP, ctx())).toEqual({ kind: 'blank', rowNumber: 7 });
    });

    it('reports a blank Status on a non-blank row and reads it as Identified', () => {
      const result = parsed(parseCaseRow(row({ caseId: 'SCA-0003', patient: 'AB' }), MAP, ctx()));
      expect(result.case.status).toBe('Identified');
      expect(result.problems).toEqual([
        { code: 'missing_status', message: 'Status is empty; the case is treated as Identified until you choose one.', column: 'Status' },
      ]);
    });

    it('reads an unknown Status as Identified with a not_in_list problem', () => {
      const result = parsed(parseCaseRow(row({ caseId: 'SCA-0003', status: 'Pending' }), MAP, ctx()));
      expect(result.case.status).toBe('Identified');
      expect(result.problems.map((p) => p.code)).toEqual(['not_in_list']);
    });

    it('keeps an empty Case ID as "" without a problem (the adapter assigns one)', () => {
      const result = parsed(parseCaseRow(row({ status: 'Identified', patient: 'AB' }), MAP, ctx()));
      expect(result.case.caseId).toBe('');
      expect(result.problems).toEqual([]);
    });

    it('does not report missing_status when the sheet has no Status column', () => {
      const map = mapHeaders(['Case ID', 'Patient']);
      const result = parsed(parseCaseRow(['SCA-1', 'AB'], map, ctx()));
      expect(result.problems).toEqual([]);
      expect(result.case).toEqual({ ...BLANK_CASE, caseId: 'SCA-1', patient: 'AB' });
    });

    it.each([
      ['endDate', 'next Tuesday', 'not_a_date', "End date: 'next Tuesday' is not a date"],
      ['unitsUsed', -3, 'negative_number', "Units used: '-3' is negative; enter 0 or more"],
      ['unitsApproved', 2.5, 'not_whole', "Units approved: '2.5' is not a whole number"],
      ['unitsRequested', 'twenty', 'not_a_number', "Units requested: 'twenty' is not a number"],
      ['approvedRate', '$-5', 'negative_number', "Approved rate: '$-5' is negative; enter 0 or more"],
      ['planType', 'HMO', 'not_in_list', "Plan type: 'HMO' is not one of Commercial, Self-funded, Medicaid managed care, Medicare Advantage, Marketplace, Other"],
      ['serviceLine', 'Dance', 'not_in_list', "Service line: 'Dance' is not one of Psychotherapy, ABA, Speech therapy, Occupational therapy, Physical therapy, Other"],
      ['owner', 'Jo', 'not_an_email', "Owner: 'Jo' is not an email address"],
      ['packet:Credentials', 'yes', 'not_a_checkbox', "Packet: Credentials: 'yes' is not a checkbox value (tick or untick it)"],
      ['approvedCodes', '9083', 'bad_code', "Approved codes: '9083' is not a CPT or HCPCS code (5 digits like 90837, or a letter and 4 digits like H2019)"],
      ['agreementLink', 'in Drive', 'not_a_link', "Agreement link: 'in Drive' is not a link (it should start with https://)"],
      ['startDate', '#REF!', 'cell_error', 'Start date: the cell shows #REF! (a formula points at a deleted cell); fix the formula or clear the cell.'],
    ] as const)('reports a bad %s cell (%p) as %s, keeps the empty value and reads the rest', (field, value, code, message) => {
      const result = parsed(parseCaseRow(row({ caseId: 'SCA-0009', status: 'Active', [field]: value }), MAP, ctx()));
      expect(result.problems).toEqual([{ code, message, column: CASE_COLUMNS.find((c) => c.field === field)?.header }]);
      expect(result.case.caseId).toBe('SCA-0009');
      expect(result.case.status).toBe('Active');
    });

    it.each(CELL_ERRORS)('reports %s in any column as cell_error', (error) => {
      const result = parsed(parseCaseRow(row({ caseId: 'SCA-0009', status: 'Active', unitsUsed: error, notes: error }), MAP, ctx()));
      expect(result.problems.map((p) => [p.code, p.column])).toEqual([
        ['cell_error', 'Units used'],
        ['cell_error', 'Notes'],
      ]);
    });

    it('accepts a Service line added in Settings', () => {
      const result = parsed(
        parseCaseRow(row({ status: 'Identified', serviceLine: 'Feeding therapy' }), MAP, { ...ctx(), serviceLines: ['Feeding therapy'] }),
      );
      expect(result.case.serviceLine).toBe('Feeding therapy');
    });

    it('never throws on a non-array row', () => {
      expect(parseCaseRow(null as unknown as unknown[], MAP, ctx())).toEqual({ kind: 'blank', rowNumber: 7 });
    });
  });

  describe('dates under different spreadsheet time zones', () => {
    it.each([
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/Berlin', '2026-03-29'],
      ['Asia/Kolkata', '2026-03-08'],
      ['Asia/Kolkata', '2026-11-01'],
    ])('reads a %s midnight on %s as that calendar date, whatever TZ the process runs in', (zone, iso) => {
      const result = parsed(parseCaseRow(row({ status: 'Active', endDate: startOfDayIn(iso, zone) }), MAP, ctx(zone)));
      expect(result.case.endDate).toBe(iso);
    });
  });

  describe('edge cases', () => {
    const cell = fc.oneof(
      fc.date({ noInvalidDate: false }),
      fc.constant(new Date(Number.NaN)),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0, 0.5),
      fc.integer(),
      fc.boolean(),
      fc.constant(''),
      fc.string(),
      fc.constantFrom(...CELL_ERRORS, 'TRUE', 'FALSE', '$120', '2026-02-30', '3/8/2026', '90837, H2019', 'Active'),
      fc.constantFrom(null, undefined, {}, [], Object.create(null) as unknown),
    );

    it('never throws for any array of cells, and every problem has a code, a message and a known column', () => {
      const headers = new Set(HEADERS);
      fc.assert(
        fc.property(fc.array(cell, { maxLength: CASE_COLUMNS.length + 3 }), fc.constantFrom('America/New_York', 'Asia/Kolkata'), (cells, zone) => {
          const result = parseCaseRow(cells, MAP, ctx(zone));
          if (result.kind === 'case') {
            for (const p of result.problems) {
              expect(p.code).toMatch(/^[a-z_]+$/);
              expect(p.message.length).toBeGreaterThan(0);
              expect(headers.has(p.column ?? '')).toBe(true);
            }
          }
        }),
        { numRuns: 500 },
      );
    });
  });
});
