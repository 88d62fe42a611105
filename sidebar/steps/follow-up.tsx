/** The case's next follow-up on its own: set or clear it without logging a contact. */
import type { CaseStateDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { DateField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { SaveForm } from '../ui/save-form';
import { dateOrNull } from '../ui/values';

export function FollowUpForm(props: { state: CaseStateDto }) {
  const { state } = props;
  const saver = useSaver();
  const form = useForm(`follow-up:${state.caseId}`, { nextFollowUp: state.fields.nextFollowUp ?? '' });
  return (
    <SaveForm
      className="subform follow-up-form"
      label="Next follow-up"
      save={() => saver.run('setNextFollowUp', { caseId: state.caseId, basedOn: state.basedOn, nextFollowUp: dateOrNull(form.values.nextFollowUp) })}
      onSaved={() => form.reset()}
    >
      <div class="row-2 follow-up-row">
        <DateField label="Next follow-up" value={form.values.nextFollowUp} onInput={form.field('nextFollowUp')} hint="Blank clears it." error={saver.errorFor('nextFollowUp')} />
        <button type="submit" disabled={saver.busy || !form.dirty}>
          {saver.busy ? 'Saving…' : 'Set'}
        </button>
      </div>
      <FormError refusal={saver.refusal} shownAtFields={['nextFollowUp']} />
    </SaveForm>
  );
}
