// Every word the interface shows goes through the translation layer. This reads every .tsx file
// under src with the TypeScript compiler and fails on text that bypasses i18next: JSX text with
// letters, and string literals with letters where they become visible or are read out (children,
// aria-label, title, placeholder, alt, and the label-like props of our own components). Keys
// passed to t() and values compared in conditions are not shown, so they are not flagged.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Attributes whose text a user sees or a screen reader reads, on elements and our components. */
const VISIBLE =
  /^(aria-(label|description|roledescription|placeholder|valuetext)|title|placeholder|alt|label|hint|error|empty|legend|caption|summary|description|heading|message)$/;
const LETTER = /\p{L}/u;

/**
 * Text that may stand in the UI without translation: [file, text, why]. Keep it short; every
 * entry says why the words are not words of any language.
 */
const ALLOWED: readonly (readonly [string, string, string])[] = [
  [
    'src/preview/people/PeopleLegend.tsx',
    'E1',
    'the legend draws a sample chip with an item id, as the grid shows ids',
  ],
];

/** The string parts of an expression that end up shown: not call arguments, not compared values. */
function shownStrings(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node))
    return [
      node.head,
      ...node.templateSpans.flatMap((span) => [...shownStrings(span.expression), span.literal]),
    ];
  if (ts.isConditionalExpression(node))
    return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownStrings(node.right);
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.PlusToken
    )
      return [...shownStrings(node.left), ...shownStrings(node.right)];
    return [];
  }
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    return shownStrings(node.expression);
  if (ts.isJsxExpression(node)) return node.expression ? shownStrings(node.expression) : [];
  return [];
}

/** The text a literal or a template's literal part stands for. */
const textOf = (node: ts.Node) =>
  'text' in node && typeof node.text === 'string' ? node.text : '';

/** Every untranslated text of one file, as "file:line: text". */
export function untranslated(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!LETTER.test(trimmed)) return;
    if (ALLOWED.some(([file, allowed]) => file === fileName && allowed === trimmed)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${fileName}:${line + 1}: ${trimmed}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent))
      for (const part of shownStrings(node)) report(part, textOf(part));
    else if (ts.isJsxAttribute(node) && VISIBLE.test(node.name.getText(source)) && node.initializer)
      for (const part of shownStrings(node.initializer)) report(part, textOf(part));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const LOCALE_METHODS = new Set(['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']);

/**
 * Dates and numbers formatted in the browser's locale instead of the UI language: toLocale*()
 * without a locale, and Intl formatters made without one (reading resolvedOptions() is fine).
 */
export function browserLocaleFormats(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const noLocale = (args: readonly ts.Expression[] | undefined) =>
    !args ||
    args.length === 0 ||
    args[0]!.kind === ts.SyntaxKind.UndefinedKeyword ||
    args[0]!.getText(source) === 'undefined';
  const visit = (node: ts.Node) => {
    const at = () =>
      `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source)}`;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      if (LOCALE_METHODS.has(node.expression.name.text) && noLocale(node.arguments))
        found.push(at());
    }
    if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      /^Intl\.\w+$/.test(node.expression.getText(source)) &&
      noLocale(node.arguments)
    ) {
      const use = node.parent;
      const resolved = ts.isPropertyAccessExpression(use) && use.name.text === 'resolvedOptions';
      if (!resolved) found.push(at());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, extensions);
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}
const tsxFiles = (dir: string) => sourceFiles(dir, ['.tsx']);

describe('the scanner', () => {
  it('flags text, visible attributes and shown literals; not keys, classes or compared values', () => {
    const code = `
      export const A = ({ on, kind }) => (
        <div className="box" data-kind="email" aria-label="Close">
          Hello {on ? 'yes' : t('no')} ×
          <input placeholder={\`Search \${kind}\`} title={kind === 'email' ? t('a') : t('b')} />
          <Field label={name ?? 'Untitled'} hint={t('hint', { zone: 'UTC' })} />
        </div>
      );`;
    expect(untranslated('probe.tsx', code)).toEqual([
      'probe.tsx:3: Close',
      'probe.tsx:4: Hello',
      'probe.tsx:4: yes',
      'probe.tsx:5: Search',
      'probe.tsx:6: Untitled',
    ]);
  });
});

describe('dates and numbers in the UI language', () => {
  it('the check finds formats in the browser locale', () => {
    const code = `
      const a = n.toLocaleString();
      const b = n.toLocaleString(language);
      const c = new Intl.NumberFormat().format(n);
      const d = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const e = new Intl.DateTimeFormat(undefined, { dateStyle: 'short' });`;
    expect(browserLocaleFormats('probe.ts', code)).toEqual([
      'probe.ts:2: n.toLocaleString()',
      'probe.ts:4: new Intl.NumberFormat()',
      "probe.ts:6: new Intl.DateTimeFormat(undefined, { dateStyle: 'short' })",
    ]);
  });

  it('no code formats a date or number in the browser locale', () => {
    const found = sourceFiles(join(root, 'src'), ['.ts', '.tsx']).flatMap((path) =>
      browserLocaleFormats(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

describe('every visible string goes through i18next', () => {
  const files = tsxFiles(join(root, 'src'));

  it('finds the interface files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no JSX text or visible literal that bypasses the translation layer', () => {
    const found = files.flatMap((path) =>
      untranslated(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
