/**
 * The build sheet: what whoever builds the program in Marketo needs, in the order they build it.
 * Per stream its cadence, its content in priority order with activation and availability windows,
 * and the transition rules it pulls people in with (rules belong to their destination stream);
 * each batch move as the recurring smart campaign Marketo needs for it (exhaustion is a filter, not
 * a trigger); and the problems still open. Pure: the words come later (src/export/buildSheetText.ts).
 */
import {
  DEFAULT_BATCH_TIME,
  type Cadence,
  type ContentItem,
  type Filter,
  type Scenario,
  type Trigger,
} from '../model';
import { isDraftRule } from './draftRules';
import { lintProgram, type LintNow, type ProgramProblem } from './lint';

export interface ContentRow {
  /** 1 is sent first (stream order is priority). */
  position: number;
  id: string;
  name: string;
  type: ContentItem['type'];
  active: boolean;
  activeFrom: string | null;
  activeThrough: string | null;
  /** A program item's qualify filters (its smart list); none for an email. */
  qualify: Filter[];
}

export interface RuleSheet {
  id: string;
  /** The destination stream's id: the rule is set up there. */
  into: string;
  /** Any one fires the rule. */
  triggers: Trigger[];
  /** All must hold. */
  filters: Filter[];
  /** Drawn but given no trigger yet: nothing to build until it has one. */
  draft: boolean;
}

export interface StreamSheet {
  id: string;
  name: string;
  cadence: Cadence | undefined;
  content: ContentRow[];
  rules: RuleSheet[];
}

/** A batch move as Marketo builds it: a smart campaign run every day, before the next cast. */
export interface BatchCampaign {
  id: string;
  /** Smart list: member of the program, in this stream (null: any stream), matching `filters`. */
  from: string | null;
  filters: Filter[];
  /** Flow: Change Engagement Program Stream to this stream. */
  to: string;
  /** Schedule: daily at this time, in the program's time zone. */
  time: string;
}

export interface BuildSheet {
  programName: string;
  timeZone: string;
  status: 'on' | 'off';
  streams: StreamSheet[];
  batchMoves: BatchCampaign[];
  problems: ProgramProblem[];
}

export function buildSheetOf(doc: Scenario, now: LintNow): BuildSheet {
  const { program } = doc;
  return {
    programName: program.name ?? program.id ?? '',
    timeZone: program.timeZone,
    status: program.status ?? 'on',
    streams: program.streams.map((stream) => ({
      id: stream.id,
      name: stream.name ?? stream.id,
      cadence: stream.cadence,
      content: (stream.content ?? []).map((item, index) => ({
        position: index + 1,
        id: item.id,
        name: item.name ?? item.id,
        type: item.type,
        active: item.active !== false,
        activeFrom: item.activeFrom ?? null,
        activeThrough: item.activeThrough ?? null,
        qualify: item.type === 'program' ? (item.qualify ?? []) : [],
      })),
      rules: (stream.transitions ?? []).map((rule) => ({
        id: rule.id,
        into: stream.id,
        triggers: rule.triggers,
        filters: rule.filters ?? [],
        draft: isDraftRule(rule),
      })),
    })),
    batchMoves: (program.batchMoves ?? []).map((batch) => ({
      id: batch.id,
      from: batch.from ?? null,
      filters: batch.filters ?? [],
      to: batch.to,
      time: batch.time ?? DEFAULT_BATCH_TIME,
    })),
    problems: lintProgram(doc, now),
  };
}
