/**
 * What a CSV column probably holds, from its header as people write it in English, German and
 * French ("E-Mail", "Zeitzone", "désabonné"...): the import dialog's default mapping.
 */

export type ColumnTarget =
  | { to: 'id' }
  | { to: 'timeZone' }
  | { to: 'unsubscribed' }
  | { to: 'programs' }
  | { to: 'attribute'; name: string }
  | { to: 'ignore' };

/** The targets at most one column can have. */
export type SingleTarget = 'id' | 'timeZone' | 'unsubscribed' | 'programs';
export const SINGLE_TARGETS: readonly SingleTarget[] = [
  'id',
  'timeZone',
  'unsubscribed',
  'programs',
];

/** Header names per target, best first ("id" beats "email" when a file has both). */
const NAMES: Record<SingleTarget, readonly string[]> = {
  id: [
    'id',
    'personid',
    'contactid',
    'leadid',
    'userid',
    'customerid',
    'kundenid',
    'kundennummer',
    'identifiant',
    'email',
    'emailaddress',
    'emailadresse',
    'mail',
    'courriel',
    'adressecourriel',
    'adresseemail',
    'adressemail',
  ],
  timeZone: ['timezone', 'tz', 'zone', 'zeitzone', 'fuseau', 'fuseauhoraire'],
  unsubscribed: [
    'unsubscribed',
    'unsubscribe',
    'optout',
    'optedout',
    'abgemeldet',
    'abmeldung',
    'desabonne',
    'desabonnee',
    'desinscrit',
    'desinscrite',
  ],
  programs: [
    'programs',
    'program',
    'programmes',
    'programme',
    'programmemberships',
    'memberships',
    'mitgliedschaften',
    'programmitgliedschaften',
    'adhesions',
  ],
};

/** "E-Mail" → "email", "Désabonné" → "desabonne", "Time zone" → "timezone". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A mapping for every column: each of id, time zone, unsubscribed and program memberships goes to
 * the column whose header names it best; the others become attributes named after their header
 * (a repeated or empty header is ignored, for the user to name).
 */
export function defaultMapping(headers: readonly string[]): ColumnTarget[] {
  const keys = headers.map(headerKey);
  const mapping: ColumnTarget[] = headers.map(() => ({ to: 'ignore' }));
  const taken = new Set<number>();
  for (const target of SINGLE_TARGETS) {
    let best = -1;
    let bestRank = Infinity;
    keys.forEach((key, column) => {
      const rank = NAMES[target].indexOf(key);
      if (rank >= 0 && rank < bestRank && !taken.has(column)) {
        best = column;
        bestRank = rank;
      }
    });
    if (best >= 0) {
      mapping[best] = { to: target };
      taken.add(best);
    }
  }
  const names = new Set<string>();
  headers.forEach((header, column) => {
    const name = header.trim();
    if (taken.has(column) || name === '' || names.has(name)) return;
    names.add(name);
    mapping[column] = { to: 'attribute', name };
  });
  return mapping;
}
