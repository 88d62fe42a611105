import type { Status } from './vocabulary';

/**
 * The status a case works toward next on the main path — what "missing for the next step" is measured
 * against: the packet goes out (Submitted), written terms arrive (Approved (written)), services start
 * (Active). Null when nothing in the lifecycle is ahead but an optional move (Denied → Appealed) or none.
 * @example nextMilestone('Assembling packet') // 'Submitted'
 */
export function nextMilestone(status: Status): Status | null {
  switch (status) {
    case 'Identified':
    case 'Assembling packet':
      return 'Submitted';
    case 'Submitted':
    case 'In negotiation':
    case 'Approved (verbal)':
    case 'Appealed':
      return 'Approved (written)';
    case 'Approved (written)':
      return 'Active';
    case 'Active':
    case 'Denied':
    case 'Closed':
      return null;
  }
}
