// The Lanecast IndexedDB database (Dexie subclass) and the app's lazily created singleton.
// Only src/db touches it: everything else goes through ProgramRepo.
import { Dexie, type EntityTable } from 'dexie';
import { dbSchemaV1, dbSchemaV2, LATEST_VERSION } from './schema';
import type { ProgramRecord, RevisionRecord, SettingRecord } from './types';
import { upgradeToV2 } from './upgrades/upgradeToV2';

export const DEFAULT_DATABASE_NAME = 'lanecast';

export class LanecastDB extends Dexie {
  // `declare`: a class field would be initialised after super() and hide Dexie's tables.
  declare readonly programs: EntityTable<ProgramRecord, 'id'>;
  declare readonly revisions: EntityTable<RevisionRecord, 'id'>;
  declare readonly settings: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    super(name);
    // Dexie's default versionchange handler closes this connection so another tab can upgrade,
    // and reopens it on the next query; a newer schema then surfaces as a StorageError.
    this.version(1).stores(dbSchemaV1);
    this.version(2).stores(dbSchemaV2).upgrade(upgradeToV2);
    // Sticky: checked on every (re)open, not only the first.
    this.on('ready', refuseNewerVersion, true);
  }
}

/**
 * Dexie 4 opens a database a newer Lanecast upgraded (it retries IndexedDB's VersionError at the
 * version on disk) and would read and write rows in a format this version does not know. Refuse
 * instead, as IndexedDB would: a VersionError, which the UI names ("data from a newer Lanecast").
 * Dexie keeps ten native versions per declared one (a `stores` patch adds one), hence / 10.
 */
function refuseNewerVersion(db: Dexie): void {
  const onDisk = Math.floor(db.backendDB().version / 10);
  if (onDisk > LATEST_VERSION)
    throw new Dexie.VersionError(
      `This browser's database is at version ${onDisk}; this Lanecast knows versions up to ${LATEST_VERSION}`,
    );
}

/** A connection to the named database; Dexie opens it on first use. */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME): LanecastDB {
  return new LanecastDB(name);
}

let appDatabase: LanecastDB | undefined;

/** The app's database, created on first call (not at import, so tests and SSR stay clean). */
export function getDatabase(): LanecastDB {
  appDatabase ??= openDatabase();
  return appDatabase;
}
