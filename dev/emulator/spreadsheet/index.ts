/**
 * The emulated spreadsheet model (everything reachable from SpreadsheetApp). The rest of the emulator
 * uses only createWorkbook and the types of contract.ts.
 */
export { createWorkbook } from './workbook';
export type { CreateWorkbook, SheetRendering, SpreadsheetHost, UserEditOutcome, WorkbookModel, WorkbookOptions } from './contract';
