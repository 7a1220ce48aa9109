// The document of a program started from a template, loaded when a template is chosen (the parser
// and the format's schemas do not load with the library page).
import { InvalidScenarioError } from '../../db/types';
import type { Scenario } from '../../model';
import { shortId } from '../shortId';
import { loadTemplateText, type TemplateId } from './catalog';
import { instantiateTemplate } from './instantiateTemplate';

/**
 * A new program from template `id`, named `name`, notes in `language`. A template that fails the
 * file checks (a broken build, not a user's doing) is refused with its problems, like an import.
 */
export async function templateDocument(
  id: TemplateId,
  name: string,
  language: string,
): Promise<Scenario> {
  const made = instantiateTemplate(await loadTemplateText(id), { id: shortId(), name, language });
  if (!made.ok) throw new InvalidScenarioError(made.problems);
  return made.scenario;
}
