/** Test data builders for the domain: short, readable fixtures (aCase().withStatus('Active').endingOn('2026-04-01').build()). */
import type { IsoDate } from '../../src/domain/calendar-date';
import type { ScaCase } from '../../src/domain/case';
import type { PlanRule } from '../../src/domain/plan-rule';
import type { Settings } from '../../src/domain/settings';
import { DEFAULT_SETTINGS } from '../../src/domain/default-settings';
import { DEFAULT_PLAN_RULE } from '../../src/domain/plan-rule-lookup';
import {
  PACKET_ITEMS,
  type Channel,
  type DenialReason,
  type PacketItem,
  type Status,
  type VisitPolicy,
} from '../../src/domain/vocabulary';

function packetOf(items: readonly PacketItem[] | 'all'): Record<PacketItem, boolean> {
  const done = items === 'all' ? PACKET_ITEMS : items;
  const packet = {} as Record<PacketItem, boolean>;
  for (const item of PACKET_ITEMS) packet[item] = done.includes(item);
  return packet;
}

/** A blank case: SCA-0001, status Identified, every optional field empty. */
export const BLANK_CASE: ScaCase = {
  caseId: 'SCA-0001',
  patient: '',
  memberId: '',
  payer: '',
  planType: '',
  serviceLine: '',
  scaType: '',
  owner: '',
  status: 'Identified',
  nextFollowUp: null,
  submittedOn: null,
  submittedVia: '',
  payerReference: '',
  decisionOn: null,
  denialReason: '',
  scaNumber: '',
  priorAuthNumber: '',
  approvedCodes: [],
  requestedRate: null,
  approvedRate: null,
  unitsRequested: null,
  unitsApproved: null,
  unitsUsed: null,
  startDate: null,
  endDate: null,
  writtenConfirmationOn: null,
  agreementLink: '',
  packet: packetOf([]),
  flags: '',
  problems: '',
  renewalOf: '',
  notes: '',
};

/** Fluent builder for ScaCase; every method returns a new builder, so partial builders can be shared. */
export class CaseBuilder {
  constructor(private readonly value: ScaCase) {}

  with(partial: Partial<ScaCase>): CaseBuilder {
    return new CaseBuilder({ ...this.value, ...partial });
  }
  withId(caseId: string): CaseBuilder {
    return this.with({ caseId });
  }
  withStatus(status: Status): CaseBuilder {
    return this.with({ status });
  }
  ownedBy(owner: string): CaseBuilder {
    return this.with({ owner });
  }
  forPayer(payer: string): CaseBuilder {
    return this.with({ payer });
  }
  startingOn(startDate: IsoDate | null): CaseBuilder {
    return this.with({ startDate });
  }
  endingOn(endDate: IsoDate | null): CaseBuilder {
    return this.with({ endDate });
  }
  withUnits(unitsApproved: number | null, unitsUsed: number | null = null): CaseBuilder {
    return this.with({ unitsApproved, unitsUsed });
  }
  withPacket(items: readonly PacketItem[] | 'all'): CaseBuilder {
    return this.with({ packet: packetOf(items) });
  }
  writtenOn(writtenConfirmationOn: IsoDate | null): CaseBuilder {
    return this.with({ writtenConfirmationOn });
  }
  submitted(on: IsoDate, via: Channel = 'Portal'): CaseBuilder {
    return this.with({ submittedOn: on, submittedVia: via });
  }
  deniedFor(denialReason: DenialReason, decisionOn: IsoDate | null = null): CaseBuilder {
    return this.with({ status: 'Denied', denialReason, decisionOn });
  }
  /** Complete written terms: SCA #, codes, units, rate, 2026-01-01 → 2026-06-30, written 2025-12-20. */
  withWrittenTerms(): CaseBuilder {
    return this.with({
      scaNumber: 'SCA-778899',
      approvedCodes: ['90837'],
      unitsApproved: this.value.unitsApproved ?? 20,
      approvedRate: 120,
      startDate: this.value.startDate ?? '2026-01-01',
      endDate: this.value.endDate ?? '2026-06-30',
      writtenConfirmationOn: this.value.writtenConfirmationOn ?? '2025-12-20',
    });
  }
  /** Active with complete written terms. */
  active(): CaseBuilder {
    return this.withWrittenTerms().withStatus('Active');
  }
  build(): ScaCase {
    return this.value;
  }
}

/** Starts a case builder from BLANK_CASE plus `overrides`. */
export function aCase(overrides: Partial<ScaCase> = {}): CaseBuilder {
  return new CaseBuilder({ ...BLANK_CASE, ...overrides });
}

/** Fluent builder for PlanRule, starting from DEFAULT_PLAN_RULE('Acme Health'). */
export class PlanRuleBuilder {
  constructor(private readonly value: PlanRule) {}

  with(partial: Partial<PlanRule>): PlanRuleBuilder {
    return new PlanRuleBuilder({ ...this.value, ...partial });
  }
  forPayer(payer: string): PlanRuleBuilder {
    return this.with({ payer });
  }
  requiring(items: readonly PacketItem[] | 'all'): PlanRuleBuilder {
    return this.with({ requiredItems: items === 'all' ? PACKET_ITEMS : items });
  }
  withMinAttempts(minInNetworkAttempts: number): PlanRuleBuilder {
    return this.with({ minInNetworkAttempts });
  }
  withPolicy(visitPolicy: VisitPolicy): PlanRuleBuilder {
    return this.with({ visitPolicy });
  }
  withChannel(channel: Channel | ''): PlanRuleBuilder {
    return this.with({ channel });
  }
  withTurnaround(turnaroundDays: number): PlanRuleBuilder {
    return this.with({ turnaroundDays });
  }
  build(): PlanRule {
    return this.value;
  }
}

/** Starts a plan rule builder from DEFAULT_PLAN_RULE('Acme Health') plus `overrides`. */
export function aPlanRule(overrides: Partial<PlanRule> = {}): PlanRuleBuilder {
  return new PlanRuleBuilder({ ...DEFAULT_PLAN_RULE('Acme Health'), ...overrides });
}

/** DEFAULT_SETTINGS plus `overrides`. */
export function someSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
