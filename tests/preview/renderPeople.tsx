// Renders the People view on the preview fixture, simulated in-thread by a real pool and
// controller, with the app's stores (the view reads the canvas selection and opens journeys).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { programContent } from '../../src/document/programContent';
import { createI18n } from '../../src/i18n/createI18n';
import { PeopleView } from '../../src/preview/people/PeopleView';
import { PreviewServicesContext, type PreviewServices } from '../../src/preview/previewServices';
import { createPreviewController } from '../../src/simulation/controller';
import { inThreadEndpoint } from '../../src/simulation/endpoints';
import { previewServicesOf } from '../../src/simulation/services';
import { SimulationPool } from '../../src/simulation/pool';
import { editorStore } from '../../src/store/useEditor';
import { previewStore } from '../../src/store/usePreview';
import { previewProgram } from '../fixtures/previewProgram';
import { memoryStorage } from '../fixtures/memoryStorage';

/** jsdom lays nothing out: give the grid's scroller a size, so the virtualisers show cells. */
export function sizeTheGrid(width = 1200, height = 300) {
  const sized = (axis: number) =>
    function (this: HTMLElement) {
      return this.classList.contains('people-grid__scroll') ? axis : 0;
    };
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: sized(width),
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: sized(height),
  });
}

export interface PeopleSetup {
  /** The date cursor another view left (a day number). */
  cursor?: number | null;
  /** Changes the workers' answers (to make them fail, say). */
  services?: (real: PreviewServices) => PreviewServices;
}

export async function renderPeople({ cursor = null, services: alter }: PeopleSetup = {}) {
  const doc = previewProgram(300);
  editorStore.getState().open('people-test', doc, 1);
  previewStore.getState().reset();
  previewStore.getState().setCursor(cursor);
  const pool = new SimulationPool(inThreadEndpoint, 1);
  const controller = createPreviewController(previewStore, pool, 'people-test');
  controller.documentChanged(programContent(doc));
  await waitFor(() => expect(previewStore.getState().status).toBe('ready'), { timeout: 10_000 });
  const real: PreviewServices = previewServicesOf(controller, pool);
  const services = alter ? alter(real) : real;
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={createI18n(memoryStorage())}>
      <QueryClientProvider client={new QueryClient()}>
        <PreviewServicesContext.Provider value={services}>
          <PeopleView result={previewStore.getState().result!} />
        </PreviewServicesContext.Provider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { user, pool, ...view };
}
