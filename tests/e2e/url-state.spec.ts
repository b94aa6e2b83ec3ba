import { test, expect } from './fixtures.ts';

test('Back and Forward walk through filter states', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2012&to=2019');
  const from = page.getByRole('combobox', { name: 'From' });
  await expect(from).toHaveValue('2012');
  await from.selectOption('2015');
  await expect(page).toHaveURL(/from=2015/);
  await page.getByRole('radio', { name: 'Services' }).click();
  await expect(page).toHaveURL(/category=services/);
  await page.goBack();
  await expect(page).toHaveURL(/from=2015&to=2019$/);
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2015');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2012');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2015');
  expect(consoleErrors).toEqual([]);
});

test('invalid parameters give the nearest valid state, a notice, and a rewritten URL', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends?from=abc&to=1700&sector=nope');
  const notice = page.getByRole('status').filter({ hasText: 'Some settings in the address were adjusted' });
  await expect(notice).toContainText('abc');
  await expect(notice).toContainText('1700');
  await expect(notice).toContainText('sector');
  await expect(page).toHaveURL(/\/trends\?to=1985$/);
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('1985');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveURL(/\/trends$/);
  expect(consoleErrors).toEqual([]);
});
