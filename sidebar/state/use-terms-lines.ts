/**
 * The case's Terms lines with their usage and its latest visits (getTermsLines), read when the case is at
 * its written terms (or when asked: the read is not cheap, so earlier steps do not pay for it) and again after a visit or a save of the lines; shared by the written-terms step and the Visits section.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TermsLinesResult } from '../../src/dto/visits';
import { failureText, serverCall } from '../server';

export type TermsLinesData = Extract<TermsLinesResult, { ok: true }>;

export interface TermsLinesState {
  readonly data: TermsLinesData | null;
  /** Why the lines could not be read ('' when they were). */
  readonly error: string;
  reload(): Promise<void>;
  /** A save answered with the fresh lines: show them without another call. */
  show(data: TermsLinesData): void;
}

/** `eager`: read at once (the case is at its written terms or past them); otherwise only when asked. */
export function useTermsLines(caseId: string, eager: boolean): TermsLinesState {
  const [data, setData] = useState<TermsLinesData | null>(null);
  const [error, setError] = useState('');
  const reload = async (): Promise<void> => {
    try {
      const result = await serverCall('getTermsLines', caseId);
      if (result.ok) {
        setData(result);
        setError('');
      } else setError(result.message);
    } catch (e) {
      setError(failureText(e));
    }
  };
  useEffect(() => {
    setData(null);
    if (eager) void reload();
  }, [caseId, eager]);
  return { data, error, reload, show: (fresh) => setData(fresh) };
}
