import { expect, expectNoAxeViolations, test, expectSaved } from './fixtures';
import { GOOD_REPLY } from './replies';

test('a trainee plays the late-delivery scenario, sees the score, and finds the attempt after a reload', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1, name: 'Reply Dojo' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Where is my order?' }).click();
	await expect(page.getByRole('article', { name: /Dana Reyes/ })).toContainText('Trailblazer kids');
	// The customer's Markdown is rendered, not shown raw.
	await expect(
		page
			.getByRole('article', { name: /Dana Reyes/ })
			.locator('strong', { hasText: "Trailblazer kids' bike" })
	).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('textbox', { name: 'Your reply' }).fill(GOOD_REPLY);
	await page.getByRole('button', { name: 'Send reply' }).click();

	await expect(page.getByRole('heading', { name: 'Score' })).toBeVisible();
	const total = Number(await page.getByTestId('total').textContent());
	expect(total).toBeGreaterThanOrEqual(80);
	// Evidence is shown: the apology is marked as earned, with the words that earned it.
	await expect(page.locator('[data-criterion="empathy"]')).toContainText('our mistake');
	await expect(page.locator('mark.earned').first()).toBeVisible();
	await expectNoAxeViolations(page);
	await expectSaved(page);

	await page.reload();
	await page.goto('./');
	const history = page.getByRole('list', { name: 'Your attempts' });
	await expect(history.getByRole('link', { name: 'Where is my order?' })).toBeVisible();
	await expect(history).toContainText(`Total ${total}`);

	await history.getByRole('link', { name: 'Where is my order?' }).click();
	await expect(page.getByTestId('total')).toHaveText(String(total));
});

test('a blaming reply fails automatically and says why', async ({ page }) => {
	await page.goto('./scenario/late-delivery-en/');
	await page
		.getByRole('textbox', { name: 'Your reply' })
		.fill(
			'Sorry, but you entered the wrong address, so this is not our responsibility. Check the tracking page.'
		);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByText('Automatic fail').first()).toBeVisible();
	await expect(page.getByTestId('total')).toHaveText('0');
	await expect(page.getByRole('alert').filter({ hasText: 'blames the customer' })).toBeVisible();
});

test('the whole play-through works by keyboard alone', async ({ page }) => {
	await page.goto('./');
	const link = page.getByRole('link', { name: 'Where is my order?' });
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('textbox', { name: 'Your reply' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Your reply' }).focus();
	await page.keyboard.type(
		'Hi Dana, thank you for your patience. Your order A-10492 arrives on Friday.'
	);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Send reply' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Score' })).toBeVisible();
});
