/**
 * A case's live state for the sidebar, computed from its row and its log rows now (alerts from the row's
 * values, not the Flags column), with the same domain rules the sheet edits and the daily check use.
 */
import { acknowledgementOf, alertLevel, isQuiet, latestAcknowledgements } from '../../domain/acknowledgement';
import type { Alert } from '../../domain/alert';
import { computeAlerts } from '../../domain/alerts';
import { addDays, type IsoDate } from '../../domain/calendar-date';
import type { ScaCase } from '../../domain/case';
import { caseTodo } from '../../domain/case-todo';
import { attemptsFor } from '../../domain/in-network-search-sheet';
import { nextStatuses } from '../../domain/lifecycle';
import { packetLinksOf } from '../../domain/packet-documents-sheet';
import type { PlanRule } from '../../domain/plan-rule';
import { payerKey, planRuleFor } from '../../domain/plan-rule-lookup';
import { draftRequestLetter, letterPlaceholders } from '../../domain/request-letter';
import type { AcknowledgementDto, CaseFieldsDto, CaseStateDto, LiveAlertDto } from '../../dto/case-state';
import type { CaseRecord } from '../../ports/case-repository';
import type { CaseContext } from '../../sheets/case-context-reader';
import { caseOverview } from '../cases/case-overview';
import { STEP_KEYS, STEP_STATES } from '../case-summary-dto';

/** What the state is built from: the case as read, its row's displayed values, the context, today. */
export interface CaseStateInput {
  readonly record: CaseRecord & { readonly case: ScaCase };
  readonly values: Readonly<Record<string, string>>;
  readonly context: CaseContext;
  readonly today: IsoDate;
  /** The cases renewing this one; read only when an end-date alert may need them. */
  readonly renewals: () => readonly ScaCase[];
}

const RENEWAL_SENSITIVE = new Set<string>(['end_date_approaching', 'expired_while_active']);

/** The rule in force for the case's payer, and whether a Plan rules row matched. */
export function planFor(c: ScaCase, context: CaseContext): { rule: PlanRule; known: boolean } {
  const rule = planRuleFor(c.payer, context.planRules, context.settings.defaultTurnaroundDays);
  return { rule, known: context.planRules.some((r) => payerKey(r.payer) === payerKey(c.payer)) };
}

/** The case's alerts today; a renewal can turn an end-date alert into an info line, so renewals are read then. */
export function liveAlerts(c: ScaCase, input: Pick<CaseStateInput, 'context' | 'today' | 'renewals'>, rule: PlanRule): Alert[] {
  const compute = (cases: readonly ScaCase[]) =>
    computeAlerts(cases, input.today, input.context.settings, () => rule).filter((a) => a.caseId === c.caseId.trim());
  const first = compute([c]);
  return first.some((a) => RENEWAL_SENSITIVE.has(a.kind)) ? compute([c, ...input.renewals()]) : first;
}

function fieldsOf(c: ScaCase): CaseFieldsDto {
  return {
    patient: c.patient,
    payer: c.payer,
    planType: c.planType,
    serviceLine: c.serviceLine,
    scaType: c.scaType,
    owner: c.owner,
    status: c.status,
    nextFollowUp: c.nextFollowUp,
    submittedOn: c.submittedOn,
    submittedVia: c.submittedVia,
    payerReference: c.payerReference,
    decisionOn: c.decisionOn,
    denialReason: c.denialReason,
    scaNumber: c.scaNumber,
    priorAuthNumber: c.priorAuthNumber,
    approvedCodes: [...c.approvedCodes],
    requestedRate: c.requestedRate,
    approvedRate: c.approvedRate,
    unitsRequested: c.unitsRequested,
    unitsApproved: c.unitsApproved,
    unitsUsed: c.unitsUsed,
    startDate: c.startDate,
    endDate: c.endDate,
    writtenConfirmationOn: c.writtenConfirmationOn,
    agreementLink: c.agreementLink,
    renewalOf: c.renewalOf,
    notes: c.notes,
  };
}

