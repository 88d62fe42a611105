import type { Acknowledgement } from '../domain/acknowledgement';
import { caseIdKey } from '../domain/case-id';
import { mapContactsHeaders, parseContactRow, type ContactEntry } from '../domain/contacts-sheet';
import { DEFAULT_SETTINGS } from '../domain/default-settings';
import { mapColumns } from '../domain/header-map';
import { mapInNetworkSearchHeaders, parseInNetworkAttemptRow, type InNetworkAttempt } from '../domain/in-network-search-sheet';
import { mapPacketDocumentsHeaders, parsePacketDocumentRow, type PacketDocument } from '../domain/packet-documents-sheet';
import type { PlanRule } from '../domain/plan-rule';
import { parsePlanRules } from '../domain/plan-rules-sheet';
import type { Settings } from '../domain/settings';
import { parseSettings } from '../domain/settings-sheet';
import { SETTINGS_LAYOUT } from '../domain/tracker-layout';
import { mapAcknowledgementsHeaders, parseAcknowledgementRow } from '../domain/acknowledgements-sheet';
import { SHEETS, SIDEBAR_SHEETS } from './sheet-names';
import { wholeSheetValues } from './sheet-values';

/** A log sheet as read for the context: the sheet (null when missing) and its header row, to append to it later. */
export interface LogSheet {
  readonly name: string;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  readonly header: readonly unknown[];
}

/** Settings and Plan rules, and one case's rows of the log sheets. */
export interface CaseContext {
  /** The log sheets read (In-network search, Contacts, Packet documents; Acknowledgements once read), by name. */
  readonly logSheets: ReadonlyMap<string, LogSheet>;
  readonly settings: Settings;
  readonly planRules: readonly PlanRule[];
  readonly attempts: readonly InNetworkAttempt[];
  readonly contacts: readonly ContactEntry[];
  /** Read on first call: only a case with a current alert needs them. */
  readonly acknowledgements: () => readonly Acknowledgement[];
  readonly documents: readonly PacketDocument[];
}

/** A sheet's values through its last row and column with data (2 calls), or [] when the sheet does not exist. */
export function readSheetValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): unknown[][] {
  return readLogSheet(spreadsheet, name).values;
}

function readLogSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): { log: LogSheet; values: unknown[][] } {
  const sheet = spreadsheet.getSheetByName(name);
  const values = sheet ? wholeSheetValues(sheet) : [];
  return { log: { name, sheet, header: values[0] ?? [] }, values };
}

/** Settings from their sheet's values (defaults when missing). */
export function settingsFrom(values: readonly (readonly unknown[])[]): Settings {
  if (values.length === 0) return DEFAULT_SETTINGS;
  const { columns } = mapColumns(values[0] ?? [], SETTINGS_LAYOUT);
  const name = columns.name ?? 0;
  const value = columns.value ?? 1;
  return parseSettings(values.map((line) => [line[name], line[value]])).settings;
}

/** Rows of a log whose Case ID is `caseId`, parsed with `parse`; nulls and other cases dropped. */
function rowsOf<T extends { readonly caseId: string }>(
  values: readonly (readonly unknown[])[],
  caseId: string,
  parse: (cells: readonly unknown[], rowNumber: number) => T | null,
): T[] {
  const key = caseIdKey(caseId);
  const out: T[] = [];
  for (let i = 1; i < values.length; i++) {
    const entry = parse(values[i] ?? [], i + 1);
    if (entry !== null && caseIdKey(entry.caseId) === key) out.push(entry);
  }
  return out;
}

/** The logs a case's context can read (Acknowledgements are always read lazily). */
export type CaseLog = 'attempts' | 'contacts' | 'documents';
const CASE_LOGS: readonly CaseLog[] = ['attempts', 'contacts', 'documents'];

/**
 * Everything a case's state needs besides its row: Settings (read here unless the caller just read their
 * values), Plan rules and the case's rows of the
 * In-network search, Contacts, Acknowledgements and Packet documents logs. Each sheet is one lookup and one
 * batched read through its last row with data (small sheets: they grow with activity, not with the Cases rows;
 * reading the case's rows alone would cost a TextFinder search plus a call per row found).
 */
export function readCaseContext(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
  caseId: string,
  settingsValues: readonly (readonly unknown[])[] = readSheetValues(spreadsheet, SHEETS.settings),
  logs: readonly CaseLog[] = CASE_LOGS,
): CaseContext {
  const settings = settingsFrom(settingsValues);
  const rules = parsePlanRules(readSheetValues(spreadsheet, SHEETS.planRules), settings.defaultTurnaroundDays).rules;
  const read = (name: string, wanted: boolean) => (wanted ? readLogSheet(spreadsheet, name) : null);
  const attemptsRead = read(SHEETS.inNetworkSearch, logs.includes('attempts'));
  const attemptsSheet = attemptsRead?.values ?? [];
  const attemptMap = mapInNetworkSearchHeaders(attemptsSheet[0] ?? []);
  const contactsRead = read(SHEETS.contacts, logs.includes('contacts'));
  const contactsSheet = contactsRead?.values ?? [];
  const contactMap = mapContactsHeaders(contactsSheet[0] ?? []);
  const docRead = read(SIDEBAR_SHEETS.packetDocuments, logs.includes('documents'));
  const docSheet = docRead?.values ?? [];
  const docMap = mapPacketDocumentsHeaders(docSheet[0] ?? []);
  const entry = <T>(parsed: { kind: string; entry?: T }): T | null => (parsed.kind === 'entry' && parsed.entry !== undefined ? parsed.entry : null);
  const logSheets = new Map<string, LogSheet>();
  for (const r of [attemptsRead, contactsRead, docRead]) if (r) logSheets.set(r.log.name, r.log);
  return {
    logSheets,
    settings,
    planRules: rules,
    attempts: rowsOf(attemptsSheet, caseId, (cells, rowNumber) => entry(parseInNetworkAttemptRow(cells, attemptMap, { timeZone, rowNumber }))),
    contacts: rowsOf(contactsSheet, caseId, (cells, rowNumber) => entry(parseContactRow(cells, contactMap, { timeZone, rowNumber }))),
    acknowledgements: acknowledgementsOf(spreadsheet, timeZone, caseId, logSheets),
    documents: rowsOf(docSheet, caseId, (cells, rowNumber) => parsePacketDocumentRow(cells, docMap, { timeZone, rowNumber })),
  };
}

/** The case's acknowledgements, read on first call; the sheet read joins `logSheets` (a save appending one reuses it). */
function acknowledgementsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
  caseId: string,
  logSheets: Map<string, LogSheet>,
): () => readonly Acknowledgement[] {
  return lazy(() => {
    const ackRead = readLogSheet(spreadsheet, SIDEBAR_SHEETS.acknowledgements);
    logSheets.set(ackRead.log.name, ackRead.log);
    const map = mapAcknowledgementsHeaders(ackRead.values[0] ?? []);
    return rowsOf(ackRead.values, caseId, (cells, rowNumber) => parseAcknowledgementRow(cells, map, { timeZone, rowNumber }));
  });
}

/**
 * The context of a case whose ID was issued in this execution, from the one read for it or for another case
 * (Settings, Plan rules, the log sheets looked up): no log row can carry an ID never handed out before (the
 * sequence never reuses one), so it has no attempts, contacts or acknowledgements, and the documents it was given.
 */
export function newCaseContext(base: CaseContext, documents: readonly PacketDocument[] = []): CaseContext {
  return { ...base, attempts: [], contacts: [], documents, acknowledgements: () => [] };
}

/** `read` run once, on first call. */
export function lazy<T>(read: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value as T;
  };
}
