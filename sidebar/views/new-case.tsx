/** The New case form: what a case needs to start; the server assigns the Case ID. */
import type { NewCaseDefaultsDto } from '../../src/dto/sidebar-boot';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { useVocabulary } from '../state/vocabulary';
import { EmailField, SelectField, TextField } from '../ui/fields';
import { FormError } from '../ui/form-error';

const FIELDS = ['payer', 'planType', 'serviceLine', 'scaType', 'owner', 'patient'];

export function NewCaseForm(props: { defaults: NewCaseDefaultsDto }) {
  const vocabulary = useVocabulary();
  const saver = useSaver();
  const form = useForm('new-case', { payer: '', planType: '', serviceLine: '', scaType: '', owner: props.defaults.owner, patient: '' });
  const v = form.values;
  return (
    <form
      class="new-case"
      onSubmit={(e) => {
        e.preventDefault();
        void saver.run('createCase', { ...v });
      }}
    >
      <h2>New case</h2>
      <TextField label="Payer" value={v.payer} onInput={form.field('payer')} error={saver.errorFor('payer')} required />
      <SelectField label="Plan type" value={v.planType} onInput={form.field('planType')} options={vocabulary.planTypes} error={saver.errorFor('planType')} />
      <SelectField label="Service line" value={v.serviceLine} onInput={form.field('serviceLine')} options={vocabulary.serviceLines} error={saver.errorFor('serviceLine')} />
      <SelectField label="SCA type" value={v.scaType} onInput={form.field('scaType')} options={vocabulary.scaTypes} error={saver.errorFor('scaType')} />
      <EmailField label="Owner" value={v.owner} onInput={form.field('owner')} hint="Blank = you." error={saver.errorFor('owner')} />
      <TextField
        label="Patient (internal ID or initials)"
        value={v.patient}
        onInput={form.field('patient')}
        hint="Not a full name: the sheet keeps only what the workflow needs."
        error={saver.errorFor('patient')}
      />
      <FormError refusal={saver.refusal} shownAtFields={FIELDS} />
      <button type="submit" class="create" disabled={saver.busy}>
        {saver.busy ? 'Creating…' : 'Create case'}
      </button>
    </form>
  );
}
