import type { SelectionKeyDto } from '../../src/dto/sidebar-boot';
import type { Notice } from '../state/store';

/** What the last action did, or what changed under it; dismissable. */
export function NoticeLine(props: { notice: Notice; onDismiss: () => void }) {
  const { notice } = props;
  return (
    <div class={`notice notice-${notice.tone}`} role="status">
      <div class="notice-text">{notice.text}</div>
      {notice.lines.length > 0 ? (
        <ul class="plain notice-lines">
          {notice.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" class="link-button notice-close" onClick={props.onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

/** The selection key is "Sheet!row!Case ID"; its row, when it has one. */
function rowOf(key: string): string | null {
  return /!(\d+)!/.exec(key)?.[1] ?? null;
}

/** A newer selection held back while a form is being typed in. */
export function PendingSwitch(props: { selection: SelectionKeyDto; onSwitch: () => void; onStay: () => void }) {
  const row = rowOf(props.selection.key);
  const what = row ? `Row ${row}` : props.selection.caseId ?? 'Another cell';
  return (
    <div class="notice notice-switch" role="status">
      <div class="notice-text">
        {what} selected{props.selection.caseId && row ? ` (${props.selection.caseId})` : ''} — switch? What you typed here is not saved.
      </div>
      <div class="notice-buttons">
        <button type="button" class="action" onClick={props.onSwitch}>
          Switch
        </button>
        <button type="button" onClick={props.onStay}>
          Stay
        </button>
      </div>
    </div>
  );
}
