/**
 * The proposed mapping of source columns to Cases fields: by header (our own header or a synonym, then
 * similar text), confirmed by the values (an 'End' column whose values are not dates is not mapped to
 * End date), and for columns whose header says nothing, by the values alone (emails → Owner, CPT/HCPCS
 * codes → Approved codes). Each field takes at most one column; the best-scoring pairs win.
 */
import { isBlankCell } from '../cell-result';
import { convertCell, type ConvertContext } from './convert-cell';
import { headerSimilarity, normaliseImportHeader } from './header-text';
import { SYNONYM_INDEX } from './header-synonyms';
import { headerOf, type ImportField } from './import-fields';
import type { SniffedKind } from './value-sniffing';

/** Why a column was proposed for a field (shown in the mapping screen). */
export type MappingReason = 'header' | 'synonym' | 'similar' | 'values' | 'none';

/** One source column's proposal. `target` null means Notes. */
export interface ProposedColumn {
  readonly index: number;
  readonly target: ImportField | null;
  readonly reason: MappingReason;
  /** 0…1: how sure the proposal is. */
  readonly score: number;
}

/** What the proposal reads of a column. */
export interface ColumnEvidence {
  readonly index: number;
  readonly header: string;
  /** Non-blank sample values of the data rows. */
  readonly samples: readonly unknown[];
  readonly sniffed: SniffedKind;
  readonly convert: ConvertContext;
}

const THRESHOLD = 0.7;

interface Candidate {
  readonly index: number;
  readonly field: ImportField;
  readonly score: number;
  readonly reason: MappingReason;
}

/** Share of `samples` that convert cleanly to `field` (1 when there are none). */
export function valueFit(evidence: ColumnEvidence, field: ImportField): number {
  const samples = evidence.samples.filter((v) => !isBlankCell(v));
  if (samples.length === 0) return 1;
  const fits = samples.filter((v) => convertCell(v, field, evidence.header, evidence.convert).ok).length;
  return fits / samples.length;
}

function headerCandidates(evidence: ColumnEvidence): Candidate[] {
  const h = normaliseImportHeader(evidence.header);
  if (h === '') return [];
  const exact = SYNONYM_INDEX.get(h);
  if (exact) {
    // Our own header beats a synonym when a source has both ('Payer' and 'Insurance').
    const own = normaliseImportHeader(headerOf(exact)) === h;
    return [{ index: evidence.index, field: exact, score: own ? 1 : 0.95, reason: own ? 'header' : 'synonym' }];
  }
  const best = new Map<ImportField, number>();
  for (const [key, field] of SYNONYM_INDEX) {
    let score = headerSimilarity(h, key) * 0.9;
    if (key.length >= 4 && (h.startsWith(`${key} `) || h.endsWith(` ${key}`))) score = Math.max(score, 0.8);
    if (score > (best.get(field) ?? 0)) best.set(field, score);
  }
  return [...best].filter(([, s]) => s >= THRESHOLD).map(([field, score]) => ({ index: evidence.index, field, score, reason: 'similar' as const }));
}

/**
 * The proposal for every column, in source order.
 * @example proposeMapping([{ index: 0, header: 'Insurance', samples: ['Aetna'], sniffed: 'text', convert }])[0].target // 'payer'
 */
export function proposeMapping(columns: readonly ColumnEvidence[]): ProposedColumn[] {
  const candidates: Candidate[] = [];
  for (const evidence of columns) {
    for (const c of headerCandidates(evidence)) {
      // Values that mostly do not fit the field halve the header's word.
      const score = valueFit(evidence, c.field) < 0.5 ? c.score * 0.5 : c.score;
      candidates.push({ ...c, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const byColumn = new Map<number, Candidate>();
  const taken = new Set<ImportField>();
  for (const c of candidates) {
    if (c.score < THRESHOLD || byColumn.has(c.index) || taken.has(c.field)) continue;
    byColumn.set(c.index, c);
    taken.add(c.field);
  }
  for (const evidence of columns) {
    if (byColumn.has(evidence.index)) continue;
    const field: ImportField | null = evidence.sniffed === 'email' ? 'owner' : evidence.sniffed === 'codes' ? 'approvedCodes' : null;
    if (field && !taken.has(field)) {
      byColumn.set(evidence.index, { index: evidence.index, field, score: 0.75, reason: 'values' });
      taken.add(field);
    }
  }
  return columns.map((evidence) => {
    const c = byColumn.get(evidence.index);
    return c ? { index: c.index, target: c.field, reason: c.reason, score: c.score } : { index: evidence.index, target: null, reason: 'none', score: 0 };
  });
}
