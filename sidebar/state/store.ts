/**
 * The sidebar's state: which view it shows (a case, the picker, the New case form, an error), a notice
 * line (what a save did, what changed under it), and a selection waiting for "switch?" while a form is dirty.
 * Plain hooks: a reducer is all the sidebar needs (measured: @preact/signals would add ~4 KB).
 */
import type { CaseStateDto } from '../../src/dto/case-state';
import type { NewCaseDefaultsDto, SelectionKeyDto } from '../../src/dto/sidebar-boot';

export type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'case'; readonly state: CaseStateDto }
  | { readonly kind: 'picker'; readonly message: string }
  | { readonly kind: 'new-case'; readonly defaults: NewCaseDefaultsDto }
  | { readonly kind: 'error'; readonly message: string };

export interface Notice {
  readonly tone: 'info' | 'warning';
  readonly text: string;
  /** Lines under the text, e.g. "Status: Identified → Submitted". */
  readonly lines: readonly string[];
}

export interface SidebarState {
  readonly view: View;
  readonly notice: Notice | null;
  /** A newer selection, held back because a form is being typed in. */
  readonly pending: SelectionKeyDto | null;
}

export type Action =
  | { readonly type: 'show'; readonly view: View; readonly notice?: Notice | null }
  | { readonly type: 'case-saved'; readonly state: CaseStateDto; readonly notice: Notice | null }
  | { readonly type: 'notice'; readonly notice: Notice | null }
  | { readonly type: 'pending'; readonly pending: SelectionKeyDto | null };

export function reduce(state: SidebarState, action: Action): SidebarState {
  switch (action.type) {
    case 'show':
      return { view: action.view, notice: action.notice ?? null, pending: null };
    case 'case-saved':
      return { ...state, view: { kind: 'case', state: action.state }, notice: action.notice };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'pending':
      return { ...state, pending: action.pending };
  }
}

export const info = (text: string, lines: readonly string[] = []): Notice => ({ tone: 'info', text, lines });
export const warning = (text: string, lines: readonly string[] = []): Notice => ({ tone: 'warning', text, lines });
