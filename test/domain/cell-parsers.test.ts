import { startOfDayIn } from '../../src/domain/calendar-date';
import { CELL_ERRORS } from '../../src/domain/cell-errors';
import {
  BadCell,
  dateFromText,
  describeAllowed,
  isBlankCell,
  numberFromText,
  parseCheckbox,
  parseCodes,
  parseCurrency,
  parseDate,
  parseDecimal,
  parseEmail,
  parseList,
  parseText,
  parseUrl,
  parseWhole,
  quote,
  type CellResult,
} from '../../src/domain/cell-parsers';
import { PLAN_TYPES, STATUSES } from '../../src/domain/vocabulary';

const problemOf = <T>(r: CellResult<T>): { code: string; message: string } | null =>
  r instanceof BadCell ? { code: r.problem.code, message: r.problem.message } : null;

const ZONES = ['America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'UTC'];

describe('cell-parsers', () => {
  describe('isBlankCell', () => {
    it.each([[''], ['   '], [null], [undefined]])('is true for %p', (v) => expect(isBlankCell(v)).toBe(true));
    it.each([[0], [false], ['x'], [new Date(0)]])('is false for %p', (v) => expect(isBlankCell(v)).toBe(false));
  });

  describe('every parser and each formula error', () => {
    const parsers: [string, (raw: unknown) => CellResult<unknown>][] = [
      ['text', (r) => parseText(r, 'Notes')],
      ['date', (r) => parseDate(r, 'Notes', 'UTC')],
      ['whole', (r) => parseWhole(r, 'Notes')],
      ['decimal', (r) => parseDecimal(r, 'Notes')],
      ['currency', (r) => parseCurrency(r, 'Notes')],
      ['list', (r) => parseList(r, 'Notes', PLAN_TYPES)],
      ['email', (r) => parseEmail(r, 'Notes')],
      ['url', (r) => parseUrl(r, 'Notes')],
      ['checkbox', (r) => parseCheckbox(r, 'Notes')],
      ['codes', (r) => parseCodes(r, 'Notes')],
    ];
    const table = parsers.flatMap(([kind, parse]) => CELL_ERRORS.map((error) => [kind, error, parse] as const));
    it.each(table)('%s column: %s is a cell_error naming the error', (_kind, error, parse) => {
      const problem = problemOf(parse(error));
      expect(problem?.code).toBe('cell_error');
      expect(problem?.message).toContain(`Notes: the cell shows ${error}`);
    });
    it.each(parsers)('%s column: a lower-case, padded error string is still an error', (_kind, parse) => {
      expect(problemOf(parse(' #n/a '))?.code).toBe('cell_error');
    });
    it.each(parsers)('%s column: an object cell is a problem, not a throw', (_kind, parse) => {
      expect(() => parse({})).not.toThrow();
      expect(() => parse(Object.create(null))).not.toThrow();
      expect(() => parse(Symbol('x'))).not.toThrow();
    });
  });

  describe('parseText', () => {
    it.each([
      ['  A.B. ', 'A.B.'],
      [42, '42'],
      [true, 'true'],
      ['', ''],
    ])('reads %p as %p', (raw, expected) => expect(parseText(raw, 'Patient')).toBe(expected));
    it.each(ZONES)('shows a date as its calendar date in %s', (zone) => {
      expect(parseText(startOfDayIn('2026-03-08', zone), 'Notes', zone)).toBe('2026-03-08');
    });
    it('reports an invalid Date', () => expect(problemOf(parseText(new Date(Number.NaN), 'Notes'))?.code).toBe('not_text'));
    it('reports an object', () => expect(problemOf(parseText({}, 'Notes'))?.message).toBe("Notes: 'object' cannot be read as text"));
  });

  describe('dateFromText', () => {
    it.each([
      ['2026-03-08', '2026-03-08'],
      [' 2026-11-01 ', '2026-11-01'],
      ['3/8/2026', '2026-03-08'],
      ['03/08/2026', '2026-03-08'],
      ['12/31/2026', '2026-12-31'],
      ['2/29/2028', '2028-02-29'],
    ])('reads %p as %p', (text, iso) => expect(dateFromText(text)).toBe(iso));
    it.each([['2026-02-30'], ['2/29/2026'], ['13/1/2026'], ['8.3.2026'], ['next Tuesday'], ['2026-3-8'], ['3/8/26']])(
      'rejects %p',
      (text) => expect(dateFromText(text)).toBeNull(),
    );
  });

  describe('parseDate', () => {
    const dstDays: [string, string][] = [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/Berlin', '2026-03-29'],
      ['Europe/Berlin', '2026-10-25'],
      ['Asia/Kolkata', '2026-03-08'],
      ['America/New_York', '2026-01-01'],
    ];
    it.each(dstDays)('reads the midnight Sheets stores in %s as %s (DST days included)', (zone, iso) => {
      expect(parseDate(startOfDayIn(iso, zone), 'End date', zone)).toBe(iso);
    });
    it.each(dstDays)('reads the last minute of the day in %s as %s', (zone, iso) => {
      const nextMidnight = startOfDayIn(iso.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')), zone);
      expect(parseDate(new Date(nextMidnight.getTime() - 60_000), 'End date', zone)).toBe(iso);
    });
    it('uses the spreadsheet time zone, not the process one', () => {
      const instant = new Date('2026-03-08T04:30:00Z');
      expect(parseDate(instant, 'End date', 'America/New_York')).toBe('2026-03-07');
      expect(parseDate(instant, 'End date', 'Asia/Kolkata')).toBe('2026-03-08');
    });
    it.each([
      ['2026-04-01', '2026-04-01'],
      ['4/1/2026', '2026-04-01'],
      ['', null],
    ])('reads text %p as %p', (raw, expected) => expect(parseDate(raw, 'End date', 'UTC')).toBe(expected));
    it.each([
      ['next Tuesday', "End date: 'next Tuesday' is not a date"],
      ['2026-02-30', "End date: '2026-02-30' is not a date"],
      [46000, "End date: '46000' is not a date"],
      [true, "End date: 'true' is not a date"],
      [new Date(Number.NaN), "End date: 'Invalid Date' is not a date"],
    ])('reports %p', (raw, message) => {
      expect(problemOf(parseDate(raw, 'End date', 'UTC'))).toEqual({ code: 'not_a_date', message });
    });
    it('reports a Date it cannot place in an unknown time zone instead of throwing', () => {
      expect(problemOf(parseDate(new Date(0), 'End date', 'Mars/Olympus'))?.code).toBe('not_a_date');
    });
  });

  describe('numbers', () => {
    it.each([
      ['12', false, 12],
      ['1,200', false, 1200],
      ['1,200.50', false, 1200.5],
      ['.5', false, 0.5],
      ['$120', true, 120],
      ['$ 1,200.00', true, 1200],
      ['-$5', true, -5],
      ['$120', false, Number.NaN],
      ['12 units', false, Number.NaN],
      ['1,20', false, Number.NaN],
    ])('numberFromText(%p, money=%p) is %p', (text, isMoney, expected) => {
      expect(numberFromText(text, isMoney)).toBe(expected);
    });
    it.each([
      [20, 20],
      ['20', 20],
      [' 7 ', 7],
      ['12.0', 12],
      [0, 0],
      [-0, 0],
      ['', null],
    ])('parseWhole reads %p as %p', (raw, expected) => expect(parseWhole(raw, 'Units used')).toBe(expected));
    it.each([
      [-3, 'negative_number', "Units used: '-3' is negative; enter 0 or more"],
      ['-3', 'negative_number', "Units used: '-3' is negative; enter 0 or more"],
      [2.5, 'not_whole', "Units used: '2.5' is not a whole number"],
      ['ten', 'not_a_number', "Units used: 'ten' is not a number"],
      ['$120', 'not_a_number', "Units used: '$120' is not a number"],
      [Number.NaN, 'not_a_number', "Units used: 'NaN' is not a number"],
      [Number.POSITIVE_INFINITY, 'not_a_number', "Units used: 'Infinity' is not a number"],
      [true, 'not_a_number', "Units used: 'true' is not a number"],
      [new Date(0), 'not_a_number', "Units used: '1970-01-01T00:00:00.000Z' is not a number"],
    ])('parseWhole reports %p as %s', (raw, code, message) => {
      expect(problemOf(parseWhole(raw, 'Units used'))).toEqual({ code, message });
    });
    it.each([
      [120, 120],
      ['$120', 120],
      ['120.50', 120.5],
      ['$1,200', 1200],
    ])('parseCurrency reads %p as %p', (raw, expected) => expect(parseCurrency(raw, 'Approved rate')).toBe(expected));
    it.each([
      ['-$5', 'negative_number'],
      [-1, 'negative_number'],
      ['about 100', 'not_a_number'],
    ])('parseCurrency reports %p as %s', (raw, code) => expect(problemOf(parseCurrency(raw, 'Approved rate'))?.code).toBe(code));
    it('parseDecimal keeps fractions', () => expect(parseDecimal('12.5', 'Distance (miles)')).toBe(12.5));
  });

  describe('parseList', () => {
    it.each([
      ['Commercial', 'Commercial'],
      ['  medicaid   MANAGED care ', 'Medicaid managed care'],
      ['', ''],
    ])('reads %p as %p', (raw, expected) => expect(parseList(raw, 'Plan type', PLAN_TYPES)).toBe(expected));
    it('names the allowed values when few', () => {
      expect(problemOf(parseList('Comercial', 'Plan type', PLAN_TYPES))).toEqual({
        code: 'not_in_list',
        message: "Plan type: 'Comercial' is not one of Commercial, Self-funded, Medicaid managed care, Medicare Advantage, Marketplace, Other",
      });
    });
    it('names the first few allowed values when many', () => {
      expect(problemOf(parseList('Pending', 'Status', STATUSES))?.message).toBe(
        "Status: 'Pending' is not one of Identified, Assembling packet, Submitted, In negotiation, Approved (verbal), … (see the dropdown)",
      );
    });
    it('reports a number', () => expect(problemOf(parseList(3, 'Plan type', PLAN_TYPES))?.code).toBe('not_in_list'));
    it('describeAllowed lists up to six values', () => expect(describeAllowed(['a', 'b'])).toBe('a, b'));
  });

  describe('parseEmail', () => {
    it.each([
      [' Jo.Smith@Clinic.org ', 'jo.smith@clinic.org'],
      ['', ''],
    ])('reads %p as %p', (raw, expected) => expect(parseEmail(raw, 'Owner')).toBe(expected));
    it.each([['jo'], ['jo@clinic'], ['Jo Smith'], [42], ['a@b.c']])('reports %p as not_an_email', (raw) => {
      expect(problemOf(parseEmail(raw, 'Owner'))?.code).toBe('not_an_email');
    });
    it('quotes the bad text', () => expect(problemOf(parseEmail('jo', 'Owner'))?.message).toBe("Owner: 'jo' is not an email address"));
  });

  describe('parseUrl', () => {
    it('reads a link', () => expect(parseUrl(' https://files.example/x ', 'Agreement link')).toBe('https://files.example/x'));
    it('reports text that is not a link', () => expect(problemOf(parseUrl('drive folder', 'Agreement link'))?.code).toBe('not_a_link'));
  });

  describe('parseCheckbox', () => {
    it.each([
      [true, true],
      [false, false],
      ['TRUE', true],
      ['false', false],
      ['', false],
      [null, false],
    ])('reads %p as %p', (raw, expected) => expect(parseCheckbox(raw, 'Packet: Credentials')).toBe(expected));
    it.each([['yes'], ['x'], [1], [0]])('reports %p as not_a_checkbox', (raw) => {
      expect(problemOf(parseCheckbox(raw, 'Packet: Credentials'))?.code).toBe('not_a_checkbox');
    });
  });

  describe('parseCodes', () => {
    it.each([
      ['90837, 90834', ['90837', '90834']],
      ['90837 90834;97153', ['90837', '90834', '97153']],
      ['h2019, H2019', ['H2019']],
      ['0362T', ['0362T']],
      [90837, ['90837']],
      ['', []],
    ])('reads %p as %p', (raw, expected) => expect(parseCodes(raw, 'Approved codes')).toEqual(expected));
    it.each([
      ['9083', "Approved codes: '9083' is not a CPT or HCPCS code (5 digits like 90837, or a letter and 4 digits like H2019)"],
      ['90837, therapy, 1234', "Approved codes: 'therapy', '1234' are not CPT or HCPCS codes (5 digits like 90837, or a letter and 4 digits like H2019)"],
    ])('reports %p', (raw, message) => expect(problemOf(parseCodes(raw, 'Approved codes'))).toEqual({ code: 'bad_code', message }));
    it.each([[90837.5], [true]])('reports the non-text cell %p', (raw) => {
      expect(problemOf(parseCodes(raw, 'Approved codes'))?.code).toBe('bad_code');
    });
  });

  describe('quote', () => {
    it('shortens long text', () => expect(quote('x'.repeat(100))).toHaveLength(42));
  });
});
