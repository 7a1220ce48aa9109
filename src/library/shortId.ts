/** A short, readable id for a new program's `program.id` (the library's own key is a UUID). */
export function shortId(): string {
  return `program-${crypto.randomUUID().slice(0, 8)}`;
}
