/**
 * Every problem message about a scenario file, as a code with parameters: the model says what is
 * wrong, each reader words it. The command line prints the English below (`renderEnglish`); the
 * app translates the same codes (src/i18n/locales, section `scenarioProblems`, keyed by code).
 *
 * A message is a phrase: a code whose template names its parameters `{{like}}this`; a parameter is
 * text taken from the file (already shortened, see quote.ts), a number, or a phrase of its own
 * (what was expected, what was found), so a message composes in any language. A list of phrases
 * is joined with `; `. `{{n, number}}` marks a number the reader's language may group (10,001).
 */

export type Param = string | number | Phrase | readonly Phrase[];
export interface Phrase {
  code: MessageCode;
  params?: Readonly<Record<string, Param>>;
}

/** English templates, by code. The keys are the codes the translations must cover. */
export const ENGLISH = {
  // Problems: the whole message of one problem.
  notJson: 'not valid JSON',
  notJsonAt: 'not valid JSON at line {{line}}, column {{column}}: {{reason}}',
  tooLarge: 'the file is {{size, number}} MB; at most {{max, number}} MB can be read',
  tooDeep:
    'the file is nested {{depth, number}} levels deep; at most {{max, number}} levels are allowed',
  reservedKey: 'the key "__proto__" is not allowed (rename or remove it)',
  unexpected: 'the file could not be read: {{detail}}',
  notObject: 'expected a JSON object (a Lanecast scenario)',
  notLanecast: 'expected "lanecast", got {{found}}: not a Lanecast scenario',
  versionRequired: 'required: expected the format version ({{target}})',
  versionInvalid: 'expected a format version from 1 to {{target}}, got {{found}}',
  versionNewer:
    'this file uses format version {{version}}, written by a newer Lanecast; this one reads versions 1 to {{target}}',
  noMigration: 'no migration from format version {{from}} to {{to}}',
  required: 'required: expected {{expected}}',
  mismatch: 'expected {{expected}}, got {{found}}',
  unmet: 'expected {{expected}}',
  other: '{{detail}}',
  noStream: 'no stream has the id {{id}}',
  noItem: 'no content item has the id {{id}}',
  noPerson: 'no person has the id {{id}}',
  emailNotProgram: '{{id}} is an email item, expected a program item',
  programNotEmail: '{{id}} is a program item, expected an email item',
  duplicateStream: 'duplicate stream id {{id}}',
  duplicatePerson: 'duplicate person id {{id}}',
  duplicateCohort: 'duplicate cohort id {{id}}',
  twiceInStream: '{{id}} appears twice in stream {{stream}}',
  emailElsewhere: '{{id}} is an email item in another stream; one id has one type',
  programElsewhere: '{{id}} is a program item in another stream; one id has one type',
  joinWithoutStreams: '{{type}} can add a person, but the program has no streams',
  reorderIncomplete: 'expected every item of stream {{stream}} once ({{details}})',
  cohortWithoutStreams: 'the cohort joins the program, but the program has no streams',
  generatedClash: 'generated person {{id}} would clash with a person in people',
  generatedTotal: 'expected at most {{max}} generated people in all, got {{total}}',
  untilBeforeFrom: 'expected a date on or after from ({{from}}), got {{until}}',
  periodTooLong:
    'the simulated period {{start}} to {{until}} is {{days}} days (it starts at the earliest of from, first casts and events); at most {{max}} days can be simulated',

  // Parts of a reorder problem.
  reorderMissing: 'missing {{ids}}',
  reorderUnknown: 'not in the stream: {{ids}}',
  reorderRepeated: 'repeated: {{ids}}',

  // Why JSON text is not valid (the reason of notJsonAt); `char` is the character, quoted.
  endsEarly: 'the file ends too early',
  expectedValue: 'expected a value, got {{char}}',
  expectedName: 'expected a "quoted" property name, got {{char}}',
  expectedColon: 'expected ":" after the property name, got {{char}}',
  expectedCommaOrBrace: 'expected "," or "}", got {{char}}',
  expectedCommaOrBracket: 'expected "," or "]", got {{char}}',
  stringNotClosed: 'a string is not closed',
  controlInString: 'a line break or control character inside a string',
  badEscape: 'an invalid escape in a string',
  badNumber: 'an invalid number',
  afterEnd: 'unexpected {{char}} after the end of the document',

  // What was found, when it is not written out.
  nothing: 'nothing',
  anArray: 'an array',
  anObject: 'an object',

  // What was expected (the `expected` of required, mismatch and unmet).
  aWholeNumber: 'a whole number',
  aNumber: 'a number',
  aString: 'a string',
  trueOrFalse: 'true or false',
  typeNamed: '{{name}}',
  oneOf: 'one of {{values}}',
  exactly: '{{value}}',
  date: 'a date YYYY-MM-DD',
  localTime: 'a local time HH:mm (00:00 to 23:59)',
  dateTime: 'a date-time YYYY-MM-DDTHH:mm, optionally with :ss and Z or an offset such as +01:00',
  timeZone: 'an IANA time zone name such as Europe/Berlin',
  id: 'an id (a non-empty string)',
  scalar: 'a string, number, boolean or null',
  probability: 'a probability from 0 to 1',
  wholeAtLeast: 'a whole number >= {{min}}',
  dayOfMonth: 'a day from 1 to 31',
  weekOfMonth: '1, 2, 3 or 4',
  weekdaysOnce: 'each weekday at most once',
  aWeekday: 'at least one weekday',
  dayOrWeekday: 'exactly one of dayOfMonth or nthWeekday',
  aTrigger: 'at least one trigger',
  streamsAtMost: 'at most {{max}} streams (R2)',
  comparison: 'a scalar, or an array of scalars for in/notIn',
  arrayForOp: 'an array of values for op {{op}}',
  singleForOp: 'a single value for op {{op}} (arrays are for in/notIn)',
  distribution:
    '{"value": v}, {"oneOf": [{"value": v, "weight": w}, ...]} or {"uniform": {"min": a, "max": b}}',
  aValue: 'at least one value',
  uniformOrder: 'uniform.min <= uniform.max',
  dayOrWeek: 'at most one of perDay or perWeek',
  weight: 'a weight > 0',
  countAtLeast: '{{name}} >= {{min}}',
  peopleAtMost: 'at most {{max}} people',
  aZone: 'at least one time zone',
} as const;

export type MessageCode = keyof typeof ENGLISH;
export const MESSAGE_CODES = Object.keys(ENGLISH) as MessageCode[];

export const isMessageCode = (code: string): code is MessageCode => Object.hasOwn(ENGLISH, code);

/** Fills `{{name}}` and `{{name, format}}` in a template; `param` words each parameter. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, Param>> | undefined,
  param: (value: Param, format: string | undefined) => string,
): string {
  return template.replace(/\{\{(\w+)(?:, *(\w+))?\}\}/g, (whole, name: string, format) => {
    const value = params?.[name];
    return value === undefined ? whole : param(value, format as string | undefined);
  });
}

/** The English wording of a phrase: what the command line prints. */
export function renderEnglish(phrase: Phrase): string {
  return fillTemplate(ENGLISH[phrase.code], phrase.params, englishParam);
}

function englishParam(value: Param, format: string | undefined): string {
  if (typeof value === 'number')
    return format === 'number' ? value.toLocaleString('en-US') : String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(renderEnglish).join('; ');
  return renderEnglish(value as Phrase);
}
