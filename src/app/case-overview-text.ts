import { PROCESS_STEPS } from '../domain/lifecycle';
import type { CaseOverview } from './cases/case-overview';

/**
 * The 'Check selected case' explanation in plain text (a Sheets alert shows no HTML): where the case stands,
 * the packet item by item, what the next milestone still needs, then flags and problems.
 */
export function caseOverviewText(o: CaseOverview): string {
  const c = o.case;
  const parts: string[] = [];
  const step = o.progress.current;
  parts.push(
    step === null
      ? `Status: ${c.status} (row ${o.rowNumber}).`
      : `Status: ${c.status} (row ${o.rowNumber}) — step ${PROCESS_STEPS.indexOf(step) + 1} of ${PROCESS_STEPS.length}: ${step}.`,
  );

  const { done, required } = o.checklist.progress;
  const packet = o.checklist.items.map((line) => {
    const mark = line.done ? '✓' : line.required ? '✗' : '–';
    const note = line.done ? '' : line.required ? ` — ${line.needs}` : ' (not required by this plan)';
    return `${mark} ${line.item}${note}`;
  });
  parts.push([`Packet: ${done} of ${required} required items complete.`, ...packet].join('\n'));

  if (o.nextStatus) {
    parts.push(
      o.missingForNext.length === 0
        ? `Nothing is missing to move to ${o.nextStatus}.`
        : [`To move to ${o.nextStatus}:`, ...o.missingForNext.map((r) => `• ${r.message}`)].join('\n'),
    );
  }
  parts.push(o.flags.length === 0 ? 'Flags: none.' : ['Flags:', ...o.flags.map((f) => `• ${f}`)].join('\n'));
  parts.push(o.problems.length === 0 ? 'Problems: none.' : ['Problems:', ...o.problems.map((p) => `• ${p}`)].join('\n'));
  return parts.join('\n\n');
}
