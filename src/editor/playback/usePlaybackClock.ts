/**
 * Plays the program: while the preview store says `playing`, the cursor steps to the next cast
 * every 1/speed seconds; at the last cast the store stops playing. The steps are the store's own
 * (stepCast), so play, the buttons and the keys all move the same cursor through the same days.
 */
import { useEffect } from 'react';
import { previewStore, usePreview } from '../../store/usePreview';

export function usePlaybackClock() {
  const playing = usePreview((s) => s.playing);
  const speed = usePreview((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => previewStore.getState().stepCast(1), 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}
