import type { Problem, ScaCase } from './case';
import { issuedCaseId } from './case-id';
import { isAllowedRecipient, notAllowedReason, type RecipientPolicy } from './mail-recipients';

/**
 * What keeps a row out of email, said on the row itself: a Case ID the add-on did not issue (the digest
 * then names the case only by its row), and an Owner outside the domains digests may go to.
 */
export function mailRowProblems(c: ScaCase, policy: RecipientPolicy): Problem[] {
  const problems: Problem[] = [];
  if (c.caseId.trim() !== '' && issuedCaseId(c.caseId) === null) {
    problems.push({
      code: 'case_id_not_issued',
      message: 'Case ID: not an ID the tracker issued (SCA- and 4 or more digits); emails name this case only by its row. Clear the cell to get a new ID.',
      column: 'Case ID',
    });
  }
  if (c.owner !== '' && !isAllowedRecipient(c.owner, policy)) {
    problems.push({ code: 'owner_not_mailed', message: `Owner: ${notAllowedReason(c.owner, policy)}.`, column: 'Owner' });
  }
  return problems;
}
