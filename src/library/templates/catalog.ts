/**
 * The starter programs offered on the empty library and in "New program": ordinary scenario files
 * kept in the repo's `templates/` folder. Only their ids load with the library page; a file's text
 * loads (as its own small chunk) when the template is chosen. Titles and descriptions are
 * translated under `library.templates.<id>`.
 */
export const TEMPLATE_IDS = [
  'lifecycle',
  'product-families',
  'languages',
  'exhausted-holding',
  'program-qualify',
  'worked-example',
] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

const files = import.meta.glob<string>('../../../templates/*.json', {
  query: '?raw',
  import: 'default',
});

/** The template file's text, exactly as kept in the repo. */
export function loadTemplateText(id: TemplateId): Promise<string> {
  const load = files[`../../../templates/${id}.json`];
  if (!load) return Promise.reject(new Error(`No template file for ${id}`));
  return load();
}
