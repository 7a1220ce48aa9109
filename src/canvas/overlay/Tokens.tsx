/**
 * People as tokens: a dot each, up to TOKEN_LIMIT; more show as one badge with their number. The
 * dots are for the eyes (the lane's and card's counts say the same in words); the followed
 * person's token is a ring with their name beside it, named for screen readers too.
 */
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../wording/intl';

/** Above this many people in one place, a count badge instead of dots. */
export const TOKEN_LIMIT = 12;

export function TokenGroup({
  count,
  kind,
  followed,
}: {
  count: number;
  kind: 'waiting' | 'paused' | 'end' | 'card';
  /** The followed person stands here: one of the `count` is drawn as their ring. */
  followed?: string | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const others = followed ? count - 1 : count;
  if (count <= 0) return null;
  return (
    <span className={`tokens tokens--${kind}`} data-testid={`tokens-${kind}`}>
      {followed && <FollowedToken person={followed} />}
      {others > TOKEN_LIMIT ? (
        <span
          className="tokens__badge"
          aria-hidden="true"
          title={t('lane.preview.tokens', { count: others })}
        >
          {numberFormat(i18n.language).format(others)}
        </span>
      ) : (
        Array.from({ length: Math.max(0, others) }, (_, i) => (
          <span key={i} className="tokens__dot" aria-hidden="true" />
        ))
      )}
    </span>
  );
}

function FollowedToken({ person }: { person: string }) {
  const { t } = useTranslation();
  return (
    <span
      className="tokens__followed"
      role="img"
      aria-label={t('editor.playback.following', { person })}
      data-testid="followed-token"
    >
      <span className="tokens__ring" aria-hidden="true" />
      <span className="tokens__name" aria-hidden="true">
        {person}
      </span>
    </span>
  );
}
