/**
 * Under "any email of stream X": which emails the group's triggers name and, once X's emails have
 * changed since it was chosen, what changed and a button that brings it up to X's emails of now.
 */
import { useTranslation } from 'react-i18next';
import { refreshTriggerGroup } from '../document/actions/rules';
import { driftFrom, isOutdated, type TriggerGroup } from '../document/triggerGroups';
import { editorStore } from '../store/useEditor';
import type { Names } from '../wording/names';

export function TriggerGroupNotice({
  group,
  names,
  rule,
}: {
  group: TriggerGroup;
  names: Names;
  /** The rule's stream and id, for the update. */
  rule: { stream: string; id: string };
}) {
  const { t } = useTranslation();
  const stream = names.stream(group.stream);
  const now = names.emailsOf(group.stream) ?? [];
  const drift = driftFrom(group, now);
  const emails = (ids: readonly string[]) =>
    t('inspector.selection.list', { values: ids.map(names.content) });
  if (!isOutdated(drift))
    return (
      <p className="field__hint">
        {t('inspector.trigger.groupCovers', { stream, emails: emails(group.contents) })}
      </p>
    );
  return (
    <div
      className="group-drift"
      role="group"
      aria-label={t('inspector.trigger.groupChanged', { stream })}
    >
      <p className="field__warning">{t('inspector.trigger.groupChanged', { stream })}</p>
      {drift.added.length > 0 && (
        <p className="field__hint">
          {t('inspector.trigger.groupAdded', { stream, emails: emails(drift.added) })}
        </p>
      )}
      {drift.gone.length > 0 && (
        <p className="field__hint">
          {t('inspector.trigger.groupGone', { stream, emails: emails(drift.gone) })}
        </p>
      )}
      {now.length === 0 && (
        <p className="field__hint">{t('inspector.trigger.groupEmptyNow', { stream })}</p>
      )}
      <button
        type="button"
        onClick={() =>
          editorStore.getState().apply(refreshTriggerGroup, {
            stream: rule.stream,
            rule: rule.id,
            group: { type: group.type, stream: group.stream },
          })
        }
      >
        {t('inspector.trigger.groupUpdate', { stream })}
      </button>
    </div>
  );
}
