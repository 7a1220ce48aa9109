// A translation function per language, for checking messages without rendering.
import type { TFunction } from 'i18next';
import { createI18n } from '../../src/i18n/createI18n';

const memory = (): Storage => {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
};

const i18n = createI18n(memory());

export const tFor = (language: 'en' | 'de' | 'fr'): TFunction => i18n.getFixedT(language);
