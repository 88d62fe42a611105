/**
 * RangeList, as Sheet.getRangeList gives it. Reference (Class RangeList): "A collection of one or more Range
 * instances in the same sheet"; getRanges() "Returns a list of one or more Range instances in the same sheet."
 * Only getRanges is emulated so far; the other methods throw "not implemented".
 */
import { stubUnimplemented } from './api-surface';

type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

export class RangeListImpl {
  self!: RangeList;

  constructor(private readonly ranges: readonly Range[]) {}

  /** A new array each call (the caller may change it); the Ranges are the list's own. */
  getRanges(): Range[] { return [...this.ranges]; }
}

stubUnimplemented(RangeListImpl, 'RangeList');
