/**
 * The functions the sidebar may call through google.script.run, with JSON-safe argument and result types.
 * Type-only: the sidebar imports it for `serverCall` typing and its bundle pulls in no server code.
 * The server side (src/public.ts) must export a function of the same name and shape for each member.
 */
import type { SidebarStateDto } from './sidebar-state';
import type { LogVisitPayload, LogVisitResult, SaveTermsPayload, SaveTermsResult, TermsLinesResult } from './visits';

export interface ServerFunctions {
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
