/**
 * A program name no other program has, for imports: the name itself when it is free, else
 * "Name (2)", "Name (3)"... the first free number. A name that already ends in " (n)" counts on
 * from n, so importing "Name (2)" beside it gives "Name (3)", not "Name (2) (2)". Names compare
 * without regard to case, as people read them.
 */
const key = (name: string) => name.toLowerCase();
const NUMBERED = /^(.*) \((\d+)\)$/s;

export function freeName(name: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, key));
  if (!used.has(key(name))) return name;
  const numbered = NUMBERED.exec(name);
  const base = numbered ? numbered[1]! : name;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(key(candidate))) return candidate;
  }
}
