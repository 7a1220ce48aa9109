/**
 * A document action: a named, pure edit that says what it affects and how it is undone
 * (modelled on excalidraw's actions: `name`, `perform` and the undo intent). The store applies
 * actions, records their name and scope in the history, and reports the last one, so whatever
 * follows the document (the simulation) can tell a layout edit from one that changes the outcome.
 */
import type { Scenario } from '../../model';
import type { EditResult } from '../ops';

/**
 * 'program': changes what is simulated (streams, content, cadence, rules, batch moves, limits,
 * behaviour, people, events, generator, simulation settings, program status...).
 * 'layout': only the document's `ui` key (lane, note and entry positions, note text); every other
 * top-level part of the document stays the same object.
 */
export type ActionScope = 'program' | 'layout';

/** An edit's result; an action that creates something names it, so the caller can select it. */
export type ActionResult = EditResult & { id?: string | undefined };

export interface DocumentAction<Args> {
  /** 'setCadence', 'moveLane', ...: kept in the history with each step. */
  readonly name: string;
  readonly scope: ActionScope;
  perform(doc: Scenario, args: Args): ActionResult;
  /**
   * Undo intent: edits by this action returning the same key within COALESCE_MS are one undo step
   * (typing a name). Absent or undefined: every edit is its own step.
   */
  coalesceKey?(args: Args): string | undefined;
}

export const defineAction = <Args>(action: DocumentAction<Args>): DocumentAction<Args> => action;
