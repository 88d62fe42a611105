import { headerOf, IMPORT_FIELDS, kindOf, type ImportField } from '../../domain/import/import-fields';
import type { ImportPlan, PlannedCase } from '../../domain/import/import-plan';
import { PRIVACY_HINTS } from '../../domain/import/privacy';
import type { ImportColumnDto, ImportPreviewDto, ImportTargetDto, PreviewRowDto } from '../../dto/import';

/** Rows shown in the preview: the first ones, then the first rows with problems. */
export const PREVIEW_ROWS = 25;

const TARGETS: readonly ImportTargetDto[] = IMPORT_FIELDS.map((field) => ({ field, header: headerOf(field), kind: kindOf(field) }));

function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '';
  return String(value);
}

/** The preview: columns with their mapping, and the first rows as they would land (fields in source order), problems on their cells. */
export function buildPreview(plan: ImportPlan, cases: readonly PlannedCase[], done: ReadonlySet<string>, sourceLabel: string): ImportPreviewDto {
  // In the source's column order, which is how the person knows their sheet; Denial reason follows Status.
  const fields: ImportField[] = [];
  for (const column of plan.columns) {
    const target = column.target;
    if (target === null || target === 'notes' || fields.includes(target)) continue;
    fields.push(target);
    if (target === 'status' && !plan.columns.some((c) => c.target === 'denialReason')) fields.push('denialReason');
  }
  const shown = [...cases.slice(0, PREVIEW_ROWS), ...cases.filter((c) => c.mapped.problems.length > 0).slice(0, PREVIEW_ROWS)];
  const unique = [...new Map(shown.map((c) => [c.rowNumber, c])).values()].sort((a, b) => a.rowNumber - b.rowNumber);
  const rows = unique.map((c): PreviewRowDto => {
    const problemsOf = (field: ImportField): string | null => {
      const messages = c.mapped.problems.filter((p) => p.field === field).map((p) => p.message);
      return messages.length > 0 ? messages.join('; ') : null;
    };
    const values = c.mapped.values as Record<string, unknown>;
    const cells = fields.map((field) => ({ text: valueText(values[field]), problem: problemsOf(field) }));
    cells.push({ text: c.mapped.notes, problem: null });
    return { sourceRow: c.rowNumber, cells, alreadyImported: done.has(c.fingerprint) };
  });
  const columns = plan.columns.map(
    (c): ImportColumnDto => ({
      index: c.index,
      header: c.header,
      target: c.target,
      proposed: c.proposed,
      reason: c.reason,
      sniffed: c.sniffed,
      samples: c.samples,
      privacy: c.privacy ? { flag: c.privacy, hint: PRIVACY_HINTS[c.privacy] } : null,
    }),
  );
  return {
    ok: true,
    sourceLabel,
    headerRow: plan.headerRow,
    columns,
    targets: TARGETS,
    previewHeaders: [...fields.map(headerOf), 'Notes'],
    rows,
    counts: {
      dataRows: cases.length,
      problemRows: cases.filter((c) => c.mapped.problems.length > 0).length,
      alreadyImported: cases.filter((c) => done.has(c.fingerprint)).length,
      blankRows: plan.blankRows.length,
      totalRows: plan.totalRows.length,
    },
  };
}
