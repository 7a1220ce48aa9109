/**
 * What the preview shows under its tabs: the chosen view, or why there is nothing to show yet (no
 * stream, no people, a problem to fix) with the one step that fixes it where there is one.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../model';
import type { PreviewView } from '../simulation/previewStore';
import { usePreview } from '../store/usePreview';
import { ProblemList } from './ProblemList';
import { panelId, tabId } from './tabIds';
import { VIEWS } from './views';
import { hasAudience } from '../document/ops/audience';

export function PreviewBody({
  doc,
  view,
  onAddAudience,
}: {
  doc: Scenario;
  view: PreviewView;
  onAddAudience: () => void;
}) {
  const { t } = useTranslation();
  const result = usePreview((s) => s.result);
  const status = usePreview((s) => s.status);
  const problems = usePreview((s) => s.problems);
  const entry = VIEWS[view];
  // A view opened from another (a person's journey from a list) takes the keyboard focus with it.
  const focusRequest = usePreview((s) => s.focusRequest);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0) panel.current?.focus();
  }, [focusRequest]);
  let content;
  if (entry === undefined) content = null;
  else if (!entry.needsResult) content = <entry.Component />;
  else if (doc.program.streams.length === 0)
    content = <p className="preview-empty">{t('preview.empty.noStreams')}</p>;
  else if (!hasAudience(doc))
    content = (
      <div className="preview-empty">
        <p>{t('preview.empty.noPeople')}</p>
        <button type="button" className="button-primary" onClick={onAddAudience}>
          {t('preview.empty.addAudience')}
        </button>
      </div>
    );
  else
    content = (
      <>
        {status === 'invalid' && <ProblemList problems={problems} />}
        {result && <entry.Component result={result} />}
      </>
    );
  return (
    <div
      className="preview-body"
      role="tabpanel"
      id={panelId(view)}
      aria-labelledby={tabId(view)}
      tabIndex={-1}
      ref={panel}
    >
      {content}
    </div>
  );
}
