/**
 * The sidebar's initial state, served inside Sidebar.html as escaped JSON in
 * `<script type="application/json" id="initial-state">` (opening is one execution). JSON-safe.
 */
import type { CaseStateDto } from './case-state';
import type { RefusalReason } from './refusal';
import type { VocabularyDto } from './vocabulary';

/** What the selection is: the UI polls getSelectionKey() and reloads when `key` changes. */
export interface SelectionKeyDto {
  /** Sheet name + row + Case ID cell; changes whenever the selected case may have changed. */
  readonly key: string;
  /** The Case ID on the selected Cases row, or null when the selection is not a case. */
  readonly caseId: string | null;
}

/** Defaults of the New case form. */
export interface NewCaseDefaultsDto {
  /** The current user's email ('' when Apps Script does not reveal it). */
  readonly owner: string;
}

/** Which view the sidebar opens on. */
export type SidebarViewDto =
  | { readonly kind: 'case'; readonly state: CaseStateDto }
  | { readonly kind: 'picker'; readonly message: string }
  | { readonly kind: 'new-case'; readonly defaults: NewCaseDefaultsDto }
  | { readonly kind: 'error'; readonly reason: RefusalReason; readonly message: string };

export interface SidebarBootDto {
  readonly selection: SelectionKeyDto;
  readonly vocabulary: VocabularyDto;
  /** Today in the spreadsheet's zone. */
  readonly today: string;
  readonly view: SidebarViewDto;
}

/** The id of the JSON script element that carries the SidebarBootDto. */
export const INITIAL_STATE_ELEMENT_ID = 'initial-state';
