/** Command-line arguments of `npm run simulate` (spec: Command line). */
import { isIsoDate } from '../model';
import type { Format } from '../engine';
export type { Format };

export interface CliArgs {
  file: string;
  format: Format;
  from?: string;
  until?: string;
  seed?: number;
  explain?: string;
  /** With `explain`: why this rule did or did not move the person; `stream` picks its stream. */
  whyNot?: string;
  stream?: string;
}

export const USAGE =
  'usage: npm run --silent simulate -- <scenario.json> [--format jsonl|csv|summary] [--from YYYY-MM-DD] [--until YYYY-MM-DD] [--seed N] [--explain PERSON [--why-not RULE [--stream STREAM]]]';

export type ParsedArgs =
  { ok: true; args: CliArgs } | { ok: false; errors: string[] } | { ok: 'help' };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const errors: string[] = [];
  const files: string[] = [];
  const args: Partial<CliArgs> = { format: 'jsonl' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) {
      errors.push(`${flag}: expected a value`);
      continue;
    }
    switch (flag) {
      case '--format':
        if (value === 'jsonl' || value === 'csv' || value === 'summary') args.format = value;
        else errors.push(`--format: expected one of jsonl, csv, summary, got "${value}"`);
        break;
      case '--from':
      case '--until':
        if (isIsoDate(value)) args[flag === '--from' ? 'from' : 'until'] = value;
        else errors.push(`${flag}: expected a date YYYY-MM-DD, got "${value}"`);
        break;
      case '--seed':
        if (/^-?\d+$/.test(value) && Number.isSafeInteger(Number(value))) args.seed = Number(value);
        else errors.push(`--seed: expected a whole number, got "${value}"`);
        break;
      case '--explain':
        args.explain = value;
        break;
      case '--why-not':
        args.whyNot = value;
        break;
      case '--stream':
        args.stream = value;
        break;
      default:
        errors.push(`${flag}: unknown option`);
    }
  }
  if (files.length !== 1)
    errors.push(
      files.length === 0
        ? 'expected a scenario file'
        : `expected one scenario file, got ${files.length}`,
    );
  if (args.whyNot !== undefined && args.explain === undefined)
    errors.push('--why-not: needs --explain PERSON');
  if (args.stream !== undefined && args.whyNot === undefined)
    errors.push('--stream: needs --why-not RULE');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, args: { ...args, file: files[0]! } as CliArgs };
}
