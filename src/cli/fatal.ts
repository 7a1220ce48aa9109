/**
 * How the command line stops on a failure: its lines on standard error and exit code 2, never a
 * stack trace. Problems it expects (a bad file, a bad option) are `CliError`s with their own
 * words; anything else (a throw anywhere, an unhandled rejection) becomes one line. A reader that
 * stops early (`| head`) is no failure: the command line stops quietly, as Unix tools do.
 */

/** A failure the command line words itself: `lines` go to standard error as they are. */
export class CliError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** Longest message quoted from an error the command line did not expect. */
const MAX_QUOTED = 300;

/** One line for `error`, whatever it is: its message's first line, shortened, never its stack. */
export function describeFailure(error: unknown): string[] {
  if (error instanceof CliError) return [...error.lines];
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = 'an error that cannot be shown';
  }
  const first = text.split('\n', 1)[0]!.trim();
  const short = first.length > MAX_QUOTED ? `${first.slice(0, MAX_QUOTED)}...` : first;
  return [`simulate: unexpected error: ${short}`];
}

let stopping = false;

/**
 * Writes what went wrong and exits 2 once it is written (standard error may be a pipe, whose
 * writes finish later: exiting at once could cut the message). Only the first failure is told.
 */
export function stop(error: unknown): void {
  process.exitCode = 2;
  if (stopping) return;
  stopping = true;
  const text = describeFailure(error).join('\n') + '\n';
  process.stderr.write(text, () => process.exit(2));
}

/** Routes every failure nobody caught through `stop`. Call once, before anything else. */
export function stopOnAnyFailure() {
  process.on('uncaughtException', stop);
  process.on('unhandledRejection', stop);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    stop(error);
  });
  // Standard error itself closed: nothing can be told, but the exit code still says it failed.
  process.stderr.on('error', () => process.exit(2));
}
