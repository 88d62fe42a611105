// Daily-check domain cost: computeAlerts + Flags text + digests, CPU ms at 1k / 5k / 20k synthetic cases.
// Run alone with a static import (tsx wraps a dynamic import's named exports in `default` in a CommonJS package):
//   npx tsx -e "import { benchAlerts } from './bench/domain-alerts.ts'; benchAlerts().then(console.log)"
import { computeAlerts } from '../src/domain/alerts';
import { addDays, type IsoDate } from '../src/domain/calendar-date';
import type { ScaCase } from '../src/domain/case';
import { DEFAULT_SETTINGS } from '../src/domain/default-settings';
import { buildDigests } from '../src/domain/digest';
import { flagsByCase } from '../src/domain/flags';
import { planRuleFor } from '../src/domain/plan-rule-lookup';
import { PACKET_ITEMS, STATUSES, type PacketItem } from '../src/domain/vocabulary';
import { cpuMs, median, type Figure } from './figure';

const TODAY: IsoDate = '2026-03-09';
const SIZES = [1_000, 5_000, 20_000] as const;
const RUNS = 5;
const SETTINGS = { ...DEFAULT_SETTINGS, alertRecipients: ['manager@clinic.test', 'billing@clinic.test'] };
const RULES = [{ payer: 'Acme Health', requiredItems: PACKET_ITEMS, minInNetworkAttempts: 3, channel: 'Portal' as const, turnaroundDays: 10, visitPolicy: 'Warn' as const }];
const planRule = (payer: string) => planRuleFor(payer, RULES, SETTINGS.defaultTurnaroundDays);

/** Deterministic PRNG (mulberry32) so every run measures the same cases. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `n` cases spread over every status, dates around today, some renewals, 25 owners. */
export function syntheticCases(n: number, seed = 42): ScaCase[] {
  const random = seeded(seed);
  const int = (max: number): number => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const date = (from: number, span: number): IsoDate | null => (random() < 0.1 ? null : addDays(TODAY, from + int(span)));
  const packet = Object.fromEntries(PACKET_ITEMS.map((item) => [item, true])) as Record<PacketItem, boolean>;
  return Array.from({ length: n }, (_, i) => {
    const approved = 10 + int(40);
    return {
      caseId: `SCA-${String(i + 1).padStart(5, '0')}`,
      patient: `P-${int(1e6)}`,
      memberId: `M${int(1e9)}`,
      payer: pick(['Acme Health', 'Beta Plan', 'Gamma Care']),
      planType: 'Commercial',
      serviceLine: pick(['Psychotherapy', 'ABA', 'Speech therapy']),
      scaType: 'Network gap',
      owner: `owner${int(25)}@clinic.test`,
      status: pick(STATUSES),
      nextFollowUp: date(-10, 20),
      submittedOn: date(-40, 40),
      submittedVia: 'Portal',
      payerReference: '',
      decisionOn: random() < 0.5 ? null : date(-20, 20),
      denialReason: '',
      scaNumber: '',
      priorAuthNumber: '',
      approvedCodes: ['90837'],
      requestedRate: 150,
      approvedRate: 120,
      unitsRequested: approved,
      unitsApproved: approved,
      unitsUsed: int(approved + 3),
      startDate: date(-90, 80),
      endDate: date(-10, 60),
      writtenConfirmationOn: random() < 0.5 ? null : date(-30, 30),
      agreementLink: '',
      packet,
      flags: '',
      problems: '',
      renewalOf: i > 0 && random() < 0.05 ? `SCA-${String(int(i) + 1).padStart(5, '0')}` : '',
      notes: '',
    };
  });
}

function dailyCheck(cases: readonly ScaCase[]): { alerts: number; digests: number } {
  const alerts = computeAlerts(cases, TODAY, SETTINGS, planRule);
  flagsByCase(alerts);
  const digests = buildDigests(alerts, cases, { today: TODAY, settings: SETTINGS, rowLink: (id) => `https://sheet.test/#${id}`, rowNumber: () => 2 });
  return { alerts: alerts.length, digests: digests.length };
}

/** CPU ms (median of 5 runs after a warm-up) of the daily check's domain work at 1k / 5k / 20k cases. */
export async function benchAlerts(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of SIZES) {
    const cases = syntheticCases(size);
    const counts = dailyCheck(cases); // warm-up
    const phase = (work: () => void): number => median(Array.from({ length: RUNS }, () => cpuMs(work)));
    let alerts = computeAlerts(cases, TODAY, SETTINGS, planRule);
    const label = `${size.toLocaleString('en-US')} cases`;
    figures.push(
      { name: `computeAlerts, ${label}`, value: phase(() => (alerts = computeAlerts(cases, TODAY, SETTINGS, planRule))), unit: 'ms' },
      { name: `Flags text, ${label}`, value: phase(() => flagsByCase(alerts)), unit: 'ms' },
      { name: `buildDigests, ${label}`, value: phase(() => buildDigests(alerts, cases, { today: TODAY, settings: SETTINGS, rowLink: (id) => `https://sheet.test/#${id}`, rowNumber: () => 2 })), unit: 'ms' },
      { name: `whole daily check (domain), ${label}`, value: phase(() => dailyCheck(cases)), unit: 'ms' },
      { name: `alerts raised, ${label}`, value: counts.alerts, unit: 'count' },
      { name: `digests built, ${label}`, value: counts.digests, unit: 'count' },
    );
  }
  return figures;
}
