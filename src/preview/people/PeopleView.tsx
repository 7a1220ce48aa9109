/**
 * The People view: everyone in the audience (or those matching the filters) by cast date, what each
 * got and why. Rows come from the workers a block at a time; nothing here is O(people).
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../../simulation/derive/counts';
import { filterStreamOf } from '../../simulation/derive/filterStream';
import type { PreviewResult, PreviewState } from '../../simulation/previewStore';
import type { EditorState } from '../../store/editorStore';
import { editorStore, useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { columnAtOrBefore, peopleColumns } from './peopleColumns';
import { EMPTY_FORM, isEmptyForm, peopleFilterOf } from './peopleFilter';
import { PeopleGrid } from './PeopleGrid';
import { PeopleLegend } from './PeopleLegend';
import { PeopleToolbar } from './PeopleToolbar';
import { setPeopleForm, usePeopleForm } from './peopleViewStore';
import { useDebounced } from './useDebounced';
import { everyone, MISSING, usePeopleQuery } from './usePeopleQuery';
import './people.css';

const SEARCH_DELAY = 200;
const selectProgram = (s: EditorState) => s.programId;
const selectStream = (s: EditorState) => filterStreamOf(s.selection);
const selectCursor = (s: PreviewState) => s.cursorDay;
const selectPerson = (s: PreviewState) => s.person;

export function PeopleView({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const { frame } = result;
  const program = useEditor(selectProgram);
  const stream = useEditor(selectStream);
  const cursorDay = usePreview(selectCursor);
  const person = usePreview(selectPerson);
  const form = usePeopleForm(program);
  const [legend, setLegend] = useState(false);
  const legendId = useId();

  // Lists apply at once; typed text once typing pauses, so a search asks the workers once.
  const typed = useDebounced(form, SEARCH_DELAY);
  const filter = useMemo(
    () =>
      peopleFilterOf(
        { ...form, attribute: typed.attribute, value: typed.value, search: typed.search },
        stream,
        frame,
      ),
    [form, typed, stream, frame],
  );
  const query = usePeopleQuery(result.key, filter);
  const total = result.aggregates.people;
  const all = useMemo(() => everyone(total), [total]);
  // Until the first answer to a filter, everyone stays on screen (marked as being filtered).
  const list = filter === null ? all : (query.data ?? (query.isError ? null : all));
  const columns = useMemo(() => peopleColumns(frame), [frame]);
  const cursorCol = columnAtOrBefore(columns, cursorDayOf(frame, cursorDay));
  const filtered = filter !== null || !isEmptyForm(form);

  const clear = () => {
    setPeopleForm(program, EMPTY_FORM);
    if (stream !== null) editorStore.getState().select([]);
  };

  const answered = filter === null || (query.data !== undefined && !query.isPlaceholderData);
  const failed = filter !== null && query.isError;
  let status = t('preview.people.filtering');
  if (filter === null) status = t('preview.people.countAll', { count: total });
  else if (answered) status = t('preview.people.count', { shown: list!.count, count: total });

  return (
    <div className="people">
      <div className="people__top">
        <PeopleToolbar
          frame={frame}
          form={form}
          stream={stream}
          onChange={(next) => setPeopleForm(program, next)}
        />
        <div className="people__status">
          {failed ? (
            <span role="alert" className="people__problem">
              {query.error.message === MISSING ? (
                t('preview.people.unavailable')
              ) : (
                <>
                  {t('preview.people.queryProblem', { message: query.error.message })}{' '}
                  <button type="button" onClick={() => void query.refetch()}>
                    {t('preview.people.tryAgain')}
                  </button>
                </>
              )}
            </span>
          ) : (
            <span role="status">{status}</span>
          )}
          {filtered && (
            <button type="button" className="people__clear" onClick={clear}>
              {t('preview.people.clear')}
            </button>
          )}
          <button
            type="button"
            className="people__legend-toggle"
            aria-expanded={legend}
            aria-controls={legend ? legendId : undefined}
            onClick={() => setLegend((open) => !open)}
          >
            <span aria-hidden="true">{legend ? '▾' : '▸'}</span> {t('preview.people.legend.show')}
          </button>
        </div>
      </div>
      <div className="people__body">
        {columns.days.length === 0 ? (
          <p className="people__empty">{t('preview.people.noCasts')}</p>
        ) : list !== null && list.count === 0 ? (
          answered && <p className="people__empty">{t('preview.people.noMatch')}</p>
        ) : list !== null ? (
          <PeopleGrid
            key={`${result.key}|${list.key}`}
            resultKey={result.key}
            frame={frame}
            columns={columns}
            list={list}
            cursorCol={cursorCol}
            person={person}
            program={program}
          />
        ) : null}
        {legend && <PeopleLegend frame={frame} id={legendId} />}
      </div>
    </div>
  );
}
