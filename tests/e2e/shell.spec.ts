import { expect, test } from '@playwright/test';

test('the shell shows the empty library and switches to French by keyboard', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Lanecast');
  await expect(page.getByRole('heading', { level: 1, name: 'Your programs' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'No programs yet' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: 'test-results/shell-en.png', fullPage: true });

  // Keyboard only: Tab to the language switcher, browse to Français with the arrow keys (browsing
  // alone switches nothing), then Enter.
  const switcher = page.getByRole('combobox', { name: 'Language' });
  await page.keyboard.press('Tab');
  await expect(switcher).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: 'test-results/shell-fr.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Vos programmes' })).toBeVisible();
  await expect(page.getByText('Aucun programme pour l’instant')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  expect(errors).toEqual([]);
});
