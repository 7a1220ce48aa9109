// The repo's template files, read from disk as the command line reads them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_IDS, type TemplateId } from '../../src/library/templates/catalog';

// A path, not a URL object: jsdom's URL is not the one node:url accepts.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const templatePath = (id: TemplateId) => join(ROOT, 'templates', `${id}.json`);

export const templateText = (id: TemplateId) => readFileSync(templatePath(id), 'utf8');

export { TEMPLATE_IDS };
