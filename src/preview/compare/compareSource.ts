/**
 * What the compare view needs from the page that holds it (the editor provides it): the programs
 * of this program's family and their stored documents, making a variant, and the runner and
 * state of the comparison. The preview reaches no storage itself.
 */
import { createContext, useContext } from 'react';
import type { Scenario } from '../../model';
import type { CompareRunner } from '../../simulation/compareRunner';
import type { CompareStore } from '../../simulation/compareStore';

export interface FamilyMember {
  id: string;
  name: string;
}

export interface CompareSource {
  /** This program's library id. */
  programId: string;
  /** The live programs of its family (its original and every variant), this one included. */
  family(): Promise<FamilyMember[]>;
  /** A program's stored document; null when it is gone. */
  documentOf(id: string): Promise<Scenario | null>;
  /** Makes a variant of this program as it is now (unsaved edits included). */
  makeVariant(): Promise<FamilyMember>;
  /** Where a program opens (a link). */
  hrefOf(id: string): string;
  runner: CompareRunner;
  store: CompareStore;
}

export const CompareSourceContext = createContext<CompareSource | null>(null);

export function useCompareSource(): CompareSource {
  const source = useContext(CompareSourceContext);
  if (source === null) throw new Error('useCompareSource outside the editor');
  return source;
}
