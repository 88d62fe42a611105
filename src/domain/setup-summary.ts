/** What "Set up or repair tracker" changed, and the one message that tells the user. */

/** Kinds of repair, in the order the message lists them. */
export const SETUP_CHANGE_KINDS = [
  'createdSheet',
  'addedColumn',
  'restoredHeader',
  'attachedMetadata',
  'addedSetting',
  'validation',
  'numberFormat',
  'rowColours',
  'protection',
  'frozenHeader',
  'headerNote',
] as const;
export type SetupChangeKind = (typeof SETUP_CHANGE_KINDS)[number];

/** One change set-up made: on which sheet, what, and the column / setting it concerns. */
export interface SetupChange {
  readonly sheet: string;
  readonly kind: SetupChangeKind;
  readonly item?: string;
}

const PHRASES: Readonly<Record<SetupChangeKind, (n: number) => string>> = {
  createdSheet: (n) => `created ${plural(n, 'sheet')}`,
  addedColumn: (n) => `added ${plural(n, 'missing column')}`,
  restoredHeader: (n) => `restored ${plural(n, 'blank header')}`,
  attachedMetadata: (n) => `recognised ${plural(n, 'column')} by header and tagged ${n === 1 ? 'it' : 'them'}`,
  addedSetting: (n) => `added ${plural(n, 'missing setting')}`,
  validation: (n) => `restored validation on ${plural(n, 'column')}`,
  numberFormat: (n) => `restored number formats on ${plural(n, 'column')}`,
  rowColours: (n) => `restored row colours on ${plural(n, 'sheet')}`,
  protection: (n) => `restored protection on ${plural(n, 'column')}`,
  frozenHeader: (n) => `froze the header row on ${plural(n, 'sheet')}`,
  headerNote: (n) => `added help notes to ${plural(n, 'header')}`,
};

/** Names in brackets, shortened when long: an alert is read, not scrolled. */
function listed(names: readonly string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Items listed in brackets for the kinds a user wants to see by name (sheets, columns, settings). */
const NAMED: ReadonlySet<SetupChangeKind> = new Set(['createdSheet', 'addedColumn', 'restoredHeader', 'addedSetting', 'attachedMetadata']);

/**
 * The final message: "Tracker set up: …" when every sheet was created, "Tracker repaired: …" otherwise,
 * "Tracker is in good order — nothing to repair." when nothing changed. Details of sheets and columns
 * created in this run are implied by "created" / "added" and not listed.
 * @example summariseSetup([], 8) // 'Tracker is in good order — nothing to repair.'
 */
export function summariseSetup(changes: readonly SetupChange[], sheetCount: number): string {
  if (changes.length === 0) return 'Tracker is in good order — nothing to repair.';
  const created = new Set(changes.filter((c) => c.kind === 'createdSheet').map((c) => c.sheet));
  // A column added in this run got its validation, format and note with it: that is implied, not repaired.
  const key = (c: SetupChange): string => `${c.sheet}\u0000${c.item ?? ''}`;
  const addedColumns = new Set(changes.filter((c) => c.kind === 'addedColumn').map(key));
  const shown = changes.filter(
    (c) => c.kind === 'createdSheet' || (!created.has(c.sheet) && (c.kind === 'addedColumn' || !addedColumns.has(key(c)))),
  );
  const parts: string[] = [];
  for (const kind of SETUP_CHANGE_KINDS) {
    const of = shown.filter((c) => c.kind === kind);
    if (of.length === 0) continue;
    const phrase = PHRASES[kind](of.length);
    const names = [...new Set(of.map((c) => c.item ?? c.sheet))];
    parts.push(NAMED.has(kind) ? `${phrase} (${listed(names)})` : phrase);
  }
  const title = created.size >= sheetCount ? 'Tracker set up' : 'Tracker repaired';
  return `${title}: ${parts.join('; ')}.`;
}
