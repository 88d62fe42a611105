/**
 * Importing three differently shaped clinic trackers through the built bundle: every source value lands in
 * a Cases column or is kept in Notes (checked cell by cell), the source sheet is unchanged, and a second
 * import adds nothing.
 */
import type { ImportPreviewDto, ImportSummaryDto } from '../../../src/dto/import';
import { ABA_TRACKER } from './fixtures/aba-tracker';
import { MESSY_TRACKER } from './fixtures/messy-tracker';
import { PRIOR_AUTH_LOG } from './fixtures/prior-auth-log';
import type { TrackerFixture } from './fixtures/tracker-fixture';
import { dateOf, snapshot, trackerEnvironment, ZONE } from './import-fixture-env';
import { calendarDateOf } from '../../../src/domain/calendar-date';

const FIXTURES: ReadonlyArray<readonly [string, TrackerFixture]> = [
  ['a prior-authorization log', PRIOR_AUTH_LOG],
  ['an ABA authorization tracker', ABA_TRACKER],
  ['a messy tracker (title row, free-text dates, merged status words, blank and total rows)', MESSY_TRACKER],
];

const DATE_HEADERS = new Set(['Start date', 'End date', 'Submitted on', 'Written confirmation on', 'Next follow-up', 'Decision on']);
const NUMBER_HEADERS = new Set(['Units approved', 'Units used', 'Units requested', 'Approved rate', 'Requested rate']);

function text(raw: unknown): string {
  if (raw instanceof Date) return calendarDateOf(raw, ZONE);
  return typeof raw === 'string' ? raw.trim() : String(raw);
}

/** An independent reading of a typed date (V8's Date.parse), compared by calendar fields. */
function typedDate(raw: unknown): string {
  if (raw instanceof Date) return calendarDateOf(raw, ZONE);
  const s = String(raw).trim();
  if (/^\d{4}-\d\d-\d\d$/.test(s)) return s;
  const d = new Date(Date.parse(s));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** True when the Cases cell holds the source value in its column's form. */
function landed(fixture: TrackerFixture, header: string, raw: unknown, cases: unknown): boolean {
  if (header === 'Status') return cases === fixture.statuses[text(raw)];
  if (DATE_HEADERS.has(header)) return dateOf(cases) === typedDate(raw);
  if (NUMBER_HEADERS.has(header)) return cases === Number(text(raw).replace(/[$,]/g, ''));
  if (header === 'Approved codes') return cases === text(raw).split(/[\s,]+/).join(', ');
  if (header === 'Owner') return cases === text(raw).toLowerCase();
  return cases === (fixture.listValues?.[text(raw)] ?? text(raw));
}

describe('import of a clinic tracker (bundle)', () => {
  describe.each(FIXTURES)('%s', (_label, fixture) => {
    it('lands every source value in a column or in Notes, leaves the source identical, and a re-import adds nothing', () => {
      const env = trackerEnvironment(fixture);
      const addOn = env.loadBundle();
      addOn.fireOnOpen();
      env.ui.queueResponse({ button: 'OK' });
      env.ui.queueResponse({ button: 'NO' });
      addOn.clickMenu('Set up or repair tracker');
      expect(env.ui.alerts.map((a) => a.title)).toContain('Import your existing tracker?');
      const before = snapshot(env, fixture.name);
      const source = { kind: 'sheet', name: fixture.name };

      const preview = addOn.scriptRun('previewImport', [{ source }]) as ImportPreviewDto;
      expect(preview.headerRow).toBe(fixture.headerRow);
      const mapped = Object.fromEntries(preview.columns.map((c) => [c.header, c.target === null ? null : (preview.targets.find((t) => t.field === c.target)?.header ?? null)]));
      expect(mapped).toEqual(fixture.lands);

      const summary = addOn.scriptRun('importCases', [{ source }]) as ImportSummaryDto;
      const sourceRows = fixture.rows.map((r, i) => ({ r, n: i + 1 })).filter(({ n }) => n > fixture.headerRow + 1 && !fixture.skippedRows.includes(n));
      const problemRows = new Set(fixture.problems.map((p) => Number(p.split(':')[0])));
      expect(summary).toMatchObject({ ok: true, imported: sourceRows.length, alreadyImported: 0, problemRows: problemRows.size });
      expect(summary.problemCases.map((p) => p.sourceRow)).toEqual([...problemRows].sort((a, b) => a - b));
      expect(snapshot(env, fixture.name)).toBe(before);

      const cases = env.readSheet('Cases');
      const head = (cases[0] ?? []) as string[];
      const col = (h: string): number => head.indexOf(h);
      const imported = cases.slice(1).filter((row) => row[col('Case ID')] !== '');
      expect(imported).toHaveLength(sourceRows.length);
      const headers = (fixture.rows[fixture.headerRow] ?? []) as string[];
      sourceRows.forEach(({ r, n }, k) => {
        const row = imported[k] ?? [];
        const notes = String(row[col('Notes')]);
        expect(row[col('Case ID')]).toMatch(/^SCA-\d{4}$/);
        headers.forEach((header, c) => {
          const raw = r[c];
          if (raw === '' || raw === undefined) return;
          const target = fixture.lands[header] ?? null;
          const cell = `${n}:${header}`;
          if (fixture.problems.includes(cell)) {
            expect({ cell, inNotes: notes.includes(`${header}: ${text(raw)}`), problem: String(row[col('Problems')]).includes(header) }).toEqual({ cell, inNotes: true, problem: true });
          } else if (target === null || target === 'Notes') {
            expect({ cell, notes }).toEqual({ cell, notes: expect.stringContaining(target === 'Notes' ? text(raw) : `${header}: ${text(raw)}`) });
          } else {
            expect({ cell, landed: landed(fixture, target, raw, row[col(target)]) }).toEqual({ cell, landed: true });
          }
        });
      });

      const again = addOn.scriptRun('importCases', [{ source }]) as ImportSummaryDto;
      expect(again).toMatchObject({ ok: true, imported: 0, alreadyImported: sourceRows.length });
      expect(again.message).toMatch(/^Nothing new to import/);
      expect(env.readSheet('Cases').slice(1).filter((row) => row[col('Case ID')] !== '')).toHaveLength(sourceRows.length);
      expect(snapshot(env, fixture.name)).toBe(before);
    });
  });
});
