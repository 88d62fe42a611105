/**
 * The Cases columns an import may fill: every column of the data contract but the add-on's own
 * (Case ID is issued, Flags and Problems are written by the add-on). A source column mapped to none of
 * them lands in Notes.
 */
import { CASE_COLUMNS, type CaseField, type ColumnKind } from '../case-columns';

/** A Cases field an imported column can land in. */
export type ImportField = Exclude<CaseField, 'caseId' | 'flags' | 'problems'>;

const ADD_ON: ReadonlySet<CaseField> = new Set<CaseField>(['caseId', 'flags', 'problems']);

/** The import targets, in the order of the Cases sheet. */
export const IMPORT_FIELDS: readonly ImportField[] = CASE_COLUMNS.filter((c) => !ADD_ON.has(c.field)).map((c) => c.field as ImportField);

const BY_FIELD = new Map(CASE_COLUMNS.map((c) => [c.field, c]));

/** True when `value` names an import target. */
export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** The header a clinic sees for a field. @example headerOf('endDate') // 'End date' */
export function headerOf(field: ImportField): string {
  return BY_FIELD.get(field)?.header ?? field;
}

/** The kind of value a field holds ('status' is a list, read through the status synonyms). */
export function kindOf(field: ImportField): ColumnKind {
  return BY_FIELD.get(field)?.kind ?? 'text';
}

/** The fixed list of a list column (Service line comes from Settings: pass it). */
export function listOf(field: ImportField, serviceLines: readonly string[]): readonly string[] {
  return field === 'serviceLine' ? serviceLines : (BY_FIELD.get(field)?.values ?? []);
}
