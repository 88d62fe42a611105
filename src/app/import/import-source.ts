import type { ImportRefusalDto } from '../../dto/import';
import { readSourceSheet } from '../../sheets/import/import-sources';
import type { ImportRequest } from './import-request';

/** The source's rows and how to name it, or a refusal. */
export type LoadedSource = { ok: true; rows: readonly (readonly unknown[])[]; label: string } | ImportRefusalDto;

/** Reads the source once: a sheet's values (one getValues; the sheet is never written), or the CSV rows as sent. */
export function loadSource(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, source: ImportRequest['source']): LoadedSource {
  if (source.kind === 'csv') {
    if (source.rows.length === 0) return { ok: false, reason: 'empty-source', message: 'The pasted text has no rows.' };
    return { ok: true, rows: source.rows, label: 'pasted CSV' };
  }
  const rows = readSourceSheet(spreadsheet, source.name);
  if (rows === null) return { ok: false, reason: 'source-not-found', message: `There is no sheet named “${source.name}” to import (the tracker's own sheets cannot be imported).` };
  if (rows.length === 0) return { ok: false, reason: 'empty-source', message: `The sheet “${source.name}” is empty.` };
  return { ok: true, rows, label: `“${source.name}”` };
}
