/**
 * Submitting the packet: date, channel, the payer's reference #, and the next follow-up (defaulted from
 * the plan's turnaround). A refusal (e.g. a required packet item missing) is listed here, in place.
 */
import type { CaseStateDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { useVocabulary } from '../state/vocabulary';
import { DateField, SelectField, TextField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { dateOrNull } from '../ui/values';

const FIELDS = ['submittedOn', 'submittedVia', 'payerReference', 'nextFollowUp'];

export function SubmitPanel(props: { state: CaseStateDto }) {
  const { state } = props;
  const f = state.fields;
  const vocabulary = useVocabulary();
  const saver = useSaver();
  const form = useForm(`submit:${state.caseId}`, {
    submittedOn: f.submittedOn ?? state.today,
    submittedVia: f.submittedVia || state.plan.channel,
    payerReference: f.payerReference,
    nextFollowUp: f.submittedOn ? f.nextFollowUp ?? '' : state.suggestedFollowUp,
  });
  const v = form.values;
  const submitted = f.submittedOn !== null;
  return (
    <form
      class="submit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void saver
          .run('submitCase', {
            caseId: state.caseId,
            basedOn: state.basedOn,
            submittedOn: v.submittedOn,
            submittedVia: v.submittedVia,
            payerReference: v.payerReference.trim(),
            nextFollowUp: dateOrNull(v.nextFollowUp),
          })
          .then((ok) => ok && form.reset());
      }}
    >
      {submitted ? (
        <div class="secondary block">
          Submitted on {f.submittedOn}
          {f.submittedVia ? ` via ${f.submittedVia}` : ''}
          {f.payerReference ? `, reference ${f.payerReference}` : ''}.
        </div>
      ) : (
        <div class="secondary block">
          {state.plan.payer || 'This plan'} expects {state.plan.channel || 'any channel'}; answers in about {state.plan.turnaroundDays} days.
        </div>
      )}
      <div class="row-2">
        <DateField label="Submitted on" value={v.submittedOn} onInput={form.field('submittedOn')} error={saver.errorFor('submittedOn')} required />
        <SelectField label="Channel" value={v.submittedVia} onInput={form.field('submittedVia')} options={vocabulary.channels} error={saver.errorFor('submittedVia')} required />
      </div>
      <TextField label="Payer reference #" value={v.payerReference} onInput={form.field('payerReference')} error={saver.errorFor('payerReference')} />
      <DateField
        label="Next follow-up"
        value={v.nextFollowUp}
        onInput={form.field('nextFollowUp')}
        hint={`Default: ${state.suggestedFollowUp}, from the plan's turnaround.`}
        error={saver.errorFor('nextFollowUp')}
      />
      <FormError refusal={saver.refusal} shownAtFields={FIELDS} />
      <button type="submit" class="action" disabled={saver.busy}>
        {saver.busy ? 'Saving…' : submitted ? 'Save submission' : 'Mark submitted'}
      </button>
    </form>
  );
}
