import { mapPlanRows, planImport } from '../../../src/domain/import/import-plan';
import { classifyRow, findHeaderRow } from '../../../src/domain/import/row-shape';
import { privacyFlag } from '../../../src/domain/import/privacy';
import { rowFingerprints } from '../../../src/domain/import/source-fingerprint';
import { sniffColumn } from '../../../src/domain/import/value-sniffing';
import { readListValue } from '../../../src/domain/import/list-values';
import { cellText } from '../../../src/domain/import/cell-text';
import { convertCell, type ConvertContext } from '../../../src/domain/import/convert-cell';
import { mapSourceRow, noteOf } from '../../../src/domain/import/map-row';
import { isImportField, listOf } from '../../../src/domain/import/import-fields';

const options = { timeZone: 'UTC', serviceLines: ['ABA', 'Psychotherapy'], today: '2026-03-09' };
const ctx: ConvertContext = { timeZone: 'UTC', dateOrder: 'MDY', serviceLines: options.serviceLines };

describe('import plan', () => {
  describe('findHeaderRow', () => {
    it.each<[string, unknown[][], number]>([
      ['headers on the first row', [['Patient', 'Payer'], ['AB', 'Aetna']], 0],
      ['a title row above', [['Clinic SCA log 2026'], ['Client', 'Insurance', 'Auth #'], ['AB', 'Aetna', 'PA-1']], 1],
      ['two title rows above', [['Clinic'], [''], ['Pt', 'Carrier', 'End'], ['AB', 'Aetna', '3/7/26']], 2],
      ['no text at all', [[1, 2], [3, 4]], 0],
    ])('finds %s', (_label, rows, index) => expect(findHeaderRow(rows)).toBe(index));
  });

  describe('classifyRow', () => {
    it.each<[unknown[], string]>([
      [['', ' ', null], 'blank'],
      [['Total', '', 42], 'total'],
      [['', 'Grand total:', 42], 'total'],
      [['Totalcare Inc', 'Aetna'], 'data'],
      [[42, 'Total'], 'data'],
    ])('%j is %s', (row, kind) => expect(classifyRow(row)).toBe(kind));
  });

  describe('privacyFlag', () => {
    it.each<[string, unknown[], boolean, string | null]>([
      ['Patient', ['Jane Doe', 'Amir Khan', "Mary-Kate O'Neil"], false, 'full-name'],
      ['Client name', ['Doe, Jane', 'Khan, Amir'], false, 'full-name'],
      ['Patient', ['J.D.', 'A.K.'], false, null],
      ['Insurance', ['Blue Cross', 'Blue Shield'], false, null],
      ['DOB', ['1/2/2015'], false, 'date-of-birth'],
      ['Born', [], false, 'date-of-birth'],
      ['Misc', ['1/2/2015', '4/5/2012'], false, 'date-of-birth'],
      ['Start', ['1/2/2015', '4/5/2012'], true, null],
      ['Misc', ['3/1/2026'], false, null],
    ])('%s %j → %s', (header, values, mappedToDate, flag) => expect(privacyFlag(header, values, '2026-03-09', 'UTC', mappedToDate)).toBe(flag));
  });

  describe('sniffColumn', () => {
    it.each<[unknown[], string]>([
      [['', null], 'blank'],
      [['yes', 'no', true], 'yes/no'],
      [['3/7/26', 'Mar 8 2026', new Date(0)], 'date'],
      [['a@x.example', 'b@y.example'], 'email'],
      [['90837', 97153, 'H2019, 90834'], 'codes'],
      [['$120', '$95.50'], 'money'],
      [[12, '1,200', '3'], 'whole number'],
      [[1.5, '2.25'], 'number'],
      [['Aetna', 'Cigna'], 'text'],
    ])('%j looks like %s', (values, kind) => expect(sniffColumn(values, 'UTC', 'MDY')).toBe(kind));
  });

  describe('readListValue', () => {
    it.each([
      ['commercial', ['Commercial', 'Other'], 'Commercial'],
      ['Medicaid', ['Commercial', 'Medicaid managed care'], 'Medicaid managed care'],
      ['OT', ['Occupational therapy'], 'Occupational therapy'],
      ['faxed', ['Portal', 'Fax'], 'Fax'],
      ['Speech', ['Speech therapy'], 'Speech therapy'],
      ['', ['Other'], null],
      ['Gold plan', ['Commercial'], null],
    ])('%j → %j', (text, values, expected) => expect(readListValue(text, values)).toBe(expected));
  });

  describe('cellText', () => {
    it.each<[unknown, string]>([
      [null, ''],
      [' a ', 'a'],
      [12.5, '12.5'],
      [true, 'TRUE'],
      [false, 'FALSE'],
      [new Date('2026-03-07T12:00:00Z'), '2026-03-07'],
      [{ toString: () => 'obj' }, 'obj'],
    ])('%j → %j', (raw, text) => expect(cellText(raw, 'UTC')).toBe(text));
  });

  describe('convertCell', () => {
    it.each<[unknown, Parameters<typeof convertCell>[1], unknown]>([
      ['$1,200', 'requestedRate', 1200],
      ['12', 'unitsRequested', 12],
      ['A@Clinic.example', 'owner', 'a@clinic.example'],
      ['https://drive.example/x', 'agreementLink', 'https://drive.example/x'],
      ['97153 H2019', 'approvedCodes', ['97153', 'H2019']],
      ['yes', 'packet:Credentials', true],
      ['no', 'packet:Credentials', false],
      [true, 'packet:Credentials', true],
      ['psychotherapy', 'serviceLine', 'Psychotherapy'],
      ['Fax', 'submittedVia', 'Fax'],
      ['3/7/26', 'endDate', '2026-03-07'],
      [90837, 'patient', '90837'],
    ])('%j as %s → %j', (raw, field, value) => expect(convertCell(raw, field, 'H', ctx)).toEqual({ ok: true, value }));

    it.each<[unknown, Parameters<typeof convertCell>[1], RegExp]>([
      ['#REF!', 'payer', /formula error/],
      ['maybe', 'status', /not a status/],
      ['-3', 'unitsUsed', /negative/],
      ['2.5', 'unitsUsed', /whole/],
      ['Dana', 'owner', /email/],
      ['drive', 'agreementLink', /link/],
      ['99', 'approvedCodes', /CPT/],
      ['perhaps', 'packet:Credentials', /yes or no/],
      ['Dance', 'serviceLine', /service lines/],
      ['Carrier pigeon', 'submittedVia', /values/],
      ['soon', 'endDate', /cannot be read/],
    ])('%j as %s is a problem', (raw, field, problem) => {
      const result = convertCell(raw, field, 'H', ctx);
      expect(result.ok ? '' : result.problem).toMatch(problem);
    });
  });

  describe('mapSourceRow', () => {
    const col = (index: number, header: string, target: Parameters<typeof convertCell>[1] | null) => ({ index, header, target, convert: ctx });

    it('keeps unmapped values, misfits, a second column for a taken field and a non-canonical status word in Notes', () => {
      const row = mapSourceRow(
        ['auth rec\'d', '3/5/26', 'x', '-2', 'Aetna', 'Cigna', 'Own note', 'Denied? no'],
        [col(0, 'Status', 'status'), col(1, 'Letter', 'writtenConfirmationOn'), col(2, 'Misc', null), col(3, 'Used', 'unitsUsed'), col(4, 'Ins', 'payer'), col(5, 'Ins 2', 'payer'), col(6, 'Notes', 'notes'), col(7, '', null)],
      );
      expect(row.values).toEqual({ status: 'Approved (written)', writtenConfirmationOn: '2026-03-05', payer: 'Aetna' });
      expect(row.notes).toBe("Status: auth rec'd; Misc: x; Used: -2; Ins 2: Cigna; Own note; Denied? no");
      expect(row.problems).toEqual([{ column: 3, field: 'unitsUsed', message: "Used: '-2' is negative; enter 0 or more" }]);
    });

    it('takes the denial reason from the status words unless a Denial reason column has one', () => {
      expect(mapSourceRow(['Denied - in network'], [col(0, 'Status', 'status')]).values).toEqual({ status: 'Denied', denialReason: 'In-network provider available' });
      expect(mapSourceRow(['Denied - in network', 'Other'], [col(0, 'Status', 'status'), col(1, 'Why', 'denialReason')]).values.denialReason).toBe('Other');
      expect(noteOf(' ', 'v')).toBe('v');
    });
  });

  describe('rowFingerprints', () => {
    it('is the same for the same values, numbered for repeats, and ignores trailing blanks', () => {
      const [a, b, c, d] = rowFingerprints([['a', 1], ['a', 1, ''], ['a', 2], ['a', 1]], 'UTC');
      expect(b).toBe(`${a}#2`);
      expect(d).toBe(`${a}#3`);
      expect(c).not.toBe(a);
      expect(rowFingerprints([['a', 1]], 'UTC')).toEqual([a]);
    });
  });

  describe('planImport', () => {
    const source = [['SCA log'], ['Pt', 'Insurance', 'End', ''], ['AB', 'Aetna', '3/7/26'], ['', ''], ['CD', 'Cigna', '13/45/26'], ['Total', '', '']];

    it('finds the header row, proposes the mapping, and leaves blank and total rows out', () => {
      const plan = planImport(source, options);
      expect(plan.headerRow).toBe(1);
      expect(plan.columns.map((c) => [c.header, c.target, c.sniffed])).toEqual([
        ['Pt', 'patient', 'text'],
        ['Insurance', 'payer', 'text'],
        ['End', 'endDate', 'text'],
      ]);
      expect(plan.rows.map((r) => r.rowNumber)).toEqual([3, 5]);
      expect([plan.blankRows, plan.totalRows]).toEqual([[4], [6]]);
      const cases = mapPlanRows(plan, 'UTC');
      expect(cases.map((c) => c.mapped.problems.length)).toEqual([0, 1]);
      expect(new Set(cases.map((c) => c.fingerprint)).size).toBe(2);
    });

    it('follows the person: a chosen header row and column choices', () => {
      const plan = planImport(source, { ...options, headerRow: 1, choices: [{ column: 2, target: null }] });
      expect(plan.columns[2]).toMatchObject({ target: null, proposed: 'endDate' });
      const plain = planImport([['', 'Payer', 'End'], ['x', 'Aetna', '3/7/26']], options);
      expect(plain.columns[0]?.header).toBe('Column A');
    });
  });

  describe('import-fields', () => {
    it('offers every contract column but the add-on ones', () => {
      expect(isImportField('payer')).toBe(true);
      expect(isImportField('caseId')).toBe(false);
      expect(listOf('serviceLine', ['ABA'])).toEqual(['ABA']);
      expect(listOf('payer', ['ABA'])).toEqual([]);
    });
  });
});
