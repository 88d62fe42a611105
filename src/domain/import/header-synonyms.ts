/**
 * What clinics call our columns. Each field's own header matches too; these are the other names seen in
 * prior-authorization logs, ABA authorization trackers and home-grown SCA sheets. Matching is on
 * normalised text (header-text.ts), so case, punctuation and 'No.'/'#' do not matter.
 */
import { IMPORT_FIELDS, headerOf, type ImportField } from './import-fields';
import { normaliseImportHeader } from './header-text';

/** Synonyms per field, as a clinic would type them. */
export const HEADER_SYNONYMS: Readonly<Partial<Record<ImportField, readonly string[]>>> = {
  patient: ['client', 'patient id', 'client id', 'pt', 'initials', 'patient initials', 'mrn', 'chart #', 'learner', 'child', 'patient name', 'client name', 'name'],
  memberId: ['member #', 'subscriber id', 'insurance id', 'policy #', 'member number', 'ins id', 'id #'],
  payer: ['insurance', 'carrier', 'plan', 'insurer', 'health plan', 'payor', 'insurance company', 'funder', 'ins'],
  planType: ['product', 'line of business', 'lob', 'coverage type', 'plan category'],
  serviceLine: ['service', 'discipline', 'therapy type', 'program', 'department', 'therapy'],
  scaType: ['sca reason', 'reason for sca', 'agreement type', 'why sca'],
  owner: ['rep', 'assigned to', 'coordinator', 'staff', 'case manager', 'responsible', 'handled by', 'owner email', 'intake coordinator'],
  status: ['auth status', 'sca status', 'stage', 'current status'],
  nextFollowUp: ['follow up', 'follow up date', 'next follow up date', 'next action date', 'f u', 'next f u', 'tickler', 'call back', 'next call'],
  submittedOn: ['submitted', 'date submitted', 'sent on', 'date sent', 'request date', 'requested on', 'submission date', 'date requested'],
  submittedVia: ['method', 'channel', 'how submitted', 'sent via', 'submission method'],
  payerReference: ['reference #', 'ref #', 'call ref', 'call reference', 'case #', 'tracking #', 'confirmation #', 'payer ref', 'ref'],
  decisionOn: ['decision date', 'approved on', 'approval date', 'denied on', 'determination date', 'date approved', 'date decided'],
  denialReason: ['reason denied', 'why denied', 'denial', 'reason for denial'],
  scaNumber: ['sca', 'agreement #', 'contract #', 'loa #', 'sca id', 'single case agreement #'],
  priorAuthNumber: ['auth #', 'authorization', 'authorization #', 'pa #', 'prior authorization', 'auth', 'prior auth'],
  approvedCodes: ['codes', 'cpt', 'cpt codes', 'hcpcs', 'cpt hcpcs', 'service codes', 'billing codes', 'cpt code', 'code'],
  requestedRate: ['rate requested', 'our rate', 'billed rate', 'requested', 'asking rate'],
  approvedRate: ['rate', 'agreed rate', 'contract rate', 'sca rate', 'rate per unit', 'allowed rate', 'approved amount'],
  unitsRequested: ['requested units', 'visits requested', 'hours requested', 'sessions requested'],
  unitsApproved: ['approved units', 'visits approved', 'authorized units', 'units authorized', 'visits authorized', 'hours approved', 'auth units', 'units', 'visits', 'total units', 'sessions approved', 'hours authorized'],
  unitsUsed: ['visits used', 'used', 'sessions used', 'hours used', 'units billed', 'visits completed', 'utilized', 'units utilized'],
  startDate: ['start', 'from', 'begin', 'effective', 'effective date', 'auth start', 'valid from', 'start of auth'],
  endDate: ['end', 'to', 'exp date', 'expires', 'expiration', 'expiration date', 'auth end', 'thru', 'through', 'valid to', 'term date', 'exp'],
  writtenConfirmationOn: ['written on', 'letter received', 'written approval', 'written date', 'written approval date', 'letter date', "written rec'd"],
  agreementLink: ['link', 'url', 'letter link', 'drive link', 'agreement'],
  renewalOf: ['renews', 'extension of', 'previous case', 'renewal'],
  notes: ['comments', 'comment', 'remarks', 'note', 'memo'],
  'packet:Clinical summary': ['clinical summary sent', 'summary'],
  'packet:Treatment plan': ['treatment plan sent', 'tx plan', 'evaluation'],
  'packet:In-network search': ['in network search done', 'network search'],
  'packet:Credentials': ['credentials sent', 'w 9'],
  'packet:Member & diagnosis': ['member and diagnosis', 'diagnosis'],
  'packet:Services & rate': ['services and rate'],
  'packet:Medical necessity letter': ['lmn', 'letter of medical necessity', 'med necessity letter'],
};

/** Normalised header → field: our own headers (with and without the 'Packet:' prefix) and the synonyms. */
export const SYNONYM_INDEX: ReadonlyMap<string, ImportField> = buildIndex();

function buildIndex(): Map<string, ImportField> {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    index.set(normaliseImportHeader(headerOf(field)), field);
    if (field.startsWith('packet:')) index.set(normaliseImportHeader(field.slice('packet:'.length)), field);
  }
  for (const field of IMPORT_FIELDS) {
    for (const name of HEADER_SYNONYMS[field] ?? []) {
      const key = normaliseImportHeader(name);
      if (!index.has(key)) index.set(key, field);
    }
  }
  return index;
}
