import type { SaveOutcome } from '../state/case-actions';

/**
 * A refused save, shown where it happened: the server's message, then each reason that is not shown
 * under a field of this form (e.g. the packet items a submission still needs), or that several fields
 * share (said once here; the fields are marked "Needed.").
 */
export function FormError(props: { refusal: SaveOutcome | null; shownAtFields?: readonly string[] }) {
  const refusal = props.refusal;
  if (!refusal) return null;
  const shown = props.shownAtFields ?? [];
  const shared = (message: string): boolean => refusal.fields.filter((f) => f.message === message).length > 1;
  const listed = refusal.fields.filter((f) => (!shown.includes(f.field) || shared(f.message)) && !refusal.message.includes(f.message));
  const others = listed.filter((f, i) => listed.findIndex((g) => g.message === f.message) === i);
  // Said in full under its field already: only point there.
  const inPlace = refusal.fields.length === 1 && others.length === 0 && shown.includes(refusal.fields[0]?.field ?? '');
  return (
    <div class="form-error" role="alert">
      <div class="error">{inPlace ? 'Nothing was saved: see the field above.' : refusal.message}</div>
      {others.length > 0 ? (
        <ul class="plain refusal-reasons">
          {others.map((f) => (
            <li key={`${f.field}:${f.code}`}>{f.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
