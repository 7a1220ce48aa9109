export default async ({ page, shot, id, summary }) => {
  const log = async (l) => console.log(l, await summary());
  // focus an inspector button and press Delete
  await page.getByText('E4', { exact: true }).click();
  await page.getByRole('button', { name: 'Move down' }).focus();
  await page.keyboard.press('Delete'); await log('delete while Move down focused');
  await page.getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Backspace'); await log('backspace while Move up focused');
  // Palette button focused
  await page.getByText('E4', { exact: true }).click();
  await page.getByTestId('palette-email').focus(); await page.keyboard.press('Delete'); await log('delete while palette focused');
  // Toolbar History button focused
  await page.getByText('E4', { exact: true }).click();
  await page.getByRole('button', { name: 'Problems' }).focus().catch(()=>{}); await page.keyboard.press('Backspace'); await log('backspace while problems toggle focused');
  // Plain delete on card
  await page.getByText('E4', { exact: true }).click(); await page.keyboard.press('Delete'); await log('delete card E4');
  await shot('07-after-delete-card');
  await page.keyboard.press('Control+z'); await log('undo');
  await page.keyboard.press('Control+Shift+z'); await log('redo');
  await page.keyboard.press('Control+z'); await log('undo again');
  // delete the transition edge
  await page.getByText('fills out form F-demo').first().click(); await page.keyboard.press('Backspace'); await log('backspace rule');
  await page.keyboard.press('Control+z'); await log('undo rule');
  await page.getByText('when exhausted · daily 07:00').first().click(); await page.keyboard.press('Delete'); await log('delete batch');
  await page.keyboard.press('Control+z'); await log('undo batch');
  // delete lane
  await page.locator('[data-testid=lane-S1] .lane__name').click(); await page.keyboard.press('Delete'); await log('delete lane S1');
  await shot('08-after-delete-lane');
  await page.keyboard.press('Control+z'); await log('undo lane');
  await shot('09-after-undo-lane');
  // Program entry node delete
  await page.getByText('Program entry').click(); await page.keyboard.press('Delete'); await log('delete program entry');
  await shot('10-after-delete-entry');
};
