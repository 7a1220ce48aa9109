/**
 * Export as a file. A rule drawn but not given a trigger yet is left out (the format wants one,
 * src/document/draftRules.ts); the words returned name what was left out, for the editor to say.
 */
import type { TFunction } from 'i18next';
import { exportable } from '../document/draftRules';
import { documentFileName } from '../document/fileName';
import type { Scenario } from '../model';
import { downloadJson } from '../ui/download';
import { omittedRulesText } from '../wording/rules';

/** Downloads the program's file; what was left out of it in words, or null. */
export function exportDocument(t: TFunction, doc: Scenario): string | null {
  const { doc: file, omitted } = exportable(doc);
  downloadJson(file, documentFileName(doc));
  if (omitted.length === 0) return null;
  return t('editor.exportOmitted', {
    count: omitted.length,
    rules: omittedRulesText(t, doc, omitted),
  });
}
