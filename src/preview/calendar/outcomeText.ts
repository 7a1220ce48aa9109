/** A person's outcome at a cast in words: "got E2", "E3 blocked: limit reached", "paused". */
import type { TFunction } from 'i18next';
import { CELL_FLAG, OUTCOME, type PreviewFrame } from '../../engine';
import { itemLabel } from '../../wording/itemLabel';

const KEYS = {
  [OUTCOME.none]: 'none',
  [OUTCOME.sent]: 'sent',
  [OUTCOME.blockedUnsubscribed]: 'blockedUnsubscribed',
  [OUTCOME.blockedLimit]: 'blockedLimit',
  [OUTCOME.programQualified]: 'programQualified',
  [OUTCOME.programFailed]: 'programFailed',
} as const;

export function outcomeText(
  t: TFunction,
  language: string,
  frame: PreviewFrame,
  outcome: number,
  content: number,
  flags: number,
): string {
  if (flags & CELL_FLAG.lost) return t('preview.calendar.outcome.lost');
  if (flags & CELL_FLAG.paused) return t('preview.calendar.outcome.paused');
  const key = KEYS[outcome as keyof typeof KEYS] ?? 'none';
  if (key === 'none')
    return flags & CELL_FLAG.exhausted
      ? t('preview.calendar.outcome.exhausted')
      : t('preview.calendar.outcome.none');
  const id = frame.contentIds[content] ?? '';
  return t(`preview.calendar.outcome.${key}`, {
    item: itemLabel(language, id, frame.contentNames[content]),
  });
}
