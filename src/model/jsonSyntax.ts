/**
 * Finds the first syntax error in JSON text, with its line and column, so a broken file gets one
 * precise line whatever the JavaScript engine's own message looks like (V8's differs by version
 * and may quote several lines of the file). Only called after JSON.parse has failed, which may
 * also be a stack overflow on deep nesting: the scan descends at most `maxDepth` levels and then
 * reports the depth (measured by a flat count of brackets) instead of recursing further.
 */
import type { MessageCode, Phrase } from './messages';
import { quote } from './quote';

export type JsonTextError =
  | { kind: 'syntax'; line: number; column: number; reason: Phrase }
  | { kind: 'depth'; depth: number };

/** Thrown inside the scan; caught by findJsonSyntaxError. */
interface Stop {
  at: number;
  reason: Phrase | 'depth';
}

class Scanner {
  i = 0;
  depth = 0;
  constructor(
    readonly text: string,
    readonly maxDepth: number,
  ) {}

  fail(code: MessageCode, char?: string): never {
    const stop: Stop = {
      at: this.i,
      reason:
        this.i >= this.text.length
          ? { code: 'endsEarly' }
          : char === undefined
            ? { code }
            : { code, params: { char: show(char) } },
    };
    throw stop;
  }

  /** One level deeper, or stop when past the limit (before the stack is at risk). */
  enter() {
    if (++this.depth > this.maxDepth) throw { at: this.i, reason: 'depth' } satisfies Stop;
  }

  space() {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }

  peek(): string {
    return this.text[this.i] ?? '';
  }

  /** Steps over `char`, or fails with `code` naming the character found instead. */
  expect(char: string, code: MessageCode) {
    if (this.peek() !== char) this.fail(code, this.peek());
    this.i++;
  }

  value() {
    this.space();
    const c = this.peek();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null'])
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    this.fail('expectedValue', c);
  }

  object() {
    this.enter();
    this.i++;
    this.space();
    if (this.peek() === '}') return this.leave();
    for (;;) {
      this.space();
      if (this.peek() !== '"') this.fail('expectedName', this.peek());
      this.string();
      this.space();
      this.expect(':', 'expectedColon');
      this.value();
      this.space();
      if (this.peek() === ',') {
        this.i++;
        continue;
      }
      this.expect('}', 'expectedCommaOrBrace');
      return void this.depth--;
    }
  }

  /** The empty `{}` or `[]` closes: one level up. */
  leave() {
    this.i++;
    this.depth--;
  }

  array() {
    this.enter();
    this.i++;
    this.space();
    if (this.peek() === ']') return this.leave();
    for (;;) {
      this.value();
      this.space();
      if (this.peek() === ',') {
        this.i++;
        continue;
      }
      this.expect(']', 'expectedCommaOrBracket');
      return void this.depth--;
    }
  }

  string() {
    this.i++;
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('stringNotClosed');
      if (c === '"') return void this.i++;
      if (c < ' ') this.fail('controlInString');
      if (c === '\\') {
        const next = this.text[this.i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6)))
          this.i += 6;
        else if ('"\\/bfnrt'.includes(next) && next !== '') this.i += 2;
        else this.fail('badEscape');
        continue;
      }
      this.i++;
    }
  }

  number() {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail('badNumber');
    this.i += m[0].length;
  }
}

/** The character a problem names, quoted (one character: never long). */
function show(c: string): string {
  return quote(c);
}

/** How deep brackets nest in `text`, outside strings: a flat count, for any depth. */
export function textDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The first syntax error of `text`, its nesting if deeper than `maxDepth`, or null if valid. */
export function findJsonSyntaxError(text: string, maxDepth = Infinity): JsonTextError | null {
  const scanner = new Scanner(text, maxDepth);
  try {
    scanner.value();
    scanner.space();
    if (scanner.i < text.length) scanner.fail('afterEnd', scanner.peek());
    return null;
  } catch (error) {
    const { at, reason } = error as Stop;
    if (reason === 'depth') return { kind: 'depth', depth: textDepth(text) };
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { kind: 'syntax', line, column: at - before.lastIndexOf('\n'), reason };
  }
}
