/**
 * Effects a status change asks for. transition() returns them and runs nothing: the adapter writes the
 * changed cells and the History rows. applyEffectToCase has no `default`, so a new kind fails to compile.
 */
import type { IsoDate } from './calendar-date';
import type { ScaCase } from './case';
import type { CaseField } from './case-columns';
import type { Status } from './vocabulary';

/** One thing a transition changes or records. */
export type Effect =
  | { readonly kind: 'setStatus'; readonly from: Status; readonly to: Status }
  | { readonly kind: 'setSubmittedOn'; readonly date: IsoDate }
  | { readonly kind: 'setDecisionDate'; readonly date: IsoDate }
  | { readonly kind: 'setFollowUp'; readonly date: IsoDate }
  | { readonly kind: 'clearFollowUp' }
  | {
      readonly kind: 'appendHistory';
      readonly field: CaseField;
      /** Header of the changed column, as History shows it. */
      readonly column: string;
      readonly from: string;
      readonly to: string;
      /** Who made the change, when known. */
      readonly by?: string;
    };

/** The discriminant of Effect. */
export type EffectKind = Effect['kind'];

/** The case after one effect; History entries leave the case unchanged. */
export function applyEffectToCase(c: ScaCase, effect: Effect): ScaCase {
  switch (effect.kind) {
    case 'setStatus':
      return { ...c, status: effect.to };
    case 'setSubmittedOn':
      return { ...c, submittedOn: effect.date };
    case 'setDecisionDate':
      return { ...c, decisionOn: effect.date };
    case 'setFollowUp':
      return { ...c, nextFollowUp: effect.date };
    case 'clearFollowUp':
      return { ...c, nextFollowUp: null };
    case 'appendHistory':
      return c;
  }
}

/** The case after every effect, in order. */
export function applyEffects(c: ScaCase, effects: readonly Effect[]): ScaCase {
  return effects.reduce(applyEffectToCase, c);
}
