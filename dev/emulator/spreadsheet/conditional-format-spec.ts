/**
 * A conditional-format rule's condition and format, independent of its ranges (which the sheet tracks
 * through inserts and deletes). Only boolean conditions are emulated; gradients are not.
 */
import type { BooleanCriteriaName } from './enums';

export interface CfFormat {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strikethrough?: boolean;
  readonly underline?: boolean;
}

export interface CfRuleSpec {
  readonly criteria: BooleanCriteriaName | null;
  readonly values: readonly unknown[];
  readonly format: CfFormat;
}
