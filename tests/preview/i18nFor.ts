// A translation function per language, for checking messages without rendering.
import type { TFunction } from 'i18next';
import { createI18n } from '../../src/i18n/createI18n';
import { memoryStorage } from '../fixtures/memoryStorage';

const i18n = createI18n(memoryStorage());

export const tFor = (language: 'en' | 'de' | 'fr'): TFunction => i18n.getFixedT(language);
