import type { ChangedFieldDto, FieldErrorDto, RefusalDto, RefusalReason } from '../../dto/refusal';

/** A RefusalDto; `fields` and `changed` default to none. */
export function refusal(
  reason: RefusalReason,
  message: string,
  fields: readonly FieldErrorDto[] = [],
  changed: readonly ChangedFieldDto[] = [],
): RefusalDto {
  return { ok: false, reason, message, fields, changed };
}

/** The answer of a contract function that is not built yet: a refusal, never a fake success. */
export function notImplemented(name: string): RefusalDto {
  return refusal('not-implemented', `${name} is not available yet in this version of the add-on.`);
}
