/**
 * What-if variants' names: "<original> (variant N)", N chosen by the repository (the first free
 * one). A variant of a variant is named after the same original, so the family reads as one list.
 */
import type { TFunction } from 'i18next';

export function variantNameFor(t: TFunction, original: string): (n: number) => string {
  return (n) => t('library.variantName', { name: original, n });
}
