/**
 * What the row buttons do: rename, duplicate ("Copy of X"), make a what-if variant ("X (variant
 * 1)", linked to X), export to a file, and delete with an Undo in the status toast. Failures go to
 * the error banner.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramSummary } from '../db/types';
import { exportable } from '../document/draftRules';
import { documentFileName } from '../document/fileName';
import { downloadJson } from '../ui/download';
import { omittedRulesText } from '../wording/rules';
import { variantNameFor } from '../wording/variants';
import type { RowActions } from './ProgramRow';
import type { LibraryActions } from './useLibraryActions';
import type { useLibraryFeedback } from './useLibraryFeedback';

type Feedback = ReturnType<typeof useLibraryFeedback>;

export function useRowActions(
  actions: LibraryActions,
  feedback: Feedback,
  programs: readonly ProgramSummary[],
): RowActions {
  const { t } = useTranslation();
  const { showToast, report, focus } = feedback;

  return useMemo(() => {
    /** Where focus goes when a row disappears: the next row, else the previous, else "New". */
    function neighbourOf(id: string): string {
      const index = programs.findIndex((p) => p.id === id);
      const next = programs[index + 1] ?? programs[index - 1];
      return next ? `open:${next.id}` : 'new';
    }

    async function undoDelete(program: ProgramSummary) {
      try {
        await actions.restore(program.id);
        showToast(t('library.toast.restored', { name: program.name }));
        focus(`open:${program.id}`);
      } catch (error) {
        report(error);
      }
    }

    return {
      rename: (program, name, byKey) => {
        const refocus = () => {
          if (byKey) focus(`rename:${program.id}`);
        };
        refocus();
        // Saving moves the row to the top of the list: focus it again once it has moved.
        if (name !== null) actions.rename(program.id, name).then(refocus, report);
      },
      duplicate: (program) => {
        const copyName = t('library.copyName', { name: program.name });
        actions
          .duplicate(program.id, copyName)
          .then(() => showToast(t('library.toast.duplicated', { name: copyName })), report);
      },
      variant: (program) => {
        // A variant of a variant is named after, and linked to, the same original.
        const original = programs.find((p) => p.id === program.variantOf)?.name ?? program.name;
        actions
          .variant(program.id, variantNameFor(t, original))
          .then(
            (record) =>
              showToast(t('library.toast.variantCreated', { name: record.name, original })),
            report,
          );
      },
      exportFile: (program) => {
        actions.documentOf(program.id).then((document) => {
          if (!document) return report(new Error(t('library.errors.missing')));
          // A rule without a trigger yet is left out: a rule in a file needs one (draftRules.ts).
          const { doc: file, omitted } = exportable(document);
          downloadJson(file, documentFileName(document));
          if (omitted.length > 0)
            showToast(
              t('library.toast.exportedWithout', {
                count: omitted.length,
                name: program.name,
                rules: omittedRulesText(t, document, omitted),
              }),
            );
        }, report);
      },
      remove: (program) => {
        const after = neighbourOf(program.id);
        actions.remove(program.id).then(() => {
          focus(after);
          showToast(t('library.toast.deleted', { name: program.name }), {
            label: t('library.toast.undo'),
            run: () => void undoDelete(program),
          });
        }, report);
      },
    };
  }, [actions, programs, showToast, report, focus, t]);
}
