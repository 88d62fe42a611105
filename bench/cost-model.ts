/**
 * What a call costs on Google, by method class. In Node every emulated call is nearly free; on Google each
 * call into SpreadsheetApp & co. is a round trip to Google's servers, a read after a write forces the
 * pending writes to flush, and every execution (menu item, trigger, google.script.run) starts by parsing
 * the whole bundle. Each figure says where it comes from; "estimate" marks the ones nobody published.
 */
export type CostClass =
  | 'rangeRead'
  | 'rangeWrite'
  | 'lookup'
  | 'metadataSearch'
  | 'flush'
  | 'propertiesRead'
  | 'propertiesWrite'
  | 'cacheRead'
  | 'cacheWrite'
  | 'lock'
  | 'mail'
  | 'ui'
  | 'session'
  | 'triggers'
  | 'local';

export interface Cost {
  readonly ms: number;
  readonly source: string;
  readonly estimate: boolean;
}

const BEST_PRACTICES = 'Apps Script docs › guides/support/best-practices';
const PROPERTIES_TIMING = 'a published Apps Script performance write-up (100 runs, averages)';
const FLUSH_TIMING = 'a published ScriptDB-vs-Sheets measurement (4,000-cell setValues < 50 ms; + flush 610 ms)';

export const COSTS: Readonly<Record<CostClass, Cost>> = {
  rangeRead: { ms: 50, source: `${FLUSH_TIMING}: a batched 4,000-cell call under 50 ms; reads also flush pending writes (${BEST_PRACTICES})`, estimate: false },
  rangeWrite: { ms: 50, source: FLUSH_TIMING, estimate: false },
  lookup: { ms: 7, source: `${BEST_PRACTICES}: 10,000 single-cell calls took ~70 s (≈ 7 ms a call, with Google's look-ahead and write caching)`, estimate: false },
  metadataSearch: { ms: 100, source: 'estimate: a developer-metadata search is a spreadsheet-wide query, taken as two range reads', estimate: true },
  flush: { ms: 610, source: FLUSH_TIMING, estimate: false },
  propertiesRead: { ms: 30, source: PROPERTIES_TIMING, estimate: false },
  propertiesWrite: { ms: 62, source: PROPERTIES_TIMING, estimate: false },
  cacheRead: { ms: 3, source: PROPERTIES_TIMING, estimate: false },
  cacheWrite: { ms: 93, source: PROPERTIES_TIMING, estimate: false },
  lock: { ms: 50, source: 'estimate: an uncontended LockService acquire or release, taken as a properties write', estimate: true },
  mail: { ms: 1_200, source: 'a published add-on FAQ: a 100 KB email takes about 1.2 s to send (our digests are smaller: an upper bound)', estimate: false },
  ui: { ms: 100, source: 'estimate: a toast, alert or sidebar is one round trip to the editor', estimate: true },
  session: { ms: 20, source: 'estimate: Session/User getters, taken between a cache read and a properties read', estimate: true },
  triggers: { ms: 200, source: 'estimate: ScriptApp trigger calls touch the project\'s trigger store', estimate: true },
  local: { ms: 0, source: 'builders (newDataValidation, rule builders, finder filters), Utilities and Logger run inside the script engine', estimate: true },
};

/** Moving one cell in a batched read or write: the 4,000-cell call under 50 ms of FLUSH_TIMING, per cell (an upper bound for small calls). */
export const CELL_MS = 50 / 4_000;
export const CELL_SOURCE = `${FLUSH_TIMING}, divided by its 4,000 cells`;

/** The script's own work runs slower on Google than here: CPU measured here (emulator included) is scaled by this. */
export const CPU_SLOWDOWN = 3;
export const CPU_SLOWDOWN_SOURCE = 'estimate: as the parse slowdown; the emulator’s own work is in the measured CPU, so this errs high';

/** Starting an execution: Google loads the project and parses the whole bundle before the first line runs. */
export const EXECUTION_START: Cost = {
  ms: 300,
  source: 'estimate: start-up of a warm V8 Apps Script execution, before the bundle is parsed',
  estimate: true,
};

