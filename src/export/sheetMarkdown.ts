/** A worded build sheet as Markdown: `#` title, `##`/`###` parts, lists, bold labels. */
import type { SheetBlock, WordedSheet } from './buildSheetText';

/** Marks Markdown would read in names and values, escaped so they print as written. */
const escape = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function blockLines(block: SheetBlock): string[] {
  switch (block.kind) {
    case 'facts':
      return block.rows.map((r) => `- **${escape(r.label)}:** ${escape(r.value)}`);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escape(item)}`);
    case 'text':
      return [escape(block.text)];
  }
}

export function sheetMarkdown(sheet: WordedSheet): string {
  const lines = [
    `# ${escape(sheet.title)}`,
    '',
    ...blockLines({ kind: 'facts', rows: sheet.facts }),
  ];
  for (const part of sheet.parts) {
    lines.push('', `${'#'.repeat(part.level)} ${escape(part.heading)}`);
    for (const block of part.blocks) lines.push('', ...blockLines(block));
  }
  return lines.join('\n') + '\n';
}
