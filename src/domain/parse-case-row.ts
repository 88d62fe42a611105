/** Parsing one row of the `Cases` sheet into a ScaCase plus the problems found on it. */
import type { Problem, ScaCase } from './case';
import type { CaseField } from './case-columns';
import { isBlankCell } from './cell-parsers';
import type { CaseHeaderMap } from './header-map';
import { readRow, type RowContext, type RowReader } from './row-reader';
import {
  CHANNELS,
  DENIAL_REASONS,
  PACKET_ITEMS,
  PLAN_TYPES,
  SCA_TYPES,
  STATUSES,
  type PacketItem,
  type Status,
} from './vocabulary';

/** What parseCaseRow needs besides the cells. */
export interface CaseRowContext extends RowContext {
  /** Allowed Service line values (Settings); the fixed lists come from vocabulary. */
  readonly serviceLines: readonly string[];
}

/** A parsed `Cases` row: blank (skip it) or a case with the problems of its bad cells. */
export type CaseRowResult =
  | { readonly kind: 'blank'; readonly rowNumber: number }
  | { readonly kind: 'case'; readonly rowNumber: number; readonly case: ScaCase; readonly problems: readonly Problem[] };

/** Add-on columns do not make a row non-blank: a left-over flag on an emptied row is not a case. */
const IGNORED_FOR_BLANK: readonly CaseField[] = ['flags', 'problems'];

/** Status used when the cell is blank or unreadable. */
export const FALLBACK_STATUS: Status = 'Identified';

/** Status, or Identified with a problem when blank (missing_status) or unknown (not_in_list). */
function readStatus(r: RowReader<CaseField>, map: CaseHeaderMap): Status {
  const status = r.list('status', STATUSES);
  if (map.columns.status !== undefined && isBlankCell(r.raw('status'))) {
    r.problems.push({
      code: 'missing_status',
      message: `${map.headers.status} is empty; the case is treated as ${FALLBACK_STATUS} until you choose one.`,
      column: map.headers.status,
    });
  }
  return status === '' ? FALLBACK_STATUS : status;
}

/** The seven packet checkboxes. */
function readPacket(r: RowReader<CaseField>): Record<PacketItem, boolean> {
  const packet = {} as Record<PacketItem, boolean>;
  for (const item of PACKET_ITEMS) packet[item] = r.checkbox(`packet:${item}`);
  return packet;
}

/**
 * Parses a `Cases` row. Bad cells become problems and the field's empty value; never throws.
 * A row whose every mapped cell is blank (or an unticked checkbox) is `blank`. An empty Case ID is
 * kept as '' (the adapter assigns one); a blank or unknown Status is a problem and reads as Identified.
 */
export function parseCaseRow(cells: readonly unknown[], map: CaseHeaderMap, ctx: CaseRowContext): CaseRowResult {
  const cellsArray: readonly unknown[] = Array.isArray(cells) ? cells : [];
  const r = readRow(cellsArray, map, ctx.timeZone);
  if (r.isBlank(IGNORED_FOR_BLANK)) return { kind: 'blank', rowNumber: ctx.rowNumber };

  const scaCase: ScaCase = {
    caseId: r.text('caseId'),
    patient: r.text('patient'),
    memberId: r.text('memberId'),
    payer: r.text('payer'),
    planType: r.list('planType', PLAN_TYPES),
    serviceLine: r.list('serviceLine', ctx.serviceLines),
    scaType: r.list('scaType', SCA_TYPES),
    owner: r.email('owner'),
    status: readStatus(r, map),
    nextFollowUp: r.date('nextFollowUp'),
    submittedOn: r.date('submittedOn'),
    submittedVia: r.list('submittedVia', CHANNELS),
    payerReference: r.text('payerReference'),
    decisionOn: r.date('decisionOn'),
    denialReason: r.list('denialReason', DENIAL_REASONS),
    scaNumber: r.text('scaNumber'),
    priorAuthNumber: r.text('priorAuthNumber'),
    approvedCodes: r.codes('approvedCodes'),
    requestedRate: r.currency('requestedRate'),
    approvedRate: r.currency('approvedRate'),
    unitsRequested: r.whole('unitsRequested'),
    unitsApproved: r.whole('unitsApproved'),
    unitsUsed: r.whole('unitsUsed'),
    startDate: r.date('startDate'),
    endDate: r.date('endDate'),
    writtenConfirmationOn: r.date('writtenConfirmationOn'),
    agreementLink: r.url('agreementLink'),
    packet: readPacket(r),
    flags: r.text('flags'),
    problems: r.text('problems'),
    renewalOf: r.text('renewalOf'),
    notes: r.text('notes'),
  };
  return { kind: 'case', rowNumber: ctx.rowNumber, case: scaCase, problems: r.problems };
}
