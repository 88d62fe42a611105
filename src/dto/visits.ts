/** JSON-safe shapes of the visit and terms server functions (dates as 'YYYY-MM-DD'). */

/** Why a call changed nothing; the sidebar branches on this code, never on the message. */
export type VisitsRefusalReason = 'invalid-input' | 'case-not-found' | 'duplicate-case-id' | 'tracker-not-set-up' | 'busy' | 'terms-changed';

/** A refusal: nothing was written. */
export interface VisitsRefusal {
  readonly ok: false;
  readonly reason: VisitsRefusalReason;
  readonly message: string;
}

/** logVisit's argument. */
export interface LogVisitPayload {
  readonly caseId: string;
  readonly dateOfService: string;
  readonly code: string;
  readonly units: number;
  readonly note?: string;
}

/**
 * logVisit's answer: the visit was written on Visits and checked. A refused visit is still logged (kept and
 * visible, never deleted): `result` says how it was checked, `reason` why.
 */
export type LogVisitResult =
  | {
      readonly ok: true;
      readonly caseId: string;
      readonly rowNumber: number;
      readonly result: 'ok' | 'warning' | 'refused';
      readonly reason: string;
      /** The case's Units used after this visit (accepted visits). */
      readonly unitsUsed: number;
    }
  | VisitsRefusal;

/** One line of the written terms as the sidebar edits it. */
export interface TermsLineDto {
  readonly code: string;
  readonly modifier: string;
  readonly units: number;
  readonly per: 'total' | 'week' | 'month';
  readonly rate: number | null;
  readonly start: string;
  readonly end: string;
  readonly note: string;
}

/** getTermsLines' answer: the case's lines and the basis to send back with saveTermsLines. */
export type TermsLinesResult = { readonly ok: true; readonly caseId: string; readonly lines: readonly TermsLineDto[]; readonly basis: string } | VisitsRefusal;

/** saveTermsLines' argument: all lines of the case (they replace its rows on Terms), and the basis they were edited from. */
export interface SaveTermsPayload {
  readonly caseId: string;
  readonly basis: string;
  readonly lines: readonly Partial<TermsLineDto>[];
}

/** saveTermsLines' answer: the saved lines (as getTermsLines gives them). */
export type SaveTermsResult = TermsLinesResult;
