/**
 * A guard's refusal as per-field messages for a form: the sidebar shows each under the field that fixes it.
 * Uses the same guards as sheet edits; only the placement is decided here.
 */
import type { ScaCase } from './case';
import { missingRequiredItems, type Refusal } from './guards';
import type { PlanRule } from './plan-rule';

/** One message for one form field (payload key, e.g. 'submittedVia', 'packet:Credentials'). */
export interface FieldRefusal {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

const TERMS: readonly (readonly [string, (c: ScaCase) => boolean])[] = [
  ['scaNumber', (c) => c.scaNumber === ''],
  ['approvedCodes', (c) => c.approvedCodes.length === 0],
  ['unitsApproved', (c) => c.unitsApproved === null],
  ['approvedRate', (c) => c.approvedRate === null],
  ['startDate', (c) => c.startDate === null],
  ['endDate', (c) => c.endDate === null],
];

/**
 * The fields a refusal is about, each with the refusal's message (packet items get one line each).
 * @example refusalFields({ code: 'denial_reason_missing', message: 'Choose…' }, c, rule) // [{ field: 'denialReason', … }]
 */
export function refusalFields(refusal: Refusal, proposed: ScaCase, planRule: PlanRule): FieldRefusal[] {
  const at = (field: string, message = refusal.message): FieldRefusal => ({ field, code: refusal.code, message });
  switch (refusal.code) {
    case 'packet_incomplete':
      return missingRequiredItems(proposed, planRule).map((item) => at(`packet:${item}`, `${item} is required by ${planRule.payer || 'this plan'} and not ticked.`));
    case 'in_network_search_short':
      return [at('packet:In-network search')];
    case 'submission_not_recorded':
      return [...(proposed.submittedOn === null ? [at('submittedOn')] : []), ...(proposed.submittedVia === '' ? [at('submittedVia')] : [])];
    case 'written_terms_incomplete': {
      const fields = TERMS.filter(([, missing]) => missing(proposed)).map(([field]) => at(field));
      const backwards = proposed.startDate !== null && proposed.endDate !== null && proposed.startDate > proposed.endDate;
      return backwards ? [...fields, at('endDate')] : fields;
    }
    case 'written_confirmation_missing':
      return [at('writtenConfirmationOn')];
    case 'denial_reason_missing':
      return [at('denialReason')];
    case 'transition_not_allowed':
      return [at('status')];
  }
}
