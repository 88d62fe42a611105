/** The in-network search log: each provider contacted, and a form to add an attempt. */
import type { CaseStateDto } from '../../src/dto/case-state';
import { useSaver } from '../state/case-actions';
import { useForm } from '../state/use-form';
import { DateField, NumberField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { FormError } from '../ui/form-error';
import { SaveForm } from '../ui/save-form';
import { numberOrNull } from '../ui/values';

const FIELDS = ['date', 'provider', 'inNetwork', 'waitDays', 'distanceMiles', 'whyUnsuitable'];

export function SearchLog(props: { state: CaseStateDto }) {
  const { state } = props;
  const search = state.inNetworkSearch;
  const saver = useSaver();
  const blank = { date: state.today, provider: '', inNetwork: 'Yes', waitDays: '', distanceMiles: '', whyUnsuitable: '' };
  const form = useForm(`search:${state.caseId}`, blank);
  const v = form.values;
  const enough = search.counted >= search.minimum;
  return (
    <div class="search-log block">
      <h3>In-network search</h3>
      <div class={`search-count ${enough ? 'ok-text' : 'warn-text'}`}>
        {search.counted} of {search.minimum} attempts the plan requires
      </div>
      {search.attempts.length > 0 ? (
        <ul class="log-list">
          {search.attempts.map((a, i) => (
            <li key={i} class="log-entry">
              <div>
                <strong>{a.provider}</strong> <span class="secondary">{a.date ?? ''}</span>
              </div>
              <div class="secondary">
                {[a.inNetwork === 'Yes' ? 'in network' : a.inNetwork === 'No' ? 'not in network' : '', a.waitDays !== null ? `wait ${a.waitDays} d` : '', a.distanceMiles !== null ? `${a.distanceMiles} mi` : '']
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              {a.whyUnsuitable ? <div class="log-why">{a.whyUnsuitable}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <SaveForm
        className="subform"
        label="Add an in-network search attempt"
        save={() => saver.run('addInNetworkAttempt', {
          caseId: state.caseId,
          basedOn: state.basedOn,
          date: v.date,
          provider: v.provider.trim(),
          inNetwork: v.inNetwork === 'No' ? 'No' : 'Yes',
          waitDays: numberOrNull(v.waitDays),
          distanceMiles: numberOrNull(v.distanceMiles),
          whyUnsuitable: v.whyUnsuitable,
        })}
        onSaved={() => form.reset()}
      >
        <TextField label="Provider contacted" value={v.provider} onInput={form.field('provider')} error={saver.errorFor('provider')} required />
        <div class="row-2">
          <DateField label="Date" value={v.date} onInput={form.field('date')} error={saver.errorFor('date')} />
          <SelectField label="In network?" value={v.inNetwork} onInput={form.field('inNetwork')} options={['Yes', 'No']} error={saver.errorFor('inNetwork')} />
        </div>
        <div class="row-2">
          <NumberField label="Wait (days)" value={v.waitDays} onInput={form.field('waitDays')} error={saver.errorFor('waitDays')} />
          <NumberField label="Distance (miles)" value={v.distanceMiles} onInput={form.field('distanceMiles')} step="0.1" error={saver.errorFor('distanceMiles')} />
        </div>
        <TextAreaField label="Why unsuitable" value={v.whyUnsuitable} onInput={form.field('whyUnsuitable')} rows={2} error={saver.errorFor('whyUnsuitable')} />
        <FormError refusal={saver.refusal} shownAtFields={FIELDS} />
        <button type="submit" class="action" disabled={saver.busy}>
          {saver.busy ? 'Adding…' : 'Add attempt'}
        </button>
      </SaveForm>
    </div>
  );
}
