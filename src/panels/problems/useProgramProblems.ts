/**
 * The open document's problems, memoised: linted again when the document changes, and once a minute
 * because some problems come with time (a window ends at midnight, the 25-hour lead time runs out).
 */
import { useEffect, useMemo, useState } from 'react';
import { todayIso } from '../../ui/today';
import { lintProgram, type ProgramProblem } from '../../document/lint';
import type { Scenario } from '../../model';

const TICK_MS = 60_000;
const NONE: ProgramProblem[] = [];

export function useProgramProblems(doc: Scenario | null): ProgramProblem[] {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return useMemo(
    () => (doc ? lintProgram(doc, { today: todayIso(new Date(nowMs)), nowMs }) : NONE),
    [doc, nowMs],
  );
}
