// The languages Lanecast is translated into, and how the user's choice is remembered.

export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Each language's name in itself, the same in every interface language, so a reader finds theirs
 * whatever the page speaks. Not in the locale files: the app loads only the reader's language, so
 * the others' files would not be there to name them.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

/** localStorage key holding the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'lanecast.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, else the first browser language we support, else English. */
export function detectLanguage(
  storage: Storage | undefined,
  preferred: readonly string[],
): Language {
  const saved = readSaved(storage);
  if (saved) return saved;
  const match = preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return match ?? DEFAULT_LANGUAGE;
}

function readSaved(storage: Storage | undefined): Language | undefined {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage can be disabled (privacy settings); fall back to detection
  }
}

export function saveLanguage(storage: Storage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice simply isn't remembered.
  }
}
