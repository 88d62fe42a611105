import type { Problem } from './case';

/** Problem code of a sheet the add-on keeps that is not there (the adapters report it). */
export const MISSING_SHEET = 'missing_sheet';
/** Problem code of an expected column that is not there. */
export const MISSING_COLUMN = 'missing_column';

const REPAIR = 'Run Extensions ▸ SCA Tracker ▸ Set up or repair tracker to fix it.';

/** What the sheets report, per sheet: Cases' own problems (not its rows') and Settings'. */
export interface TrackerSheetProblems {
  readonly cases: readonly Problem[];
  readonly settings: readonly Problem[];
}

/**
 * The parts whose loss breaks the tracker: without Cases or its Case ID column no case can be flagged or
 * named in an email, and without Settings the alert recipients are gone. Anything else degrades one alert
 * and is reported on the rows. Labels read in a sentence ("the Cases sheet").
 * @example trackerGaps({ cases: [{ code: 'missing_sheet', message: '' }], settings: [] }) // ['the Cases sheet']
 */
export function trackerGaps(problems: TrackerSheetProblems): string[] {
  const gaps: string[] = [];
  if (problems.cases.some((p) => p.code === MISSING_SHEET)) gaps.push('the Cases sheet');
  else if (problems.cases.some((p) => p.code === MISSING_COLUMN && p.column === 'Case ID')) gaps.push('the "Case ID" column of the Cases sheet');
  if (problems.settings.some((p) => p.code === MISSING_SHEET)) gaps.push('the Settings sheet');
  return gaps;
}

/**
 * What a person reads when the tracker is broken: what is missing and what fixes it.
 * @example brokenTrackerMessage(['the Settings sheet']) // 'The tracker is missing the Settings sheet. Run … to fix it.'
 */
export function brokenTrackerMessage(gaps: readonly string[]): string {
  const listed = gaps.length <= 1 ? (gaps[0] ?? 'a sheet') : `${gaps.slice(0, -1).join(', ')} and ${gaps[gaps.length - 1] ?? ''}`;
  return `The tracker is missing ${listed}. ${REPAIR}`;
}
