import { test, expect, waitForTimeline, seriousViolations } from './fixtures';

test.describe('the interface language', () => {
  test('?lang=fr shows the French interface, French dates and <html lang="fr">', async ({
    page,
  }) => {
    await page.goto('./?lang=fr&event=2022-02-24-invasion');
    await waitForTimeline(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const tabs = page.getByRole('navigation', { name: 'Vues' });
    await expect(tabs.getByRole('button', { name: 'Frise' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(tabs.getByRole('button', { name: 'Votes à l’ONU' })).toBeVisible();
    const panel = page.getByRole('complementary', { name: 'Détails' });
    await expect(panel.locator('.panel-kicker time')).toHaveText('24 février 2022');
    await expect(panel.getByRole('heading', { level: 3, name: 'Qui', exact: true })).toBeVisible();
    // The dataset's words stay English and say so.
    await expect(panel.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the picker switches back to English and writes it to the link', async ({ page }) => {
    await page.goto('./?lang=fr&event=2022-02-24-invasion');
    await waitForTimeline(page);
    const picker = page.getByRole('combobox', { name: /^(Language|Langue \/ Language)$/ });
    await expect(picker).toHaveValue('fr');
    await picker.selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).not.toHaveURL(/lang=/);
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel.locator('.panel-kicker time')).toHaveText('24 February 2022');
    await picker.selectOption('fr');
    await expect(page).toHaveURL(/lang=fr/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('French in the list and positions views stays accessible', async ({ page }) => {
    test.slow(); // two views and two axe runs over the whole list: about 25 s on a busy machine
    await page.goto('./?lang=fr&view=list');
    await expect(page.locator('.list-entry').first()).toBeVisible();
    await expect(page.locator('.list-entry-title').first()).toHaveAttribute('lang', 'en');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('./?lang=fr&view=matrix');
    await expect(page.getByRole('heading', { name: /^Positions au / })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('?lang=xx is reported as ignored and the interface stays English', async ({ page }) => {
    await page.goto('./?lang=xx');
    await waitForTimeline(page);
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(
      page.getByRole('combobox', { name: /^(Language|Langue \/ Language)$/ }),
    ).toHaveValue('en');
  });
});
