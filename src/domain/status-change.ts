import type { IsoDate } from './calendar-date';
import type { Status } from './vocabulary';

/** One status change from the `History` sheet. `from: ''` is the case's creation (its identification). */
export interface StatusChange {
  readonly caseId: string;
  readonly date: IsoDate;
  readonly from: Status | '';
  readonly to: Status;
}
