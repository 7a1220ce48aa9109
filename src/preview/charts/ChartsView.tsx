/**
 * The preview's Charts view (loaded lazily, in its own chunk with recharts): people per stream over
 * time, exhausted per stream over time, deliveries per item and the flow of people between streams.
 * The stream selected on the canvas is highlighted (the others fade), and the shared date cursor
 * is a line on the time charts.
 */
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../../simulation/derive/counts';
import { filterStreamOf } from '../../simulation/derive/filterStream';
import type { PreviewResult } from '../../simulation/previewStore';
import type { EditorState } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { fileSlug } from './chartStyle';
import { DeliveriesCard } from './DeliveriesCard';
import { ExhaustedCard } from './ExhaustedCard';
import { FlowCard } from './FlowCard';
import { MembersCard } from './MembersCard';
import { useMeasuredWidth } from './useMeasuredWidth';
import './charts.css';

const selectedStream = (s: EditorState) => filterStreamOf(s.selection);
const programName = (s: EditorState) => s.doc?.program.name ?? '';
const chosenCursor = (s: { cursorDay: number | null }) => s.cursorDay;

export default function ChartsView({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const stream = useEditor(selectedStream);
  const fileBase = fileSlug(useEditor(programName));
  const cursor = cursorDayOf(result.frame, usePreview(chosenCursor));
  const highlight = stream === null ? -1 : result.frame.streamIds.indexOf(stream);
  const shared = { result, highlight, fileBase };
  // The flow chart spans the view: its width decides whether weeks have room.
  const { ref, width } = useMeasuredWidth<HTMLDivElement>();
  return (
    <div ref={ref} className="charts" aria-label={t('preview.charts.label')} role="group">
      <MembersCard {...shared} cursor={cursor} />
      <ExhaustedCard {...shared} cursor={cursor} />
      <DeliveriesCard {...shared} />
      <FlowCard {...shared} width={width} />
    </div>
  );
}
