/**
 * A lane's people at the cursor as tokens in its foot: those waiting for their next cast, the
 * paused (faded), and the exhausted gathered at the lane's end. Those who received a card at this
 * cast stand on it (CardNode). Hidden while the quiz hides the outcome.
 */
import { useTranslation } from 'react-i18next';
import { laneStanding } from '../../simulation/derive/castScene';
import { usePreview } from '../../store/usePreview';
import { TokenGroup } from './Tokens';
import { useCastScene } from './useCastScene';

export function LaneTokens({ stream }: { stream: string }) {
  const { t } = useTranslation();
  const view = useCastScene();
  const followed = usePreview((s) => (s.followed?.stream === stream ? s.followed : null));
  if (view === null || view.hidden) return null;
  const s = view.result.frame.streamIds.indexOf(stream);
  const scene = view.scene.streams[s];
  if (scene === undefined) return null;
  const standing = laneStanding(scene);
  const onCard = followed !== null && followed.content !== null;
  const where =
    followed === null || onCard
      ? null
      : followed.exhausted
        ? 'end'
        : followed.paused
          ? 'paused'
          : 'waiting';
  const person = (group: string) => (where === group ? followed!.person : null);
  if (standing.waiting + standing.paused + standing.atEnd === 0) return null;
  return (
    <div className="lane__tokens" data-testid={`lane-tokens-${stream}`}>
      <TokenGroup count={standing.waiting} kind="waiting" followed={person('waiting')} />
      <TokenGroup count={standing.paused} kind="paused" followed={person('paused')} />
      {standing.atEnd > 0 && (
        <span className="lane__end">
          <span className="lane__end-label">{t('lane.preview.ranDry')}</span>
          <TokenGroup count={standing.atEnd} kind="end" followed={person('end')} />
        </span>
      )}
    </div>
  );
}
