/** The import's "add them to the program" choice, and the join it makes (or none). */
import type { JoinOnImport } from '../../document/ops/people';

export interface JoinChoice {
  join: boolean;
  stream: string;
  date: string;
  time: string;
}

export const joinOf = (choice: JoinChoice): JoinOnImport | undefined =>
  choice.join && /^\d{4}-\d{2}-\d{2}$/.test(choice.date) && /^\d{2}:\d{2}$/.test(choice.time)
    ? { stream: choice.stream, at: `${choice.date}T${choice.time}` }
    : undefined;
