/**
 * Finds the first syntax error in JSON text, with its line and column, so a broken file gets one
 * precise line whatever the JavaScript engine's own message looks like (V8's differs by version
 * and may quote several lines of the file). Only called after JSON.parse has failed.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  fail(reason: string): never {
    throw { at: this.i, reason: this.i >= this.text.length ? 'the file ends too early' : reason };
  }

  space() {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }

  peek(): string {
    return this.text[this.i] ?? '';
  }

  expect(char: string, reason: string) {
    if (this.peek() !== char) this.fail(this.peek() === '' ? 'the file ends too early' : reason);
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
    this.fail(c === '' ? 'the file ends too early' : `expected a value, got ${show(c)}`);
  }

  object() {
    this.i++;
    this.space();
    if (this.peek() === '}') return void this.i++;
    for (;;) {
      this.space();
      if (this.peek() !== '"')
        this.fail(`expected a "quoted" property name, got ${show(this.peek())}`);
      this.string();
      this.space();
      this.expect(':', `expected ":" after the property name, got ${show(this.peek())}`);
      this.value();
      this.space();
      if (this.peek() === ',') {
        this.i++;
        continue;
      }
      this.expect('}', `expected "," or "}", got ${show(this.peek())}`);
      return;
    }
  }

  array() {
    this.i++;
    this.space();
    if (this.peek() === ']') return void this.i++;
    for (;;) {
      this.value();
      this.space();
      if (this.peek() === ',') {
        this.i++;
        continue;
      }
      this.expect(']', `expected "," or "]", got ${show(this.peek())}`);
      return;
    }
  }

  string() {
    this.i++;
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('a string is not closed');
      if (c === '"') return void this.i++;
      if (c < ' ') this.fail('a line break or control character inside a string');
      if (c === '\\') {
        const next = this.text[this.i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6)))
          this.i += 6;
        else if ('"\\/bfnrt'.includes(next) && next !== '') this.i += 2;
        else this.fail('an invalid escape in a string');
        continue;
      }
      this.i++;
    }
  }

  number() {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail('an invalid number');
    this.i += m[0].length;
  }
}

function show(c: string): string {
  return c === '' ? 'the end of the file' : JSON.stringify(c);
}

/** The first syntax error of `text`, or null if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    if (scanner.i < text.length)
      scanner.fail(`unexpected ${show(scanner.peek())} after the end of the document`);
    return null;
  } catch (error) {
    const { at, reason } = error as { at: number; reason: string };
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n'), reason };
  }
}
