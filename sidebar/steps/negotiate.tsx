/**
 * Negotiation: the payer contacts, offers and counters logged so far, a form to log one (optionally moving
 * the case and setting the next follow-up).
 */
import type { CaseStateDto, ContactDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { useVocabulary } from '../state/vocabulary';
import { DateField, NumberField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { SaveForm } from '../ui/save-form';
import { dateOrNull, numberOrNull } from '../ui/values';
import { FollowUpForm } from './follow-up';

const FIELDS = ['date', 'type', 'direction', 'representative', 'reference', 'offeredRate', 'offeredUnits', 'offeredStart', 'offeredEnd', 'summary', 'nextFollowUp', 'status'];
const MOVES = ['In negotiation', 'Approved (verbal)'];

function offerText(c: ContactDto): string {
  const parts = [c.offeredRate !== null ? `$${c.offeredRate}/unit` : '', c.offeredUnits !== null ? `${c.offeredUnits} units` : '', c.offeredStart || c.offeredEnd ? `${c.offeredStart ?? '…'} – ${c.offeredEnd ?? '…'}` : ''];
  return parts.filter(Boolean).join(', ');
}

function ContactEntry(props: { contact: ContactDto }) {
  const c = props.contact;
  const offer = offerText(c);
  return (
    <li class="log-entry contact-entry">
      <div>
        <strong>{c.type}</strong> <span class="secondary">{[c.date, c.direction].filter(Boolean).join(' · ')}</span>
      </div>
      {c.representative || c.reference ? <div class="secondary">{[c.representative, c.reference ? `ref ${c.reference}` : ''].filter(Boolean).join(' · ')}</div> : null}
      {offer ? <div class="offer">{offer}</div> : null}
      {c.summary ? <div class="log-why">{c.summary}</div> : null}
    </li>
  );
}

export function NegotiatePanel(props: { state: CaseStateDto }) {
  const { state } = props;
  const vocabulary = useVocabulary();
  const saver = useSaver();
  const blank = { date: state.today, type: '', direction: '', representative: '', reference: '', offeredRate: '', offeredUnits: '', offeredStart: '', offeredEnd: '', summary: '', nextFollowUp: '', status: '' };
  const form = useForm(`contact:${state.caseId}`, blank);
  const v = form.values;
  const moves = MOVES.filter((s) => s !== state.fields.status && state.allowedStatuses.includes(s));
  return (
    <div class="negotiate">
      {state.contacts.length > 0 ? (
        <ul class="log-list">
          {state.contacts.map((c, i) => (
            <ContactEntry key={i} contact={c} />
          ))}
        </ul>
      ) : (
        <div class="secondary block">No contacts logged yet.</div>
      )}
      <FollowUpForm state={state} />
      <SaveForm
        className="subform"
        label="Log a contact"
        save={() => saver.run('logContact', {
          caseId: state.caseId,
          basedOn: state.basedOn,
          date: v.date,
          type: v.type,
          direction: v.direction,
          representative: v.representative.trim(),
          reference: v.reference.trim(),
          offeredRate: numberOrNull(v.offeredRate),
          offeredUnits: numberOrNull(v.offeredUnits),
          offeredStart: dateOrNull(v.offeredStart),
          offeredEnd: dateOrNull(v.offeredEnd),
          summary: v.summary,
          nextFollowUp: dateOrNull(v.nextFollowUp),
          status: v.status || null,
        })}
        onSaved={() => form.reset()}
      >
        <h3>Log a contact, offer or counter</h3>
        <div class="row-2">
          <DateField label="Date" value={v.date} onInput={form.field('date')} error={saver.errorFor('date')} required />
          <SelectField label="Type" value={v.type} onInput={form.field('type')} options={vocabulary.contactTypes} error={saver.errorFor('type')} required />
        </div>
        <SelectField label="Direction" value={v.direction} onInput={form.field('direction')} options={vocabulary.contactDirections} error={saver.errorFor('direction')} />
        <div class="row-2">
          <TextField label="Representative" value={v.representative} onInput={form.field('representative')} error={saver.errorFor('representative')} />
          <TextField label="Reference #" value={v.reference} onInput={form.field('reference')} error={saver.errorFor('reference')} />
        </div>
        <div class="row-2">
          <NumberField label="Offered rate ($)" value={v.offeredRate} onInput={form.field('offeredRate')} step="0.01" error={saver.errorFor('offeredRate')} />
          <NumberField label="Offered units" value={v.offeredUnits} onInput={form.field('offeredUnits')} error={saver.errorFor('offeredUnits')} />
        </div>
        <div class="row-2">
          <DateField label="Offered start" value={v.offeredStart} onInput={form.field('offeredStart')} error={saver.errorFor('offeredStart')} />
          <DateField label="Offered end" value={v.offeredEnd} onInput={form.field('offeredEnd')} error={saver.errorFor('offeredEnd')} />
        </div>
        <TextAreaField label="Summary" value={v.summary} onInput={form.field('summary')} rows={2} error={saver.errorFor('summary')} />
        <DateField label="Next follow-up" value={v.nextFollowUp} onInput={form.field('nextFollowUp')} hint="Blank leaves it as it is." error={saver.errorFor('nextFollowUp')} />
        {moves.length > 0 ? (
          <SelectField label="Move the case to" value={v.status} onInput={form.field('status')} options={moves} blank="Leave the status" error={saver.errorFor('status')} />
        ) : null}
        <FormError refusal={saver.refusal} shownAtFields={FIELDS} />
        <button type="submit" class="action" disabled={saver.busy}>
          {saver.busy ? 'Saving…' : 'Log contact'}
        </button>
      </SaveForm>
    </div>
  );
}
