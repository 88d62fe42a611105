/**
 * What the sidebar sends. Every save names the case by Case ID and carries `basedOn` (from CaseStateDto);
 * dates are ISO 'YYYY-MM-DD'; empty optional values are null. The server validates each payload (zod/mini)
 * and answers a RefusalDto with per-field messages when it is not acceptable.
 */
import type { BasedOnDto } from './based-on';

/** The case a save is about and what the sidebar read. */
export interface CaseRefPayload {
  readonly caseId: string;
  readonly basedOn: BasedOnDto;
}

/** Tick or untick one packet item, and set its document link ('' removes it). Domain guards apply. */
export interface SetPacketItemPayload extends CaseRefPayload {
  readonly item: string;
  readonly done: boolean;
  /** A Google Docs/Drive https link, or '' for none. */
  readonly link: string;
}

/** One in-network provider contacted, appended to the `In-network search` sheet. */
export interface AddInNetworkAttemptPayload extends CaseRefPayload {
  readonly date: string;
  readonly provider: string;
  readonly inNetwork: 'Yes' | 'No';
  readonly waitDays: number | null;
  readonly distanceMiles: number | null;
  readonly whyUnsuitable: string;
}

/** Submit the packet: the Status change goes through the same guards as a sheet edit. */
export interface SubmitCasePayload extends CaseRefPayload {
  readonly submittedOn: string;
  /** One of the channels (Portal, Fax, Email, Phone). */
  readonly submittedVia: string;
  readonly payerReference: string;
  /** null = the default from the plan's turnaround (CaseStateDto.suggestedFollowUp). */
  readonly nextFollowUp: string | null;
}

/** A payer contact, offer or counter-offer, appended to `Contacts`; optionally moves the case and sets the follow-up. */
export interface LogContactPayload extends CaseRefPayload {
  readonly date: string;
  /** One of the contact types (Portal, Fax, Email, Phone, Offer, Counter-offer, Note). */
  readonly type: string;
  /** 'To payer', 'From payer' or ''. */
  readonly direction: string;
  readonly representative: string;
  readonly reference: string;
  readonly offeredRate: number | null;
  readonly offeredUnits: number | null;
  readonly offeredStart: string | null;
  readonly offeredEnd: string | null;
  readonly summary: string;
  /** null leaves Next follow-up as it is. */
  readonly nextFollowUp: string | null;
  /** Move the case too ('In negotiation' or 'Approved (verbal)'), or null to leave the Status. */
  readonly status: string | null;
}

export interface SetNextFollowUpPayload extends CaseRefPayload {
  /** null clears it. */
  readonly nextFollowUp: string | null;
}

/** The written terms; `status` 'Approved (written)' or 'Active' moves the case (refused unless complete). */
export interface SaveWrittenTermsPayload extends CaseRefPayload {
  readonly writtenConfirmationOn: string | null;
  readonly scaNumber: string;
  /** Comma-separated CPT/HCPCS codes, e.g. '90837, 90834'. */
  readonly approvedCodes: string;
  readonly unitsApproved: number | null;
  readonly approvedRate: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly agreementLink: string;
  readonly status: 'Approved (written)' | 'Active' | null;
}

/**
 * Any other status change through the lifecycle's guards: Denied (with `denialReason`), Appealed,
 * Assembling packet (resubmission), In negotiation, Approved (verbal), Closed.
 */
export interface ChangeStatusPayload extends CaseRefPayload {
  readonly to: string;
  /** Required for Denied; '' otherwise. */
  readonly denialReason: string;
  /** Optional: the decision date for Denied / Approved (verbal); null = today. */
  readonly decisionOn: string | null;
}

/** Start a renewal: a new case with `Renewal of` = this case, carrying payer, codes and packet over. */
export type StartRenewalPayload = CaseRefPayload;

/** Acknowledge one current alert of the case. */
export interface AcknowledgeAlertPayload extends CaseRefPayload {
  readonly kind: string;
  /** Quiet until this date (inclusive), or null for no date limit (then `untilWorse` must be true). */
  readonly quietUntil: string | null;
  /** Come back as soon as it gets worse (a lower tier, fewer units). */
  readonly untilWorse: boolean;
  readonly note: string;
}

/** The New case form. */
export interface CreateCasePayload {
  readonly payer: string;
  readonly planType: string;
  readonly serviceLine: string;
  readonly scaType: string;
  /** Staff email; '' = the current user. */
  readonly owner: string;
  /** Internal patient ID or initials only — never a full name. */
  readonly patient: string;
}

/** The case picker's search: free text matched against Case ID, payer and owner; optional status filter. */
export interface SearchCasesPayload {
  readonly text: string;
  /** '' = any status. */
  readonly status: string;
}
