// The command line frees a large file's bytes right after compiling them (src/cli/loadPlan.ts),
// which holds the peak memory of a million listed people under 500 MB: that needs a full
// collection on request, without starting Node with --expose-gc.
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/cli/collectGarbage';

/** A WeakRef to a large buffer nothing else refers to (made in its own frame). */
function droppedBuffer(): WeakRef<ArrayBuffer> {
  return new WeakRef(new ArrayBuffer(64 * 1024 * 1024));
}

describe('collectGarbage', () => {
  it('frees a buffer nothing refers to any more', async () => {
    const ref = droppedBuffer();
    // A WeakRef's target is kept until the current job ends: let it end first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref() === undefined).toBe(true); // not the buffer itself: a failure would print it
  });
});
