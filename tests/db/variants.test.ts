import { afterEach, describe, expect, it } from 'vitest';
import { ProgramRepo } from '../../src/db/programRepo';
import { MissingProgramError } from '../../src/db/types';
import { closeAll, freshDb, manualClock, scenario } from './helpers';

afterEach(closeAll);

const variantName = (n: number) => `Nurture (variant ${n})`;

function setup() {
  const clock = manualClock();
  const repo = new ProgramRepo(freshDb(), undefined, () => {
    clock.tick();
    return clock.now();
  });
  return repo;
}

describe('what-if variants', () => {
  it('copies the document under the first free variant name, linked to its original', async () => {
    const repo = setup();
    const original = await repo.createProgram(scenario('Nurture'));
    const first = await repo.createVariant(original.id, variantName);
    const second = await repo.createVariant(original.id, variantName);
    expect(first).toMatchObject({
      name: 'Nurture (variant 1)',
      variantOf: original.id,
      revision: 1,
    });
    expect(second).toMatchObject({ name: 'Nurture (variant 2)', variantOf: original.id });
    // The whole document is copied (its layout too), with the new name.
    expect(first.document).toEqual({
      ...original.document,
      program: { ...original.document.program, name: 'Nurture (variant 1)' },
    });
    // The original is untouched.
    expect(await repo.getProgram(original.id)).toEqual(original);
  });

  it('links a variant of a variant to the same original, and lists the family', async () => {
    const repo = setup();
    const original = await repo.createProgram(scenario('Nurture'));
    const other = await repo.createProgram(scenario('Other'));
    const first = await repo.createVariant(original.id, variantName);
    const nested = await repo.createVariant(first.id, variantName);
    expect(nested).toMatchObject({ name: 'Nurture (variant 2)', variantOf: original.id });
    const family = [original.id, first.id, nested.id];
    expect((await repo.listVariants(nested.id)).map((p) => p.id)).toEqual(family);
    expect((await repo.listVariants(original.id)).map((p) => p.id)).toEqual(family);
    expect((await repo.listVariants(other.id)).map((p) => p.id)).toEqual([other.id]);
    // Deleted programs leave the family; the list names each program's original.
    await repo.deleteProgram(first.id);
    expect((await repo.listVariants(original.id)).map((p) => p.id)).toEqual([
      original.id,
      nested.id,
    ]);
    const listed = await repo.listPrograms();
    expect(listed.find((p) => p.id === nested.id)?.variantOf).toBe(original.id);
    expect(listed.find((p) => p.id === original.id)?.variantOf).toBeNull();
  });

  it('refuses a variant of a deleted program and stores nothing', async () => {
    const repo = setup();
    const original = await repo.createProgram(scenario('Nurture'));
    await repo.deleteProgram(original.id);
    await expect(repo.createVariant(original.id, variantName)).rejects.toBeInstanceOf(
      MissingProgramError,
    );
    expect(await repo.listPrograms()).toEqual([]);
  });
});

describe('a variant from the editor', () => {
  it('copies the document it is given (edits not saved yet), not the stored one', async () => {
    const repo = setup();
    const original = await repo.createProgram(scenario('Nurture'));
    const edited = scenario('Nurture');
    edited.program.streams = edited.program.streams.slice(0, 1);
    const variant = await repo.createVariant(original.id, variantName, edited);
    expect(variant.document.program.streams).toHaveLength(1);
    expect(variant).toMatchObject({
      name: 'Nurture (variant 1)',
      streamCount: 1,
      variantOf: original.id,
    });
    expect((await repo.getProgram(original.id))!.document.program.streams).toHaveLength(2);
  });
});
