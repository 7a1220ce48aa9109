/**
 * Stream content checks: nothing to cast (R20, R38), nothing active (R8), availability windows
 * already over or empty (R9), the soft cap on items (rule book, section 3) and program items in a
 * recipient-time-zone stream (R24).
 */
import { isIsoDate, type ContentItem, type Scenario, type Stream } from '../../model';
import { streamName, type LintNow, type ProgramProblem, type Target } from './types';

/** Rule book, section 3: items per stream are undocumented; the simulator's soft cap. */
export const MAX_ITEMS_PER_STREAM = 150;

const casts = (stream: Stream) => stream.cadence !== undefined && stream.cadence.type !== 'none';

function streamProblems(stream: Stream): ProgramProblem[] {
  const target: Target = { kind: 'stream', id: stream.id };
  const name = streamName(stream);
  const content = stream.content ?? [];
  if (content.length === 0)
    // R38: with nothing eligible, members are exhausted at the first cast; without a cadence
    // they simply wait (R20, R48), which can be meant but is worth saying.
    return [
      {
        code: casts(stream) ? 'emptyStream' : 'emptyStreamNoCadence',
        severity: 'warning',
        target,
        params: { stream: name },
      },
    ];
  const problems: ProgramProblem[] = [];
  // R8: `active` defaults to true in files; the editor creates items inactive.
  if (content.every((c) => c.active === false))
    problems.push({
      code: 'allInactive',
      severity: 'warning',
      target,
      params: { stream: name, count: content.length },
    });
  if (content.length > MAX_ITEMS_PER_STREAM)
    problems.push({
      code: 'tooManyItems',
      severity: 'warning',
      target,
      params: { stream: name, count: content.length, max: MAX_ITEMS_PER_STREAM },
    });
  return problems;
}

function itemProblems(stream: Stream, item: ContentItem, today: string): ProgramProblem[] {
  const target: Target = { kind: 'item', stream: stream.id, id: item.id };
  const params = { item: item.name ?? item.id, stream: streamName(stream) };
  const problems: ProgramProblem[] = [];
  const from = item.activeFrom && isIsoDate(item.activeFrom) ? item.activeFrom : null;
  const through = item.activeThrough && isIsoDate(item.activeThrough) ? item.activeThrough : null;
  // R9 (inclusive dates; semantics 25): a window whose start is after its end never opens.
  if (from !== null && through !== null && from > through)
    problems.push({
      code: 'windowEmpty',
      severity: 'warning',
      target,
      params: { ...params, from, through },
    });
  // R9, R10: past its Active Through date the item is never eligible again.
  else if (through !== null && through < today)
    problems.push({
      code: 'windowOver',
      severity: 'warning',
      target,
      params: { ...params, date: through },
    });
  // R24: recipient time zone is for emails; a program item runs at the program zone's cast time.
  if (
    item.type === 'program' &&
    stream.cadence?.type !== 'none' &&
    stream.cadence?.recipientTimeZone
  )
    problems.push({ code: 'programItemRtz', severity: 'warning', target, params });
  return problems;
}

export function contentProblems(doc: Scenario, now: LintNow): ProgramProblem[] {
  return doc.program.streams.flatMap((stream) => [
    ...streamProblems(stream),
    ...(stream.content ?? []).flatMap((item) => itemProblems(stream, item, now.today)),
  ]);
}
