/**
 * The compare view's source for the open program (src/preview/compare/compareSource.ts): its
 * family from the library, stored documents, making a variant of the program as it is now, and a
 * runner that runs the other program in the same workers as the preview.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/route';
import type { Services } from '../app/servicesContext';
import { programKeys } from '../db/queries';
import type { CompareSource } from '../preview/compare/compareSource';
import { createCompareRunner } from '../simulation/compareRunner';
import { createCompareStore } from '../simulation/compareStore';
import type { PreviewServices } from '../simulation/services';
import { editorStore } from '../store/useEditor';
import { variantNameFor } from '../wording/variants';

export function useCompareSession(
  programId: string,
  services: Services,
  preview: PreviewServices,
): CompareSource {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { repo } = services;
  const pool = services.simulation();
  const store = useMemo(() => createCompareStore(), []);
  // A new program compares afresh.
  useEffect(() => store.getState().reset(), [store, programId]);
  return useMemo(
    (): CompareSource => ({
      programId,
      family: async () =>
        (await repo.listVariants(programId)).map(({ id, name }) => ({ id, name })),
      documentOf: async (id) => (await repo.getProgram(id))?.document ?? null,
      async makeVariant() {
        const family = await repo.listVariants(programId);
        const current = editorStore.getState().doc ?? undefined;
        const here = family.find((p) => p.id === programId);
        const original =
          family.find((p) => p.variantOf === null && p.id === (here?.variantOf ?? programId))
            ?.name ??
          current?.program.name ??
          '';
        const record = await repo.createVariant(programId, variantNameFor(t, original), current);
        await client.invalidateQueries({ queryKey: programKeys.all });
        return { id: record.id, name: record.name };
      },
      hrefOf: (id) => hrefOf({ page: 'program', id }),
      runner: createCompareRunner(pool, preview, `program:${programId}`),
      store,
    }),
    [programId, repo, pool, preview, store, client, t],
  );
}
