/** The import's entry points through the built bundle: menu, set-up offer, the dialog's server calls, refusals, History, scale. */
import type { ImportPreviewDto, ImportRefusalDto, ImportSourcesDto, ImportSummaryDto } from '../../../src/dto/import';
import { spreadsheetCalls } from '../../../bench/bundle-workbook';
import { createEnvironment } from '../../../dev/emulator';
import type { Environment } from '../../../dev/emulator/api';
import { ZONE } from './import-fixture-env';

function setUp(rows?: unknown[][], sheet = 'Sheet1'): { env: Environment; addOn: ReturnType<Environment['loadBundle']> } {
  const env = createEnvironment({ now: '2026-03-09T14:00:00Z', timeZone: ZONE });
  const addOn = env.loadBundle();
  addOn.fireOnOpen();
  addOn.clickMenu('Set up or repair tracker');
  if (rows) {
    const target = env.spreadsheet.getSheetByName(sheet) ?? env.spreadsheet.insertSheet(sheet);
    const width = Math.max(...rows.map((r) => r.length));
    if (rows.length > target.getMaxRows()) target.insertRowsAfter(target.getMaxRows(), rows.length - target.getMaxRows());
    target.getRange(1, 1, rows.length, width).setValues(rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')));
  }
  return { env, addOn };
}

const HEADERS = ['Patient', 'Insurance', 'Auth #', 'End', 'Visits used', 'Status'];
const sheetSource = (name = 'Sheet1') => ({ source: { kind: 'sheet', name } });

function manyRows(n: number): unknown[][] {
  return [HEADERS, ...Array.from({ length: n }, (_, i) => [`P${i}`, i % 2 ? 'Aetna' : 'Cigna', `PA-${i}`, `3/${1 + (i % 28)}/26`, i % 7 === 0 ? -1 : i % 20, i % 3 ? 'pending' : 'approved verbally'])];
}

describe('import (bundle)', () => {
  describe('menu and set-up offer', () => {
    it('opens the import dialog from the menu, as a modal dialog wide enough for the preview', () => {
      const { env, addOn } = setUp();
      addOn.clickMenu('Import existing tracker…');
      expect(env.ui.dialogs).toEqual([{ title: 'Import existing tracker', html: expect.stringContaining('<div id="app">'), modal: true, width: 1000, height: 660 }]);
    });

    it('offers the import after set-up when another sheet holds data, and opens the dialog on Yes', () => {
      const env = createEnvironment({ now: '2026-03-09T14:00:00Z', timeZone: ZONE });
      env.writeSheet('Sheet1', 'A1', manyRows(3) as never);
      const addOn = env.loadBundle();
      addOn.fireOnOpen();
      env.ui.queueResponse({ button: 'OK' });
      env.ui.queueResponse({ button: 'YES' });
      addOn.clickMenu('Set up or repair tracker');
      expect(env.ui.alerts.map((a) => a.title)).toEqual(['Set up or repair tracker', 'Import your existing tracker?']);
      expect(env.ui.alerts[1]?.prompt).toContain('“Sheet1” has 3 rows');
      expect(env.ui.dialogs.map((d) => d.title)).toEqual(['Import existing tracker']);
    });

    it('does not offer it when no other sheet holds data, nor once something was imported', () => {
      const { env, addOn } = setUp();
      const seen = env.ui.alerts.length;
      addOn.clickMenu('Set up or repair tracker');
      expect(env.ui.alerts.slice(seen).map((a) => a.title)).toEqual(['Set up or repair tracker']);
      const withData = setUp(manyRows(2));
      withData.addOn.scriptRun('importCases', [sheetSource()]);
      const before = withData.env.ui.alerts.length;
      withData.addOn.clickMenu('Set up or repair tracker');
      expect(withData.env.ui.alerts.slice(before).map((a) => a.title)).toEqual(['Set up or repair tracker']);
    });
  });

  describe('getImportSources', () => {
    it("lists the sheets that could be imported, never the tracker's own, and suggests the fullest", () => {
      const { addOn, env } = setUp(manyRows(5), 'Old tracker');
      env.writeSheet('Sheet1', 'A1', [['a'], ['b']]);
      const sources = addOn.scriptRun('getImportSources') as ImportSourcesDto;
      expect(sources).toEqual({ ok: true, sheets: [{ name: 'Sheet1', rows: 2, columns: 1 }, { name: 'Old tracker', rows: 6, columns: 6 }], suggested: 'Old tracker' });
    });
  });

  describe('previewImport', () => {
    it('shows the first rows as they would land, each problem on its cell, the problem count and privacy flags, and writes nothing', () => {
      const { env, addOn } = setUp([
        ['Patient name', 'DOB', 'Insurance', 'End', 'Visits used', 'Status'],
        ['Jane Doe', '1/2/2015', 'Aetna', '2/30/2026', -2, 'pending'],
        ['Amir Khan', '4/5/2012', 'Cigna', '3/7/26', 4, 'who knows'],
        ['Lee Park', '6/7/2016', 'Cigna', 'Mar 7 2026', 4, 'approved'],
      ]);
      const before = JSON.stringify(env.saveWorkbook());
      env.calls.reset();
      const preview = addOn.scriptRun('previewImport', [sheetSource()]) as ImportPreviewDto;
      expect(env.calls.get('Range.setValues') + env.calls.get('Range.setValue')).toBe(0);
      expect(JSON.stringify(env.saveWorkbook())).toBe(before);
      expect(preview.previewHeaders).toEqual(['Patient', 'Payer', 'End date', 'Units used', 'Status', 'Denial reason', 'Notes']);
      expect(preview.counts).toEqual({ dataRows: 3, problemRows: 2, alreadyImported: 0, blankRows: 0, totalRows: 0 });
      const [first, second] = preview.rows;
      expect(first?.cells[2]).toEqual({ text: '', problem: "End: '2/30/2026' is not a real date (read month/day/year)" });
      expect(first?.cells[3]?.problem).toMatch(/negative/);
      expect(first?.cells[6]?.text).toBe('DOB: 2015-01-02; End: 2/30/2026; Visits used: -2; Status: pending');
      expect(second?.cells[4]).toEqual({ text: '', problem: "Status: 'who knows' is not a status the tracker knows" });
      expect(preview.columns.map((c) => c.privacy?.flag ?? null)).toEqual(['full-name', 'date-of-birth', null, null, null, null]);
      expect(preview.columns[0]?.privacy?.hint).toMatch(/initials or an internal ID/);
    });

    it('follows the person’s choices: a column sent to Notes', () => {
      const { addOn } = setUp(manyRows(1));
      const preview = addOn.scriptRun('previewImport', [{ ...sheetSource(), choices: [{ column: 1, target: null }] }]) as ImportPreviewDto;
      expect(preview.columns[1]).toMatchObject({ header: 'Insurance', target: null, proposed: 'payer' });
      expect(preview.rows[0]?.cells.at(-1)?.text).toContain('Insurance: Cigna');
    });
  });

  describe('refusals', () => {
    it.each<[string, unknown, ImportRefusalDto['reason']]>([
      ['a payload of the wrong shape', { source: { kind: 'sheet' } }, 'invalid-input'],
      ['an unknown field', { ...sheetSource(), choices: [{ column: 0, target: 'caseId' }] }, 'invalid-input'],
      ['a missing sheet', sheetSource('Nope'), 'source-not-found'],
      ["the tracker's own Cases sheet", sheetSource('Cases'), 'source-not-found'],
      ['empty CSV text', { source: { kind: 'csv', rows: [] } }, 'empty-source'],
    ])('refuses %s with a reason', (_label, payload, reason) => {
      const { addOn } = setUp(manyRows(1));
      expect(addOn.scriptRun('importCases', [payload])).toMatchObject({ ok: false, reason, message: expect.any(String) });
    });

    it('refuses when the tracker is not set up, and when another execution holds the tracker', () => {
      const bare = createEnvironment({ now: '2026-03-09T14:00:00Z', timeZone: ZONE });
      bare.writeSheet('Sheet1', 'A1', manyRows(1) as never);
      expect(bare.loadBundle().scriptRun('importCases', [sheetSource()])).toMatchObject({ ok: false, reason: 'tracker-not-set-up' });
      const { env, addOn } = setUp(manyRows(1));
      env.locks.holdElsewhere('document');
      expect(addOn.scriptRun('importCases', [sheetSource()])).toMatchObject({ ok: false, reason: 'busy' });
    });
  });

  describe('importCases', () => {
    it('imports pasted CSV rows as inert text, and the same rows again add nothing', () => {
      const { env, addOn } = setUp();
      const rows = [['Patient', 'Insurance', 'Notes'], ['=HYPERLINK("x")', '+Aetna', '0042'], ['AB', 'Cigna', '']];
      const summary = addOn.scriptRun('importCases', [{ source: { kind: 'csv', rows } }]) as ImportSummaryDto;
      expect(summary).toMatchObject({ ok: true, imported: 2, problemRows: 0, firstCaseId: 'SCA-0001', lastCaseId: 'SCA-0002' });
      const cases = env.readSheet('Cases');
      const head = cases[0] as string[];
      expect([cases[1]?.[head.indexOf('Patient')], cases[1]?.[head.indexOf('Payer')], cases[1]?.[head.indexOf('Notes')]]).toEqual(['=HYPERLINK("x")', '+Aetna', '0042']);
      expect(cases[2]?.[head.indexOf('Status')]).toBe('Identified');
      expect(addOn.scriptRun('importCases', [{ source: { kind: 'csv', rows } }])).toMatchObject({ imported: 0, alreadyImported: 2 });
    });

    it('imports two identical source rows as two cases, and a re-import matches both', () => {
      const { env, addOn } = setUp([HEADERS, ['AB', 'Aetna', 'PA-1', '3/7/26', 1, 'pending'], ['AB', 'Aetna', 'PA-1', '3/7/26', 1, 'pending']]);
      expect(addOn.scriptRun('importCases', [sheetSource()])).toMatchObject({ imported: 2 });
      expect(addOn.scriptRun('importCases', [sheetSource()])).toMatchObject({ imported: 0, alreadyImported: 2 });
      expect(env.readSheet('Import log').slice(1).map((r) => r[1])).toEqual(['SCA-0001', 'SCA-0002']);
      expect(env.spreadsheet.getSheetByName('Import log')?.isSheetHidden()).toBe(true);
      expect(env.spreadsheet.getActiveRange()?.getA1Notation()).toBe('A2');
      expect(env.spreadsheet.getActiveSheet().getName()).toBe('Cases');
    });

    it('writes the problems in Problems, and only counts to History', () => {
      const { env, addOn } = setUp([HEADERS, ['Jane Doe', 'Aetna', 'PA-1', '3/7', -1, 'pending'], ['AB', 'Aetna', 'PA-2', '3/7/26', 1, 'pending']]);
      const summary = addOn.scriptRun('importCases', [sheetSource()]) as ImportSummaryDto;
      expect(summary.problemCases).toEqual([{ caseId: 'SCA-0001', sourceRow: 2 }]);
      expect(summary.message).toContain('1 row had problems');
      const cases = env.readSheet('Cases');
      const head = cases[0] as string[];
      expect(cases[1]?.[head.indexOf('Problems')]).toBe("Import: End: '3/7' has no year; Visits used: '-1' is negative; enter 0 or more — the value is kept in Notes.");
      const history = env.readSheet('History').slice(1);
      expect(history).toEqual([[env.now(), 'coordinator@clinic.example', '', 'Import', '', '2 cases imported (1 with problems)', 'menu']]);
    });

    it('remembers each batch once written: an import cut short adds only the rest when run again', () => {
      const { env, addOn } = setUp(manyRows(2_500));
      const cases = env.spreadsheet.getSheetByName('Cases') as GoogleAppsScript.Spreadsheet.Sheet;
      const realGetRange = cases.getRange.bind(cases);
      let bigWrites = 0;
      // The third 1,000-row batch fails, as an execution stopped by the 6-minute limit would.
      (cases as unknown as { getRange: unknown }).getRange = (...args: unknown[]) => {
        if (args[2] === 500 && (bigWrites += 1) === 1) throw new Error('Exceeded maximum execution time');
        return (realGetRange as (...a: unknown[]) => GoogleAppsScript.Spreadsheet.Range)(...args);
      };
      expect(() => addOn.scriptRun('importCases', [sheetSource()])).toThrow('Exceeded maximum execution time');
      expect(env.readSheet('Import log').slice(1)).toHaveLength(2_000);
      const again = addOn.scriptRun('importCases', [sheetSource()]) as ImportSummaryDto;
      expect(again).toMatchObject({ imported: 500, alreadyImported: 2_000 });
      expect(env.readSheet('Cases').filter((r) => String(r[0]).startsWith('SCA-'))).toHaveLength(2_500);
    });

    it('imports 5,000 rows in one execution, in batches, with progress, and with spreadsheet calls that do not follow the rows', () => {
      const calls = [1_000, 5_000].map((n) => {
        const { env, addOn } = setUp(manyRows(n));
        env.calls.reset();
        const summary = addOn.scriptRun('importCases', [sheetSource()]) as ImportSummaryDto;
        expect(summary).toMatchObject({ ok: true, imported: n });
        expect(env.ui.toasts.map((t) => t.message).at(-1)).toBe(`Imported ${n} of ${n} rows…`);
        expect(env.readSheet('Cases').filter((r) => String(r[0]).startsWith('SCA-'))).toHaveLength(n);
        return { total: spreadsheetCalls(env), toasts: env.ui.toasts.length };
      });
      expect(calls.map((c) => c.toasts)).toEqual([1, 5]);
      // Four more batches cost five calls each (getRange + setValues for Cases and for the Import log, a
      // progress toast); nothing else grows with the rows.
      expect(calls[1]!.total - calls[0]!.total).toBe(4 * 5);
    });
  });
});
