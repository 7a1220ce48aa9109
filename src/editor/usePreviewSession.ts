/**
 * Connects the open program to the preview: a controller runs the simulation whenever what is
 * simulated changes (never for layout), and the views get the workers' answers for the result on
 * screen. One session per open program; the preview starts empty for each program.
 */
import { useEffect, useMemo } from 'react';
import type { Services } from '../app/servicesContext';
import { previewServicesOf, type PreviewServices } from '../simulation/services';
import { createPreviewController } from '../simulation/controller';
import { editorStore } from '../store/useEditor';
import { programContent } from '../document/programContent';
import type { Scenario } from '../model';
import { previewStore } from '../store/usePreview';

export function usePreviewSession(programId: string, services: Services): PreviewServices {
  const pool = services.simulation();
  const controller = useMemo(
    () => createPreviewController(previewStore, pool, `program:${programId}`),
    [pool, programId],
  );
  useEffect(() => {
    previewStore.getState().reset();
    const contentOf = (doc: Scenario | null) => (doc === null ? null : programContent(doc));
    controller.documentChanged(contentOf(editorStore.getState().doc));
    const unsubscribe = editorStore.subscribe((state, previous) => {
      if (state.doc !== previous.doc) controller.documentChanged(contentOf(state.doc));
    });
    return () => {
      unsubscribe();
      controller.dispose();
    };
  }, [controller]);
  return useMemo(() => previewServicesOf(controller, pool), [controller, pool]);
}
