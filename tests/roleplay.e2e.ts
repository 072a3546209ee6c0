import { expect, expectNoAxeViolations, test } from './fixtures';
import { GOOD_REPLY } from './replies';

const reply = (page: import('@playwright/test').Page) =>
	page.getByRole('textbox', { name: 'Your reply' });
const customer = (page: import('@playwright/test').Page) =>
	page.getByRole('article', { name: /Dana Reyes/ });

test('a good first reply resolves the case: debrief with outcome, CSAT and the model reply', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill(GOOD_REPLY);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await expect(page.getByTestId('outcome')).toHaveText('resolved');
	await expect(page.getByRole('figure', { name: 'Model reply' })).toContainText('Sam Carter');
	await expect(customer(page)).toHaveCount(1);
	await expectNoAxeViolations(page);
});

test('a blaming reply escalates the case', async ({ page }) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill('You entered the wrong address, so this is not our responsibility.');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByTestId('outcome')).toHaveText('escalated');
	await expect(page.getByText('Automatic fail').first()).toBeVisible();
});

test('a vague reply gets a follow-up, and a reload mid-reply resumes the transcript and the draft', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill('We are checking your order.');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(customer(page)).toHaveCount(2);
	await expect(customer(page).nth(1)).toContainText("I still don't know");

	await reply(page).fill('Hi Dana, the courier now expects');
	// The draft is saved shortly after typing pauses, or when the box loses focus.
	await page.getByRole('heading', { level: 1 }).click();
	await page.waitForTimeout(600);
	await page.reload();

	await expect(page.getByRole('heading', { name: 'You have an unfinished attempt' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(customer(page)).toHaveCount(2);
	await expect(page.getByRole('article', { name: 'Your reply' })).toContainText(
		'We are checking your order.'
	);
	await expect(reply(page)).toHaveValue('Hi Dana, the courier now expects');

	await reply(page).fill(GOOD_REPLY);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByTestId('outcome')).toHaveText('resolved');
});
