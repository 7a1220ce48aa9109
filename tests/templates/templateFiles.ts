// The repo's template files, read from disk as the command line reads them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_IDS, type TemplateId } from '../../src/library/templates/catalog';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const templatePath = (id: TemplateId) =>
  fileURLToPath(new URL(`../../templates/${id}.json`, import.meta.url));

export const templateText = (id: TemplateId) => readFileSync(templatePath(id), 'utf8');

export { TEMPLATE_IDS };
