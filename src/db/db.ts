// The Lanecast IndexedDB database (Dexie subclass) and the app's lazily created singleton.
// Only src/db touches it: everything else goes through ProgramRepo.
import { Dexie, type EntityTable } from 'dexie';
import { refuseNewerVersion, withoutUpgradesPastOurs } from './refuseNewer';
import { DEFAULT_DATABASE_NAME, dbSchemaV1, dbSchemaV2, dbSchemaV3, dbSchemaV4 } from './schema';
import type { BookmarkRecord, ProgramRecord, RevisionRecord, SettingRecord } from './types';
import { upgradeToV2 } from './upgrades/upgradeToV2';
import { upgradeToV4 } from './upgrades/upgradeToV4';

export { DEFAULT_DATABASE_NAME };

export class LanecastDB extends Dexie {
  // `declare`: a class field would be initialised after super() and hide Dexie's tables.
  declare readonly programs: EntityTable<ProgramRecord, 'id'>;
  declare readonly revisions: EntityTable<RevisionRecord, 'id'>;
  declare readonly settings: EntityTable<SettingRecord, 'key'>;
  declare readonly bookmarks: EntityTable<BookmarkRecord, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    const { indexedDB } = Dexie.dependencies;
    // Without IndexedDB Dexie reports MissingAPIError itself.
    super(name, indexedDB ? { indexedDB: withoutUpgradesPastOurs(indexedDB) } : {});
    // Dexie's default versionchange handler closes this connection so another tab can upgrade,
    // and reopens it on the next query; a newer schema then surfaces as a StorageError.
    this.version(1).stores(dbSchemaV1);
    this.version(2).stores(dbSchemaV2).upgrade(upgradeToV2);
    this.version(3).stores(dbSchemaV3); // a new table only: no rows to change
    this.version(4).stores(dbSchemaV4).upgrade(upgradeToV4);
    // A database a newer Lanecast wrote is refused (refuseNewer.ts). Sticky: on every (re)open.
    this.on('ready', refuseNewerVersion, true);
  }
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