/** Google's servers parse slower than this machine's Node: the measured parse time is scaled by this. */
export const PARSE_SLOWDOWN = 3;
export const PARSE_SLOWDOWN_SOURCE = 'estimate: Apps Script compiles on shared servers, taken as 3× this machine’s V8';

const READS = /^(getValues?|getDisplayValues?|getFormulas?|getDataValidations?|getNumberFormats?|getNotes?|getBackgrounds?|getFontColors?|getRichTextValues?)$/;
const WRITES = /^(set|clear|insert|delete|append|protect|remove|add|move|create(Filter|TextFinder)?$|sort|autoResize|hide|show|copyTo|merge|newChart$)/;
const LOCAL_CLASSES = new Set(['DataValidationBuilder', 'ConditionalFormatRuleBuilder', 'DeveloperMetadataFinder', 'Utilities', 'Logger', 'Blob', 'EmbeddedChartBuilder', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Menu', 'HtmlTemplate', 'HtmlOutput', 'HtmlService']);
const LOCAL_FACTORIES = /^(newDataValidation|newConditionalFormatRule|newRichTextValue|newTextStyle|createDeveloperMetadataFinder)$/;
const OTHER_SERVICES = new Set(['Properties', 'PropertiesService', 'Lock', 'LockService', 'MailApp', 'ScriptApp', 'Session', 'User', 'Ui', 'Utilities', 'Logger', 'Cache', 'CacheService', 'Trigger', 'AuthorizationInfo', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'HtmlService', 'HtmlOutput', 'HtmlTemplate', 'Blob', 'Menu', 'PromptResponse']);

/** True for calls into the Spreadsheet service (SpreadsheetApp, Spreadsheet, Sheet, Range and their rule objects). */
export function isSpreadsheetCall(key: string): boolean {
  return !OTHER_SERVICES.has(key.split('.')[0] ?? '');
}

/** The class of one counted call, `Class.method`. */
export function costClassOf(key: string): CostClass {
  const [cls = '', method = ''] = key.split('.');
  if (cls === 'DeveloperMetadataFinder' && method === 'find') return 'metadataSearch';
  if (LOCAL_CLASSES.has(cls) || LOCAL_FACTORIES.test(method)) return 'local';
  if (cls === 'SpreadsheetApp' && method === 'flush') return 'flush';
  if (cls === 'Properties') return method.startsWith('get') ? 'propertiesRead' : 'propertiesWrite';
  if (cls === 'PropertiesService') return 'propertiesRead';
  if (cls === 'Cache') return method === 'get' || method === 'getAll' ? 'cacheRead' : 'cacheWrite';
  if (cls === 'CacheService') return 'cacheRead';
  if (cls === 'Lock' || cls === 'LockService') return 'lock';
  if (cls === 'MailApp') return method === 'sendEmail' ? 'mail' : 'session';
  if (cls === 'Ui' || cls === 'PromptResponse' || (cls === 'Spreadsheet' && method === 'toast')) return 'ui';
  if (cls === 'Session' || cls === 'User' || cls === 'AuthorizationInfo') return 'session';
  if (cls === 'ScriptApp' || cls === 'Trigger') return 'triggers';
  if ((cls === 'Range' || cls === 'Sheet') && READS.test(method)) return 'rangeRead';
  if (WRITES.test(method) && cls !== 'SpreadsheetApp') return 'rangeWrite';
  return 'lookup';
}

/** Estimated milliseconds on Google for a call snapshot (`Class.method` → count), without execution starts. */
export function callsMs(snapshot: Readonly<Record<string, number>>): number {
  let ms = 0;
  for (const [key, n] of Object.entries(snapshot)) ms += COSTS[costClassOf(key)].ms * n;
  return ms;
}

/** Estimated milliseconds to start one execution, given the bundle's parse time measured on this machine. */
export function executionStartMs(parseMs: number): number {
  return EXECUTION_START.ms + parseMs * PARSE_SLOWDOWN;
}
