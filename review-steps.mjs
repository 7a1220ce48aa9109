export default async ({ page, shot, id }) => {
  const doc = async () => { await page.waitForTimeout(600); return (await page.evaluate((id) => window.__lanecast.storedProgram(id), id)); };
  const summary = async () => { const d = await doc(); return JSON.stringify(d.program.streams.map(s => [s.id, s.name, (s.content||[]).map(c=>c.id), (s.transitions||[]).map(t=>t.id)])) + ' batch=' + JSON.stringify(d.program.batchMoves) + ' notes=' + JSON.stringify(d.ui?.notes?.length ?? d.ui); };
  console.log('start', await summary());
  await page.getByText('E1', { exact: true }).click(); return await (await import('./review-steps2.mjs')).default({page,shot,id,doc,summary});
  await page.waitForTimeout(300); await shot('02-card-inspector');
  console.log('INSPECTOR CARD:', await page.locator('.inspector, aside').last().innerText());
  // focus name field in inspector and press Backspace / Delete
  const inputs = page.locator('aside input[type=text], aside input:not([type])');
  console.log('inputs', await inputs.count());
  const first = inputs.first();
  await first.click(); await first.press('End'); await page.keyboard.press('Backspace'); await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  console.log('after backspace in inspector', await summary());
  await page.keyboard.press('Escape');
  await shot('03-after-inspector-backspace');
  // checkbox focus + Delete
  const cb = page.locator('aside input[type=checkbox]').first();
  if (await cb.count()) { await cb.focus(); await page.keyboard.press('Delete'); await page.keyboard.press('Backspace'); console.log('after delete on checkbox', await summary()); }
  const sel = page.locator('aside select').first();
  if (await sel.count()) { await sel.focus(); await page.keyboard.press('Delete'); console.log('after delete on select', await summary()); }
  // Click stream header
  await page.locator('[data-testid=lane-S2] .lane__name').click(); await page.waitForTimeout(300); await shot('04-stream-inspector');
  console.log('INSPECTOR STREAM:', await page.locator('aside').last().innerText());
  // Rule edge label
  await page.getByText('fills out form F-demo').first().click(); await page.waitForTimeout(300); await shot('05-rule-inspector');
  console.log('INSPECTOR RULE:', await page.locator('aside').last().innerText());
  await page.getByText('when exhausted · daily 07:00').first().click(); await page.waitForTimeout(300); await shot('06-batch-inspector');
  console.log('INSPECTOR BATCH:', await page.locator('aside').last().innerText());
};
