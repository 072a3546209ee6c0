import { expect, expectNoAxeViolations, test, expectSaved } from './fixtures';
import { GOOD_REPLY } from './replies';

// Every page of the app, in both UI languages: axe finds nothing to fix on any of them.
const PAGES = [
	{ path: './', ready: 'article.scenario' },
	{ path: './scenario/late-delivery-en/', ready: 'textarea' },
	{ path: './scenario/unclear-question-ja/', ready: 'textarea' },
	{ path: './progress/', ready: '#progress[aria-busy="false"]' },
	{ path: './settings/', ready: 'h1' }
];

for (const lang of ['en', 'ja'] as const) {
	test(`every page passes axe with the UI in ${lang === 'en' ? 'English' : 'Japanese'}`, async ({
		page
	}) => {
		test.slow(); // six pages, each checked by axe; the Japanese tokenizer loads on the way
		await page.addInitScript((l) => localStorage.setItem('reply-dojo.lang', l), lang);
		// One attempt, so that the history, progress charts and the attempt page have content.
		await page.goto('./scenario/late-delivery-en/');
		await page.locator('textarea').fill(GOOD_REPLY);
		await page.locator('main form button[type="submit"]').click();
		await expect(page.getByTestId('total').first()).toBeVisible();
		await expectSaved(page);

		for (const { path, ready } of PAGES) {
			await page.goto(path);
			await expect(page.locator(ready).first()).toBeAttached();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expectNoAxeViolations(page);
		}
		await page.goto('./progress/');
		await page.locator('#progress a[href*="attempt"]').first().click();
		await expect(page.getByTestId('total').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('the header works by keyboard: the pages, the profile menu and the language', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.locator('article.scenario').first()).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Progress' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/progress\/?$/);
	await expect(nav.getByRole('link', { name: 'Progress' })).toHaveAttribute('aria-current', 'page');

	// The profile menu opens with Enter, and a new profile is made without the mouse.
	await page.locator('summary', { hasText: 'Profile:' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('New profile')).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('New profile')).toBeFocused();
	await page.keyboard.type('Mika');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('current-profile')).toHaveText('Mika');

	await page.getByRole('combobox', { name: 'Language' }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
