// Renders one preview view as the editor does: the app's editor store holding the document, the
// preview store fed by a controller that simulates in-thread whenever the document changes, and
// the workers' services for the result on screen.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { programContent } from '../../src/document/programContent';
import { createI18n } from '../../src/i18n/createI18n';
import type { Scenario } from '../../src/model';
import { PreviewServicesContext, type PreviewServices } from '../../src/preview/previewServices';
import { createPreviewController } from '../../src/simulation/controller';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { previewServicesOf } from '../../src/simulation/services';
import { SimulationPool } from '../../src/simulation/pool';
import type { PreviewResult } from '../../src/simulation/previewStore';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { ShownView } from './ShownView';
import { memoryStorage } from '../fixtures/memoryStorage';

export function renderView(
  View: ComponentType<{ result: PreviewResult }>,
  doc: Scenario,
  language = 'en',
  override: Partial<PreviewServices> = {},
) {
  editorStore.getState().open('p', doc, 1);
  previewStore.getState().reset();
  const pool = new SimulationPool(inThreadEndpoint, 1);
  const controller = createPreviewController(previewStore, pool, 'test');
  controller.documentChanged(programContent(doc));
  const unsubscribe = editorStore.subscribe((state, previous) => {
    if (state.doc !== previous.doc && state.doc)
      controller.documentChanged(programContent(state.doc));
  });
  const services: PreviewServices = {
    ...previewServicesOf(controller, pool),
    ...override,
  };
  const i18n = createI18n(memoryStorage());
  void i18n.changeLanguage(language);
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <PreviewServicesContext value={services}>
          <ShownView View={View} />
        </PreviewServicesContext>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return {
    ...view,
    user,
    pool,
    services,
    cleanup: () => {
      unsubscribe();
      controller.dispose();
      view.unmount();
    },
  };
}
