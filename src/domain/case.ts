import type { IsoDate } from './calendar-date';
import type { Channel, DenialReason, PacketItem, PlanType, ScaType, Status } from './vocabulary';

/** One SCA case: a row of the `Cases` sheet, parsed. Empty text is '', empty dates and numbers are null. */
export interface ScaCase {
  readonly caseId: string;
  readonly patient: string;
  readonly memberId: string;
  readonly payer: string;
  readonly planType: PlanType | '';
  readonly serviceLine: string;
  readonly scaType: ScaType | '';
  readonly owner: string;
  readonly status: Status;
  readonly nextFollowUp: IsoDate | null;
  readonly submittedOn: IsoDate | null;
  readonly submittedVia: Channel | '';
  readonly payerReference: string;
  readonly decisionOn: IsoDate | null;
  readonly denialReason: DenialReason | '';
  readonly scaNumber: string;
  readonly priorAuthNumber: string;
  readonly approvedCodes: readonly string[];
  readonly requestedRate: number | null;
  readonly approvedRate: number | null;
  readonly unitsRequested: number | null;
  readonly unitsApproved: number | null;
  readonly unitsUsed: number | null;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly writtenConfirmationOn: IsoDate | null;
  readonly agreementLink: string;
  readonly packet: Readonly<Record<PacketItem, boolean>>;
  readonly flags: string;
  readonly problems: string;
  readonly renewalOf: string;
  readonly notes: string;
}

/** A reason a row or a change is not right: a stable code the UI branches on, and a plain message. */
export interface Problem {
  readonly code: string;
  readonly message: string;
  /** Header of the column at fault, when there is one. */
  readonly column?: string;
}
