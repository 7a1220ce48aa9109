/**
 * The build sheet as a printable page, with its Markdown as a download: the same words both ways
 * (buildSheetText.ts), in the reader's language.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSheetOf } from '../document/buildSheet';
import type { Scenario } from '../model';
import { downloadFile } from '../ui/download';
import { todayIso } from '../ui/today';
import { namesIn } from '../wording/names';
import { programFileStem } from '../document/fileName';
import { wordBuildSheet, type SheetBlock } from './buildSheetText';
import { sheetMarkdown } from './sheetMarkdown';
import { PrintView } from './PrintView';

export function BuildSheetView({ doc, onClose }: { doc: Scenario; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const sheet = useMemo(() => {
    const now = new Date();
    const facts = buildSheetOf(doc, { today: todayIso(now), nowMs: now.getTime() });
    return wordBuildSheet(t, i18n.language, facts, namesIn(doc));
  }, [doc, t, i18n.language]);
  const download = () =>
    downloadFile(sheetMarkdown(sheet), `${programFileStem(doc)}-build-sheet.md`, 'text/markdown');

  return (
    <PrintView
      titleId={titleId}
      onClose={onClose}
      actions={
        <button type="button" onClick={download}>
          {t('editor.print.markdown')}
        </button>
      }
    >
      <div className="build-sheet">
        <h1 id={titleId}>{sheet.title}</h1>
        <Facts rows={sheet.facts} />
        {sheet.parts.map((part, i) => {
          const Heading = part.level === 2 ? 'h2' : 'h3';
          return (
            <section key={i} className={`print-section build-sheet__part--${part.level}`}>
              <Heading>{part.heading}</Heading>
              {part.blocks.map((block, j) => (
                <Block key={j} block={block} />
              ))}
            </section>
          );
        })}
      </div>
    </PrintView>
  );
}

function Facts({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <dl className="print-facts">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: SheetBlock }) {
  if (block.kind === 'facts') return <Facts rows={block.rows} />;
  if (block.kind === 'text') return <p>{block.text}</p>;
  const List = block.ordered ? 'ol' : 'ul';
  return (
    <List>
      {block.items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </List>
  );
}
