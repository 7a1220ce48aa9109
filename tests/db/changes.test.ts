// Cross-tab change notifications: a channel delivers to other tabs' channels, never to its own
// tab, and the repo publishes after committed writes only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChangeChannel, type ChangeChannel, type DbChange } from '../../src/db/changes';
import { ProgramRepo } from '../../src/db/programRepo';
import { closeAll, freshDb, scenario } from './helpers';

const channels: ChangeChannel[] = [];

afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
  vi.unstubAllGlobals();
  return closeAll();
});

/** A channel and everything it hears. */
function listen(tabId: string) {
  const channel = createChangeChannel(tabId);
  channels.push(channel);
  const heard: DbChange[] = [];
  channel.subscribe((change) => heard.push(change));
  return { channel, heard };
}

async function until(condition: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(condition()).toBe(true), { timeout: 2000, interval: 5 });
}

describe('createChangeChannel', () => {
  it('delivers to other tabs but not to its own', async () => {
    const a = listen('tab-a');
    const alsoA = listen('tab-a'); // a second channel in the same tab
    const b = listen('tab-b');
    a.channel.publish({ kind: 'program-saved', id: 'p1', revision: 2 });
    await until(() => b.heard.length === 1);
    expect(b.heard).toEqual([{ kind: 'program-saved', id: 'p1', revision: 2, tab: 'tab-a' }]);

    // B's reply is sent after A's message arrived, so once it is heard A's was too, if ever.
    b.channel.publish({ kind: 'library-changed' });
    await until(() => alsoA.heard.length === 1 && a.heard.length === 1);
    expect(alsoA.heard).toEqual([{ kind: 'library-changed', tab: 'tab-b' }]);
    expect(a.heard).toEqual([{ kind: 'library-changed', tab: 'tab-b' }]);
    expect(b.heard).toHaveLength(1);
  });

  it('stops delivering after unsubscribe and close', async () => {
    const a = listen('tab-a');
    const b = createChangeChannel('tab-b');
    channels.push(b);
    const heard: DbChange[] = [];
    const unsubscribe = b.subscribe((change) => heard.push(change));
    const c = listen('tab-c');
    unsubscribe();
    a.channel.publish({ kind: 'program-deleted', id: 'p1' });
    await until(() => c.heard.length === 1);
    expect(heard).toEqual([]);
    a.channel.close();
    expect(() => a.channel.publish({ kind: 'library-changed' })).not.toThrow();
  });

  it('gives each tab a random id by default', () => {
    const [one, two] = [createChangeChannel(), createChangeChannel()];
    channels.push(one, two);
    expect(one.tabId).not.toBe(two.tabId);
  });

  it('does nothing without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = createChangeChannel('alone');
    const unsubscribe = channel.subscribe(() => {});
    expect(() => channel.publish({ kind: 'library-changed' })).not.toThrow();
    unsubscribe();
    channel.close();
  });
});

describe('ProgramRepo notifications', () => {
  it('publishes committed writes, and nothing for a refused save', async () => {
    const writer = listen('writer');
    const reader = listen('reader');
    const repo = new ProgramRepo(freshDb(), writer.channel);
    const created = await repo.createProgram(scenario());
    await repo.saveProgram(created.id, scenario('v2'), 1);
    await repo.saveProgram(created.id, scenario('stale'), 1); // conflict: not published
    await repo.deleteProgram(created.id);
    await repo.purgeDeleted(0);
    await until(() => reader.heard.length === 4);
    expect(reader.heard).toEqual([
      { kind: 'program-saved', id: created.id, revision: 1, tab: 'writer' },
      { kind: 'program-saved', id: created.id, revision: 2, tab: 'writer' },
      { kind: 'program-deleted', id: created.id, tab: 'writer' },
      { kind: 'library-changed', tab: 'writer' },
    ]);
    expect(writer.heard).toEqual([]);
  });
});
