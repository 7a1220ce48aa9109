/**
 * Restoring a saved version: the whole document is replaced, layout included. A program action
 * (the version may differ in anything), so Undo brings back the document it replaced.
 */
import type { Scenario } from '../../model';
import { done } from '../ops';
import { defineAction } from './action';

export const restoreVersion = defineAction<{ document: Scenario }>({
  name: 'restoreVersion',
  scope: 'program',
  perform: (_doc, { document }) => done(document),
});
