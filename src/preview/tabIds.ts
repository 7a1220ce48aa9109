/** Element ids tying each preview tab to its panel (aria-controls, aria-labelledby). */
import type { PreviewView } from '../simulation/previewStore';

export const tabId = (view: PreviewView) => `preview-tab-${view}`;
export const panelId = (view: PreviewView) => `preview-panel-${view}`;
