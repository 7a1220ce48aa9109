/**
 * The Charts view as the preview registers it: recharts is big, so the view comes in its own chunk
 * (React.lazy), fetched when the tab is first shown, with a status line while it loads.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../../simulation/previewStore';

const ChartsView = lazy(() => import('./ChartsView'));

export function ChartsLoader({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="preview-empty" role="status">
          {t('preview.charts.loading')}
        </p>
      }
    >
      <ChartsView result={result} />
    </Suspense>
  );
}
