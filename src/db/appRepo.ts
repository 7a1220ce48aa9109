// The app's repository over its database: loaded on demand (DeferredProgramRepo), as it brings
// Dexie and the scenario schemas with it.
import type { ChangeChannel } from './changes';
import { getDatabase } from './db';
import { ProgramRepo } from './programRepo';

export function openAppRepo(channel: ChangeChannel): ProgramRepo {
  return new ProgramRepo(getDatabase(), channel);
}
