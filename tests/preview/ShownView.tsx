// A preview view showing the result on screen, as PreviewBody shows it.
import type { ComponentType } from 'react';
import type { PreviewResult } from '../../src/simulation/previewStore';
import { usePreview } from '../../src/store/usePreview';

export function ShownView({ View }: { View: ComponentType<{ result: PreviewResult }> }) {
  const result = usePreview((s) => s.result);
  return result ? <View result={result} /> : <p>no result yet</p>;
}
