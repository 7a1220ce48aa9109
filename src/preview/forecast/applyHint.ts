/** Applies a forecast hint to the open document: one named action, one undo step. */
import type { TFunction } from 'i18next';
import { addActiveEmails, castLessOften, moveWhenRunDry } from '../../document/actions/forecast';
import { editorStore } from '../../store/useEditor';
import type { Hint } from './forecastHints';
import { newEmailNames } from './hintText';

export function applyHint(t: TFunction, hint: Hint): boolean {
  const { apply } = editorStore.getState();
  switch (hint.kind) {
    case 'addEmails':
      return apply(addActiveEmails, {
        stream: hint.stream,
        names: newEmailNames(t, hint.count),
      }).ok;
    case 'slowDown':
      return apply(castLessOften, { stream: hint.stream, every: hint.every }).ok;
    case 'moveRunDry':
      return apply(moveWhenRunDry, { from: hint.from, to: hint.to }).ok;
  }
}
