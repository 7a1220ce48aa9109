/**
 * The share link of a program: this page's address with the program packed into its fragment
 * (`#/open/v1.<data>`, shareCode.ts). The document goes as it is exported (rules without a trigger
 * left out, layout and notes kept). Past MAX_LINK_CHARS there is no link: mail and chat programs
 * cut or wrap long addresses, and the file does the same job whole.
 */
import { hrefOf } from '../app/route';
import { exportable, type DraftRef } from '../document/draftRules';
import type { Scenario } from '../model';
import { encodeShareData, MAX_SHARED_BYTES } from './shareCode';

export const MAX_LINK_CHARS = 32_000;

export type ShareLink =
  | { kind: 'link'; url: string; omitted: DraftRef[] }
  /** Longer than MAX_LINK_CHARS: `length` characters. */
  | { kind: 'tooLong'; length: number; max: number }
  /** Larger than a link may unpack to (MAX_SHARED_BYTES), whatever its length. */
  | { kind: 'tooLarge'; max: number };

export async function makeShareLink(doc: Scenario, pageUrl: string): Promise<ShareLink> {
  const { doc: file, omitted } = exportable(doc);
  const data = await encodeShareData(JSON.stringify(file));
  if (data === null) return { kind: 'tooLarge', max: MAX_SHARED_BYTES };
  const url = new URL(hrefOf({ page: 'open', data }), pageUrl).href;
  if (url.length > MAX_LINK_CHARS)
    return { kind: 'tooLong', length: url.length, max: MAX_LINK_CHARS };
  return { kind: 'link', url, omitted };
}
