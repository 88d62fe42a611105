/**
 * The functions the sidebar may call through google.script.run, with JSON-safe argument and result types.
 * Type-only: the sidebar imports it for `serverCall` typing and its bundle pulls in no server code.
 * The server side (src/public.ts) must export a function of the same name and shape for each member.
 * Every function answers `{ ok: false, reason, message, fields, changed }` (RefusalDto) when it refuses.
 */
import type { CaseSearchResultDto } from './case-search';
import type { CaseStateDto, RequestLetterDto } from './case-state';
import type {
  AcknowledgeAlertPayload,
  AddInNetworkAttemptPayload,
  ChangeStatusPayload,
  CreateCasePayload,
  LogContactPayload,
  SaveWrittenTermsPayload,
  SearchCasesPayload,
  SetNextFollowUpPayload,
  SetPacketItemPayload,
  StartRenewalPayload,
  SubmitCasePayload,
} from './payloads';
import type { RefusalDto } from './refusal';
import type { SelectionKeyDto } from './sidebar-boot';
import type { SidebarStateDto } from './sidebar-state';
import type { LogVisitPayload, LogVisitResult, SaveTermsPayload, SaveTermsResult, TermsLinesResult } from './visits';

export interface ServerFunctions {
  /** Cheap (≤ 5 spreadsheet calls): what is selected now; poll it while the sidebar is visible. */
  getSelectionKey: () => SelectionKeyDto;
  /** One case by Case ID: its row and its log rows, computed live. */
  getCaseState: (caseId: string) => CaseStateResultDto;
  /** The case picker: cases whose Case ID, payer or owner contains the text, optionally of one status. */
  searchCases: (query: SearchCasesPayload) => SearchCasesResultDto;
  /** Selects the case's row on the Cases sheet (after picking it), so following the selection stays on it. */
  selectCase: (caseId: string) => SelectCaseResultDto;
  /** The request letter drafted from the case, with what is still missing. */
  getRequestLetter: (caseId: string) => RequestLetterResultDto;
  setPacketItem: (payload: SetPacketItemPayload) => CaseStateResultDto;
  addInNetworkAttempt: (payload: AddInNetworkAttemptPayload) => CaseStateResultDto;
  submitCase: (payload: SubmitCasePayload) => CaseStateResultDto;
  logContact: (payload: LogContactPayload) => CaseStateResultDto;
  setNextFollowUp: (payload: SetNextFollowUpPayload) => CaseStateResultDto;
  saveWrittenTerms: (payload: SaveWrittenTermsPayload) => CaseStateResultDto;
  changeStatus: (payload: ChangeStatusPayload) => CaseStateResultDto;
  /** Creates the renewal case and answers with the NEW case's state. */
  startRenewal: (payload: StartRenewalPayload) => CaseStateResultDto;
  acknowledgeAlert: (payload: AcknowledgeAlertPayload) => CaseStateResultDto;
  /** The New case form: answers with the new case's state. */
  createCase: (payload: CreateCasePayload) => CaseStateResultDto;
  /** The case on the active row of the Cases sheet, or a hint when the selection is not a case. */
  getSidebarState: () => SidebarStateDto;
  /** Logs one visit on Visits and checks it against the case's terms (a refused visit is logged too). */
  logVisit: (payload: LogVisitPayload) => LogVisitResult;
  /** The case's Terms lines and the basis to save them from. */
  getTermsLines: (caseId: string) => TermsLinesResult;
  /** Replaces the case's Terms lines (refused when they changed since `basis`). */
  saveTermsLines: (payload: SaveTermsPayload) => SaveTermsResult;
}

export type ServerFunctionName = keyof ServerFunctions;

/** A case read or saved: its fresh state (new `basedOn`), and a short confirmation for a save. */
export type CaseStateResultDto = { readonly ok: true; readonly state: CaseStateDto; readonly message: string } | RefusalDto;

export type RequestLetterResultDto = { readonly ok: true; readonly letter: RequestLetterDto } | RefusalDto;

export type SearchCasesResultDto = CaseSearchResultDto | RefusalDto;

export type SelectCaseResultDto = { readonly ok: true } | RefusalDto;
