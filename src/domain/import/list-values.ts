/**
 * Values of the list columns as clinics write them: our own spelling (any case), a unique prefix
 * ('Medicaid' → Medicaid managed care) or a common short form ('OT', 'faxed', 'MA plan').
 */
const ALIASES: Readonly<Record<string, string>> = {
  ot: 'Occupational therapy',
  pt: 'Physical therapy',
  st: 'Speech therapy',
  slp: 'Speech therapy',
  speech: 'Speech therapy',
  therapy: 'Psychotherapy',
  counseling: 'Psychotherapy',
  'mental health': 'Psychotherapy',
  'behavioral health': 'Psychotherapy',
  bh: 'Psychotherapy',
  'applied behavior analysis': 'ABA',
  faxed: 'Fax',
  'e mail': 'Email',
  emailed: 'Email',
  call: 'Phone',
  'phone call': 'Phone',
  telephone: 'Phone',
  online: 'Portal',
  web: 'Portal',
  'web portal': 'Portal',
  'payer portal': 'Portal',
  medicaid: 'Medicaid managed care',
  mco: 'Medicaid managed care',
  'medicaid mco': 'Medicaid managed care',
  ma: 'Medicare Advantage',
  'ma plan': 'Medicare Advantage',
  'medicare adv': 'Medicare Advantage',
  aso: 'Self-funded',
  'self insured': 'Self-funded',
  erisa: 'Self-funded',
  exchange: 'Marketplace',
  aca: 'Marketplace',
  'continuity of care': 'Continuity of care',
  coc: 'Continuity of care',
  'no in network provider': 'Network gap',
  'network gap': 'Network gap',
  credentialing: 'Credentialing bridge',
};

function flat(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The list value `text` names, in the list's spelling, or null.
 * @example readListValue('medicaid', ['Commercial', 'Medicaid managed care']) // 'Medicaid managed care'
 */
export function readListValue(text: string, values: readonly string[]): string | null {
  const wanted = flat(text);
  if (wanted === '') return null;
  const exact = values.find((v) => flat(v) === wanted);
  if (exact) return exact;
  const alias = ALIASES[wanted];
  if (alias && values.includes(alias)) return alias;
  const prefixed = values.filter((v) => flat(v).startsWith(`${wanted} `));
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null;
}
