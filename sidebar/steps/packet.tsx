/**
 * Packet assembly: the checklist (tick an item, the plan's required items marked, a document link per
 * item) and the in-network search log with its count against the plan's minimum.
 */
import { useState } from 'preact/hooks';
import type { CaseStateDto, ChecklistItemDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { CheckboxField, UrlField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { safeHref } from '../ui/values';
import { SearchLog } from './search-log';

function ChecklistRow(props: { state: CaseStateDto; item: ChecklistItemDto }) {
  const { state, item } = props;
  const saver = useSaver();
  const [editing, setEditing] = useState(false);
  const [link, setLink] = useState(item.link ?? '');
  // The tick shows at once; the case's state (or a refusal) settles it when the save returns.
  const [pending, setPending] = useState<boolean | null>(null);
  const href = safeHref(item.link);
  const save = (done: boolean, nextLink: string): Promise<boolean> =>
    saver.run('setPacketItem', { caseId: state.caseId, basedOn: state.basedOn, item: item.item, done, link: nextLink }).finally(() => setPending(null));
  return (
    <li class={`packet-item${item.done ? ' packet-done' : ''}`} data-item={item.item}>
      <CheckboxField
        label={item.item}
        checked={pending ?? item.ticked}
        disabled={saver.busy}
        onChange={(checked) => {
          setPending(checked);
          void save(checked, item.link ?? '');
        }}
      >
        {item.required ? <span class="required-tag" title="Required by this plan">required</span> : null}
      </CheckboxField>
      <div class="packet-sub">
        {item.ticked && !item.done ? <span class="warn-text">{item.needs}</span> : null}
        {!item.ticked && item.needs ? <span class="secondary">{item.needs}</span> : null}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" class="doc-link">
            Document
          </a>
        ) : item.link ? (
          <span class="secondary">Link: {item.link}</span>
        ) : null}
        <button
          type="button"
          class="link-button"
          aria-expanded={editing ? 'true' : 'false'}
          onClick={() => {
            setEditing(!editing);
            saver.clear();
          }}
        >
          {item.link ? 'Edit link' : 'Add link'}
        </button>
      </div>
      {editing ? (
        <form
          class="packet-link-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save(item.ticked, link.trim()).then((ok) => ok && setEditing(false));
          }}
        >
          <UrlField label={`Document link: ${item.item}`} value={link} onInput={setLink} error={saver.errorFor('link')} />
          <button type="submit" class="action" disabled={saver.busy}>
            Save link
          </button>
        </form>
      ) : null}
      <FormError refusal={saver.refusal} shownAtFields={editing ? ['link'] : []} />
    </li>
  );
}

export function PacketPanel(props: { state: CaseStateDto }) {
  const { state } = props;
  const { checklist, plan } = state;
  return (
    <div class="packet">
      <div class="secondary block">
        {checklist.done} of {checklist.required} required items done
        {plan.known ? ` (${plan.payer} plan rules)` : ' (default rules: no Plan rules row for this payer)'}.
      </div>
      <ul class="checklist">
        {checklist.items.map((item) => (
          <ChecklistRow key={item.item} state={state} item={item} />
        ))}
      </ul>
      <SearchLog state={state} />
    </div>
  );
}
