/**
 * One case as the sidebar works on it. JSON-safe: dates are ISO 'YYYY-MM-DD' strings in the spreadsheet's
 * time zone, empty values are null (text: ''), never undefined. Computed live from the row's current values
 * (alerts are not read from the Flags column).
 */
import type { BasedOnDto } from './based-on';
import type { ProcessStepDto, ProcessStepKey } from './case-summary';

/** The row's values the sidebar shows and edits (Member ID stays on the sheet: minimum necessary). */
export interface CaseFieldsDto {
  readonly patient: string;
  readonly payer: string;
  readonly planType: string;
  readonly serviceLine: string;
  readonly scaType: string;
  readonly owner: string;
  readonly status: string;
  readonly nextFollowUp: string | null;
  readonly submittedOn: string | null;
  readonly submittedVia: string;
  readonly payerReference: string;
  readonly decisionOn: string | null;
  readonly denialReason: string;
  readonly scaNumber: string;
  readonly priorAuthNumber: string;
  readonly approvedCodes: readonly string[];
  readonly requestedRate: number | null;
  readonly approvedRate: number | null;
  readonly unitsRequested: number | null;
  readonly unitsApproved: number | null;
  readonly unitsUsed: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly writtenConfirmationOn: string | null;
  readonly agreementLink: string;
  readonly renewalOf: string;
  readonly notes: string;
}

/** Who acknowledged an alert, when, and how long it stays quiet. */
export interface AcknowledgementDto {
  readonly by: string;
  /** ISO date of the acknowledgement. */
  readonly on: string;
  /** Quiet until this date (inclusive); null = no date limit. */
  readonly quietUntil: string | null;
  /** Also comes back as soon as it gets worse (a lower end-date tier, fewer units left, higher severity). */
  readonly untilWorse: boolean;
  readonly note: string;
}

/** An alert computed now from the row (not the Flags column). */
export interface LiveAlertDto {
  readonly kind: string;
  readonly severity: 'urgent' | 'warning' | 'info';
  readonly message: string;
  readonly dueDate: string | null;
  /** The acknowledgement in force, or null. */
  readonly acknowledgement: AcknowledgementDto | null;
  /** True while the acknowledgement keeps it out of the digest. */
  readonly quiet: boolean;
}

/** One thing to do; `field` names the form field that fixes it when there is one. */
export interface TodoItemDto {
  readonly code: string;
  readonly message: string;
  readonly field: string | null;
}

/** What blocks the next transition (`now`), and what later steps will need (`later`, shown collapsed). No duplicates. */
export interface TodoDto {
  /** The status the case works toward next (null when none). */
  readonly towards: string | null;
  readonly now: readonly TodoItemDto[];
  readonly later: readonly TodoItemDto[];
}

/** One packet item: required by the plan?, done (ticked and backed by evidence)?, its document link. */
export interface ChecklistItemDto {
  readonly item: string;
  readonly required: boolean;
  /** Ticked and, for the in-network search, backed by enough logged attempts. */
  readonly done: boolean;
  /** The checkbox on the row. */
  readonly ticked: boolean;
  readonly needs: string;
  /** The document's Drive/Docs link, or null. */
  readonly link: string | null;
}

export interface ChecklistDto {
  readonly items: readonly ChecklistItemDto[];
  /** Required items done; agrees with `items` ("4 of 6"). */
  readonly done: number;
  readonly required: number;
  readonly complete: boolean;
}

export interface InNetworkAttemptDto {
  readonly date: string | null;
  readonly provider: string;
  /** 'Yes', 'No' or '' (not stated). */
  readonly inNetwork: string;
  readonly waitDays: number | null;
  readonly distanceMiles: number | null;
  readonly whyUnsuitable: string;
}

export interface InNetworkSearchDto {
  readonly attempts: readonly InNetworkAttemptDto[];
  /** Attempts that count as evidence (not marked out of network). */
  readonly counted: number;
  /** The plan's minimum. */
  readonly minimum: number;
}

export interface ContactDto {
  readonly date: string | null;
  readonly type: string;
  readonly direction: string;
  readonly representative: string;
  readonly reference: string;
  readonly summary: string;
  readonly offeredRate: number | null;
  readonly offeredUnits: number | null;
  readonly offeredStart: string | null;
  readonly offeredEnd: string | null;
}

/** The payer's plan rule in force for this case. */
export interface PlanDto {
  readonly payer: string;
  /** False when no Plan rules row matches: defaults apply. */
  readonly known: boolean;
  readonly requiredItems: readonly string[];
  readonly minInNetworkAttempts: number;
  readonly channel: string;
  readonly turnaroundDays: number;
}

/** The request letter drafted from the case, with the [Placeholders] still to fill. */
export interface RequestLetterDto {
  readonly text: string;
  readonly missing: readonly string[];
}

export interface CaseStateDto {
  readonly caseId: string;
  /** Send back with every save. */
  readonly basedOn: BasedOnDto;
  /** 1-based row when read; informational only (saves find the case by Case ID). */
  readonly row: number;
  readonly fields: CaseFieldsDto;
  readonly steps: readonly ProcessStepDto[];
  readonly currentStep: ProcessStepKey | null;
  /** Statuses the lifecycle allows from here. */
  readonly allowedStatuses: readonly string[];
  readonly liveAlerts: readonly LiveAlertDto[];
  readonly todo: TodoDto;
  readonly checklist: ChecklistDto;
  readonly inNetworkSearch: InNetworkSearchDto;
  readonly contacts: readonly ContactDto[];
  readonly plan: PlanDto;
  /** Submit form default: the next follow-up from the plan's turnaround, counted from today. */
  readonly suggestedFollowUp: string;
  /** Bad cells and broken rules of the row, one message each. */
  readonly problems: readonly string[];
  readonly requestLetter: RequestLetterDto;
  /** Today in the spreadsheet's zone. */
  readonly today: string;
}