function alertDtos(c: ScaCase, alerts: readonly Alert[], input: CaseStateInput): LiveAlertDto[] {
  if (alerts.length === 0) return [];
  const latest = latestAcknowledgements(input.context.acknowledgements());
  return alerts.map((alert) => {
    const ack = acknowledgementOf(alert, latest);
    const level = alertLevel(alert.kind, c, input.today, input.context.settings.endDateTiers);
    const acknowledgement: AcknowledgementDto | null = ack
      ? { by: ack.by, on: ack.on, quietUntil: ack.quietUntil, untilWorse: ack.untilWorse, note: ack.note }
      : null;
    return {
      kind: alert.kind,
      severity: alert.severity,
      message: alert.message,
      dueDate: alert.dueDate,
      acknowledgement,
      quiet: ack !== null && isQuiet(ack, { severity: alert.severity, level }, input.today),
    };
  });
}

/** The CaseStateDto of one case. Pure apart from `input.renewals`. */
export function buildCaseState(input: CaseStateInput): CaseStateDto {
  const c = input.record.case;
  const { context, today } = input;
  const { rule, known } = planFor(c, context);
  const evidence = attemptsFor(c.caseId, context.attempts);
  const overview = caseOverview({
    case: c,
    rowNumber: input.record.rowNumber,
    rowProblems: input.record.problems,
    planRule: rule,
    inNetworkAttempts: evidence.length,
    settings: context.settings,
    today,
  });
  const links = packetLinksOf(c.caseId, context.documents);
  const todo = caseTodo(c, { today, planRule: rule, inNetworkAttempts: evidence.length, settings: context.settings });
  const letter = draftRequestLetter(c, rule, context.settings, evidence, today);
  return {
    caseId: c.caseId,
    basedOn: { fingerprint: input.record.fingerprint, values: { ...input.values } },
    row: input.record.rowNumber,
    fields: fieldsOf(c),
    steps: overview.progress.steps.map((s) => ({ key: STEP_KEYS[s.step], label: s.step, state: STEP_STATES[s.state] })),
    currentStep: overview.progress.current === null ? null : STEP_KEYS[overview.progress.current],
    allowedStatuses: [...nextStatuses(c.status)],
    liveAlerts: alertDtos(c, liveAlerts(c, input, rule), input),
    todo: { towards: todo.towards, now: [...todo.now], later: [...todo.later] },
    checklist: {
      items: overview.checklist.items.map((line) => ({
        item: line.item,
        required: line.required,
        done: line.done,
        ticked: c.packet[line.item],
        needs: line.needs,
        link: links[line.item] ?? null,
      })),
      done: overview.checklist.progress.done,
      required: overview.checklist.progress.required,
      complete: overview.checklist.complete,
    },
    inNetworkSearch: {
      attempts: context.attempts.map((a) => ({
        date: a.date,
        provider: a.provider,
        inNetwork: a.inNetwork === null ? '' : a.inNetwork ? 'Yes' : 'No',
        waitDays: a.waitDays,
        distanceMiles: a.distanceMiles,
        whyUnsuitable: a.whyUnsuitable,
      })),
      counted: evidence.length,
      minimum: rule.minInNetworkAttempts,
    },
    contacts: context.contacts.map((k) => ({
      date: k.date,
      type: k.type,
      direction: k.direction,
      representative: k.person,
      reference: k.reference,
      summary: k.summary,
      offeredRate: k.offeredRate,
      offeredUnits: k.offeredUnits,
      offeredStart: k.offeredStart,
      offeredEnd: k.offeredEnd,
    })),
    plan: {
      payer: rule.payer,
      known,
      requiredItems: [...rule.requiredItems],
      minInNetworkAttempts: rule.minInNetworkAttempts,
      channel: rule.channel,
      turnaroundDays: rule.turnaroundDays,
    },
    suggestedFollowUp: addDays(today, rule.turnaroundDays),
    problems: [...overview.problems],
    requestLetter: { text: letter, missing: letterPlaceholders(letter) },
    today,
  };
}
