/**
 * The canvas as an image, for the menu and the handout: bounds of every node of the program (React
 * Flow's getNodesBounds through the flow instance, which knows where child nodes really are).
 * Must be used inside the editor's ReactFlowProvider.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { canvasImage, type ImageKind } from './canvasImage';

export function useCanvasImage(): (
  kind: ImageKind,
  options?: { light?: boolean },
) => Promise<string | null> {
  const flow = useReactFlow();
  return useCallback(
    async (kind: ImageKind, options?: { light?: boolean }) => {
      const nodes = flow.getNodes();
      if (nodes.length === 0) return null;
      return (await canvasImage(kind, flow.getNodesBounds(nodes), options))?.dataUrl ?? null;
    },
    [flow],
  );
}
