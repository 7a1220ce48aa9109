/**
 * Opening a share link: its data unpacked (shareCode.ts), then read, checked, migrated and stored
 * exactly as an imported file is (library/importFiles.ts), always as a new program under a free
 * name. A damaged link stores nothing and says, in words, what is wrong with it.
 */
import type { TFunction } from 'i18next';
import { importText, type CreateProgram, type ImportResult } from '../library/importFiles';
import { decodeShareData, SHARE_VERSION, type ShareDamage } from './shareCode';

export async function openSharedLink(
  data: string,
  create: CreateProgram,
  t: TFunction,
): Promise<ImportResult> {
  const source = t('library.openLink.source');
  const decoded = await decodeShareData(data);
  if (!decoded.ok)
    return { ok: false, failure: { fileName: source, problems: [damageText(decoded.damage, t)] } };
  return importText(decoded.text, source, create, t);
}

export function damageText(damage: ShareDamage, t: TFunction): string {
  switch (damage.kind) {
    case 'version':
      return damage.found === ''
        ? t('library.openLink.damage.noVersion')
        : t('library.openLink.damage.version', { found: damage.found, known: SHARE_VERSION });
    case 'base64':
      return t('library.openLink.damage.base64');
    case 'compression':
      return t('library.openLink.damage.compression');
    case 'tooLarge':
      return t('library.openLink.damage.tooLarge', { max: damage.max / (1024 * 1024) });
  }
}
