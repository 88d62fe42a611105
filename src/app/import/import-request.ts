import * as z from 'zod/mini';
import '../../domain/zod-setup';
import { IMPORT_FIELDS, type ImportField } from '../../domain/import/import-fields';
import type { ColumnChoice } from '../../domain/import/import-plan';

/** The largest source an import takes in one execution (rows). */
export const MAX_SOURCE_ROWS = 20_000;

const SOURCE = z.union([
  z.object({ kind: z.literal('sheet'), name: z.string().check(z.minLength(1), z.maxLength(100)) }),
  z.object({ kind: z.literal('csv'), rows: z.array(z.array(z.string().check(z.maxLength(50_000))).check(z.maxLength(500))).check(z.maxLength(MAX_SOURCE_ROWS)) }),
]);

const REQUEST = z.object({
  source: SOURCE,
  headerRow: z.optional(z.number().check(z.int(), z.gte(0), z.lte(50))),
  choices: z.optional(
    z.array(z.object({ column: z.number().check(z.int(), z.gte(0), z.lte(500)), target: z.nullable(z.enum(IMPORT_FIELDS as [ImportField, ...ImportField[]])) })).check(z.maxLength(500)),
  ),
});

/** A parsed import request. */
export interface ImportRequest {
  readonly source: { readonly kind: 'sheet'; readonly name: string } | { readonly kind: 'csv'; readonly rows: readonly (readonly string[])[] };
  readonly headerRow?: number;
  readonly choices?: readonly ColumnChoice[];
}

/** The request, or the reason it is refused. */
export function parseImportRequest(payload: unknown): { ok: true; request: ImportRequest } | { ok: false; message: string } {
  const parsed = z.safeParse(REQUEST, payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The import request is not valid${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}.` };
  }
  const { source, headerRow, choices } = parsed.data;
  return { ok: true, request: { source, ...(headerRow === undefined ? {} : { headerRow }), ...(choices === undefined ? {} : { choices }) } };
}
