import type { SaveOutcome } from '../state/case-actions';

/**
 * A refused save, shown where it happened: the server's message, then each reason that is not shown
 * under a field of this form (e.g. the packet items a submission still needs).
 */
export function FormError(props: { refusal: SaveOutcome | null; shownAtFields?: readonly string[] }) {
  const refusal = props.refusal;
  if (!refusal) return null;
  const shown = props.shownAtFields ?? [];
  const others = refusal.fields.filter((f) => !shown.includes(f.field) && f.message !== refusal.message);
  return (
    <div class="form-error" role="alert">
      <div class="error">{refusal.message}</div>
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
