/** The buffers behind the typed arrays of a result (two levels deep), to transfer rather than copy. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (v instanceof ArrayBuffer) buffers.add(v);
    else if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
    else if (v !== null && typeof v === 'object' && depth < 3)
      for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...buffers];
}
