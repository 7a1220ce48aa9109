/**
 * A template file made into a new program: checked like an imported file (parseScenarioText),
 * then given its own id and name, and its canvas notes in the user's language.
 *
 * How notes are translated: a template's file keeps its content in English (`ui.notes[].text`),
 * and each note carries the German and French words in an app key, `ui.notes[].texts`
 * (`{ "de": "...", "fr": "..." }`), which the format keeps like any unknown key. The new program is
 * created in the UI language: `text` becomes that language's words and `texts` is dropped, so the
 * program holds one plain note per place, edited like any other. Stream and content names stay as
 * the file has them: they stand for the user's own Marketo assets.
 */
import { parseScenarioText, type Problem, type Scenario } from '../../model';

export type Instantiated = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** One note with its text in `language` (English, the file's own, when it has none). */
function localNote(note: unknown, language: string): unknown {
  if (!isObject(note)) return note;
  const { texts, ...rest } = note;
  const translated = isObject(texts) ? texts[language] : undefined;
  return typeof translated === 'string' ? { ...rest, text: translated } : rest;
}

function withLocalNotes(scenario: Scenario, language: string): Scenario {
  const ui = (scenario as { ui?: unknown }).ui;
  if (!isObject(ui) || !Array.isArray(ui.notes)) return scenario;
  const notes = ui.notes.map((note) => localNote(note, language));
  return { ...scenario, ui: { ...ui, notes } } as Scenario;
}

/** The program a template starts: a copy with `id` and `name`, notes in `language`. */
export function instantiateTemplate(
  text: string,
  options: { id: string; name: string; language: string },
): Instantiated {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const scenario = withLocalNotes(parsed.scenario, options.language);
  return {
    ok: true,
    scenario: { ...scenario, program: { ...scenario.program, id: options.id, name: options.name } },
  };
}
