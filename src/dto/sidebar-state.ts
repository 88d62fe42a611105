import type { CaseSummaryDto } from './case-summary';

/** Why the sidebar cannot show the selection; the sidebar branches on this code, never on the message. */
export type SidebarStateFailure = 'tracker-not-set-up' | 'row-unreadable' | 'duplicate-case-id';

/** What getSidebarState() returns: the selected case (or null with a hint), or a failure with a reason. */
export type SidebarStateDto =
  | { readonly ok: true; readonly case: CaseSummaryDto | null; readonly message: string }
  | { readonly ok: false; readonly reason: SidebarStateFailure; readonly message: string };
