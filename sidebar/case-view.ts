import type { CaseSummaryDto, ProcessStepDto } from '../src/dto/case-summary';
import { el } from './dom';

const STEP_MARK: Record<ProcessStepDto['state'], string> = { done: '✓', current: '●', upcoming: '○' };

function stepItem(step: ProcessStepDto): HTMLElement {
  return el(
    'li',
    { className: `step step-${step.state}` },
    el('span', { className: 'step-mark', text: STEP_MARK[step.state] }),
    el('span', { className: step.state === 'current' ? 'current' : '', text: step.label }),
  );
}

function list(title: string, items: readonly string[], className: string): HTMLElement | null {
  if (items.length === 0) return null;
  return el(
    'div',
    { className: 'block' },
    el('div', { className: 'section-title', text: title }),
    el('ul', { className: `plain ${className}` }, ...items.map((text) => el('li', { text }))),
  );
}

function fact(label: string, value: string | number | null): HTMLElement | null {
  if (value === null || value === '') return null;
  return el('div', { className: 'fact' }, el('span', { className: 'gray', text: `${label} ` }), String(value));
}

/** The selected case: where it stands in the six steps, what is missing, and its flags. */
export function caseView(summary: CaseSummaryDto): HTMLElement {
  const units =
    summary.unitsApproved === null ? null : `${summary.unitsUsed ?? 0} of ${summary.unitsApproved}`;
  return el(
    'div',
    { className: 'case' },
    el(
      'div',
      { className: 'block case-head' },
      el('div', { className: 'case-id', text: summary.caseId }),
      el('div', { className: 'status-chip', text: summary.status }),
    ),
    el(
      'div',
      { className: 'block' },
      fact('Payer', summary.payer),
      fact('Owner', summary.owner),
      fact('Next follow-up', summary.nextFollowUp),
      fact('End date', summary.endDate),
      fact('Units used', units),
    ),
    el(
      'div',
      { className: 'block' },
      el('div', { className: 'section-title', text: 'Steps' }),
      el('ol', { className: 'steps' }, ...summary.steps.map(stepItem)),
    ),
    list('Missing', summary.missing.map((m) => m.message), 'missing'),
    list('Flags', summary.flags, 'flags'),
    list('Problems', summary.problems, 'problems error'),
    summary.missing.length + summary.flags.length + summary.problems.length === 0
      ? el('div', { className: 'block secondary', text: 'Nothing missing or flagged.' })
      : null,
  );
}
