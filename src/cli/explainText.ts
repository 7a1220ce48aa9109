import type { SimulationPlan } from '../engine';
export function explainToText(plan: SimulationPlan, person: string): string | null {
  void plan;
  void person;
  return null;
}
