import type { Acknowledgement } from '../domain/acknowledgement';
import { mapAcknowledgementsHeaders, parseAcknowledgementRow } from '../domain/acknowledgements-sheet';
import { SIDEBAR_SHEETS } from './sheet-names';
import { wholeSheetValues } from './sheet-values';

/** Every acknowledgement on the `Acknowledgements` sheet, in one batched read; [] when the sheet does not exist. */
export function readAcknowledgements(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): Acknowledgement[] {
  const sheet = spreadsheet.getSheetByName(SIDEBAR_SHEETS.acknowledgements);
  if (!sheet) return [];
  const values = wholeSheetValues(sheet);
  const map = mapAcknowledgementsHeaders(values[0] ?? []);
  const acks: Acknowledgement[] = [];
  for (let i = 1; i < values.length; i++) {
    const ack = parseAcknowledgementRow(values[i] ?? [], map, { timeZone, rowNumber: i + 1 });
    if (ack) acks.push(ack);
  }
  return acks;
}
