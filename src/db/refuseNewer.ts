/**
 * A database a newer Lanecast upgraded must be neither read nor changed by this version: the
 * newer one may store rows in a shape this one does not know. IndexedDB says so itself (opening
 * at a lower version is a VersionError), but Dexie 4 retries at the version on disk and, when
 * the schema on disk lacks an index it expects, even patches it. So:
 * - `refuseNewerVersion`, run when Dexie has opened the database, fails the open with a
 *   VersionError (reported as "newer", see errors.ts) when the version on disk is above ours;
 * - `withoutUpgradesPastOurs` keeps Dexie's patch from upgrading such a database first.
 * Dexie keeps ten native versions per declared one (a patch adds one), hence the / 10.
 */
import { Dexie } from 'dexie';
import { LATEST_VERSION } from './schema';

const declaredVersion = (nativeVersion: number) => Math.floor(nativeVersion / 10);

export function refuseNewerVersion(db: Dexie): void {
  const onDisk = declaredVersion(db.backendDB().version);
  if (onDisk > LATEST_VERSION)
    throw new Dexie.VersionError(
      `This browser's database is at version ${onDisk}; this Lanecast knows versions up to ${LATEST_VERSION}`,
    );
}

/**
 * IndexedDB, except that an open at a version past ours (only Dexie's patch of a newer
 * database asks for one) becomes an open at version 1, which IndexedDB refuses with a
 * VersionError without touching the database. Dexie then opens it as it is, and
 * refuseNewerVersion refuses it.
 */
export function withoutUpgradesPastOurs(factory: IDBFactory): IDBFactory {
  const guarded: Omit<IDBFactory, 'databases'> & Partial<IDBFactory> = {
    open: (name: string, version?: number) =>
      version !== undefined && declaredVersion(version) > LATEST_VERSION
        ? factory.open(name, 1)
        : factory.open(name, version),
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
  };
  // Only where the browser has it: Dexie looks for `databases` before using it.
  if (typeof factory.databases === 'function') guarded.databases = () => factory.databases();
  return guarded as IDBFactory;
}
