import { CONTACT_DIRECTIONS } from '../../domain/contacts-sheet';
import { CHANNELS, CONTACT_TYPES, DENIAL_REASONS, PACKET_ITEMS, PLAN_TYPES, SCA_TYPES, STATUSES } from '../../domain/vocabulary';
import type { Settings } from '../../domain/settings';
import type { SelectionKeyDto, SidebarBootDto, SidebarViewDto } from '../../dto/sidebar-boot';
import type { VocabularyDto } from '../../dto/vocabulary';
import { readSheetValues, settingsFrom } from '../../sheets/case-context-reader';
import { readSelectedRow } from '../../sheets/case-row-session';
import { readSelection } from '../../sheets/selection-key';
import { SHEETS } from '../../sheets/sheet-names';
import { activeUserEmail } from '../tracker-services';
import { loadCase, stateOf, type SidebarEnv } from './case-reads';

/** The dropdown lists, the service lines from Settings. */
export function vocabularyOf(settings: Settings): VocabularyDto {
  return {
    statuses: [...STATUSES],
    planTypes: [...PLAN_TYPES],
    serviceLines: [...settings.serviceLines],
    scaTypes: [...SCA_TYPES],
    channels: [...CHANNELS],
    contactTypes: [...CONTACT_TYPES],
    contactDirections: [...CONTACT_DIRECTIONS],
    denialReasons: [...DENIAL_REASONS],
    packetItems: [...PACKET_ITEMS],
  };
}

/** The selection key the sidebar compares its polls with. */
export function selectionKeyOf(selection: { sheetName: string; row: number; caseId: string | null }): SelectionKeyDto {
  return { key: `${selection.sheetName}!${selection.row}!${selection.caseId ?? ''}`, caseId: selection.caseId };
}

function pickerMessage(sheetName: string, row: number): string {
  if (sheetName !== SHEETS.cases) return 'Select a case row on the Cases sheet, or find a case here.';
  if (row < 2) return 'Select a case row (below the header), or find a case here.';
  return `Row ${row} has no case. Find one here, or start a New case.`;
}

/**
 * The sidebar's initial state, read in the execution that opens it: the selected row's case (its row and
 * log rows only), or the picker, or the New case form.
 */
export function sidebarBoot(env: SidebarEnv, start: 'selection' | 'new-case'): SidebarBootDto {
  // The Case ID comes from the selected row itself (read whole, once), not from a separate cell read.
  const active = readSelection(env.spreadsheet, () => undefined);
  const row = active.casesSheet && active.row >= 2 ? readSelectedRow(active.casesSheet, active.row) : null;
  const selection = { ...active, caseId: row && row.caseId !== '' ? row.caseId : null };
  const base = { selection: selectionKeyOf(selection), today: env.today };
  if (start === 'selection' && row && selection.caseId !== null) {
    const loaded = loadCase(env, selection.caseId, { kind: 'selected', row });
    if (loaded.ok) {
      const state = stateOf(env, loaded.loaded);
      if (state.ok) return { ...base, vocabulary: vocabularyOf(loaded.loaded.context.settings), view: { kind: 'case', state: state.state } };
    } else if (loaded.reason !== 'case-not-found') {
      return { ...base, vocabulary: vocabularyOf(settingsFrom(readSheetValues(env.spreadsheet, SHEETS.settings))), view: { kind: 'error', reason: loaded.reason, message: loaded.message } };
    }
  }
  const vocabulary = vocabularyOf(settingsFrom(readSheetValues(env.spreadsheet, SHEETS.settings)));
  const view: SidebarViewDto =
    start === 'new-case'
      ? { kind: 'new-case', defaults: { owner: activeUserEmail() } }
      : !env.spreadsheet.getSheetByName(SHEETS.cases)
        ? { kind: 'error', reason: 'tracker-not-set-up', message: 'The tracker is not set up yet: run Extensions ▸ SCA Tracker ▸ Set up or repair tracker.' }
        : { kind: 'picker', message: pickerMessage(selection.sheetName, selection.row) };
  return { ...base, vocabulary, view };
}
