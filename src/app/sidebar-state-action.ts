import type { SidebarStateDto } from '../dto/sidebar-state';
import { toCaseSummaryDto } from './case-summary-dto';
import { serverCall } from './menu-action';
import { readSelectedCase } from './selected-case';
import { withTrackerErrors } from './tracker-errors';

/**
 * google.script.run: the case on the active row for the sidebar. Takes no arguments, so nothing comes in
 * to validate; a future argument must be parsed with zod/mini here, at the boundary.
 */
export function getSidebarState(): SidebarStateDto {
  return serverCall(() =>
    withTrackerErrors((): SidebarStateDto => {
      const selected = readSelectedCase();
      switch (selected.kind) {
        case 'case':
          return { ok: true, case: toCaseSummaryDto(selected.overview), message: '' };
        case 'hint':
          return { ok: true, case: null, message: selected.message };
        case 'failure':
          return { ok: false, reason: selected.reason, message: selected.message };
      }
    }),
  );
}
