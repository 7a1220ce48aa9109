/** The printable page open from the toolbar's menu: the handout or the build sheet. */
import { useCallback } from 'react';
import { BuildSheetView } from '../export/BuildSheetView';
import { HandoutView } from '../export/HandoutView';
import { useCanvasImage } from '../export/useCanvasImage';
import type { Scenario } from '../model';
import type { PrintPage } from './ShareExportMenu';

interface PrintPagesProps {
  page: PrintPage;
  doc: Scenario;
  onClose: () => void;
}

export function PrintPages({ page, doc, onClose }: PrintPagesProps) {
  const makeImage = useCanvasImage();
  // Stable, so the handout draws the canvas once when it opens; light, for paper.
  const makePng = useCallback(() => makeImage('png', { light: true }), [makeImage]);
  if (page === 'buildSheet') return <BuildSheetView doc={doc} onClose={onClose} />;
  return <HandoutView doc={doc} makeImage={makePng} onClose={onClose} />;
}
