/**
 * One case: where it stands (steps, alerts, the next step's blockers), then a section per step with its
 * forms. The section of the current step opens by itself.
 */
import type { CaseStateDto } from '../../src/dto/case-state';
import { AlertsPanel } from '../steps/alerts';
import { LetterPanel } from '../steps/letter';
import { NegotiatePanel } from '../steps/negotiate';
import { StepsOverview } from '../steps/overview';
import { PacketPanel } from '../steps/packet';
import { SubmitPanel } from '../steps/submit';
import { TermsPanel } from '../steps/terms';
import { Section } from '../ui/section';

export function CaseView(props: { state: CaseStateDto }) {
  const s = props.state;
  const f = s.fields;
  const step = s.currentStep;
  return (
    <div class="case">
      <div class="block case-head">
        <div class="case-id">{s.caseId}</div>
        <div class="status-chip">{f.status}</div>
      </div>
      <div class="block case-facts">
        <Fact label="Patient" value={f.patient} />
        <Fact label="Payer" value={[f.payer, f.planType].filter(Boolean).join(' · ')} />
        <Fact label="Owner" value={f.owner} />
        <Fact label="Next follow-up" value={f.nextFollowUp} />
        {f.renewalOf ? <Fact label="Renewal of" value={f.renewalOf} /> : null}
      </div>
      <StepsOverview state={s} />
      {s.liveAlerts.length > 0 ? <AlertsPanel state={s} /> : null}
      <Section name="packet" title="Packet" badge={`${s.checklist.done} of ${s.checklist.required}`} current={step === 'identify' || step === 'assemble'}>
        <PacketPanel state={s} />
      </Section>
      <Section name="submit" title="Submit" current={step === 'submit'}>
        <SubmitPanel state={s} />
      </Section>
      <Section name="negotiate" title="Negotiate" badge={s.contacts.length ? String(s.contacts.length) : ''} current={step === 'negotiate'}>
        <NegotiatePanel state={s} />
      </Section>
      <Section name="terms" title="Written terms & decision" current={step === 'confirm' || step === 'deliver'}>
        <TermsPanel state={s} />
      </Section>
      <Section name="letter" title="Request letter" current={false}>
        <LetterPanel state={s} />
      </Section>
    </div>
  );
}

function Fact(props: { label: string; value: string | null }) {
  if (!props.value) return null;
  return (
    <div class="fact">
      <span class="gray">{props.label} </span>
      {props.value}
    </div>
  );
}
