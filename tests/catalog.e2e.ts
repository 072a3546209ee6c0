import { expect, expectNoAxeViolations, test, expectSaved } from './fixtures';
import { GOOD_REPLY } from './replies';

const cards = (page: import('@playwright/test').Page) => page.locator('article.scenario');

test('the catalog filters by channel, language and difficulty, and keeps the filter in the URL', async ({
	page
}) => {
	await page.goto('./');
	await expect(cards(page).first()).toBeVisible();
	const all = await cards(page).count();
	expect(all).toBeGreaterThanOrEqual(6);
	await expect(page.getByRole('status').filter({ hasText: `of ${all} scenarios` })).toBeVisible();

	await page.getByLabel('Channel').selectOption('chat');
	await expect(cards(page).first()).toBeVisible();
	const chats = await cards(page).count();
	expect(chats).toBeLessThan(all);
	for (const card of await cards(page).all()) await expect(card).toContainText('Chat');
	await expect(page).toHaveURL(/\?channel=chat$/);

	await page.getByLabel('Reply language').selectOption('en');
	await expect(cards(page).filter({ hasText: '日本語' })).toHaveCount(0);
	const englishChats = await cards(page).count();
	expect(englishChats).toBeGreaterThanOrEqual(1);
	expect(englishChats).toBeLessThan(chats);
	for (const card of await cards(page).all()) await expect(card).toContainText('English');
	await expectNoAxeViolations(page);

	// A reload (or a shared link) shows the same filtered catalog.
	await page.reload();
	await expect(cards(page)).toHaveCount(englishChats);
	await expect(page.getByLabel('Reply language')).toHaveValue('en');

	await page.getByLabel('Difficulty').selectOption({ index: 3 });
	await expect(page.getByText('No scenario matches these filters.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(cards(page)).toHaveCount(all);
	await expect(page).toHaveURL(/\/reply-dojo\/$/);
});

test('a card shows the trainee’s status and best score, and each profile sees only its own', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await page.getByRole('textbox', { name: 'Your reply' }).fill(GOOD_REPLY);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByTestId('total')).toBeVisible();
	await expectSaved(page);

	await page.goto('./');
	const card = page.locator('article[data-scenario="late-delivery-en"]');
	await expect(card).toHaveAttribute('data-status', /in-progress|done/);
	await expect(page.locator('article[data-scenario="late-delivery-ja"]')).toContainText('New');
	await expect(page.getByRole('list', { name: 'Your attempts' }).getByRole('listitem')).toHaveCount(
		1
	);

	// A second trainee in the same browser starts with a clean slate.
	await page.getByText('Profile:').click();
	await page.getByLabel('New profile').fill('Aiko');
	await page.getByRole('button', { name: 'Create and switch' }).click();
	await expect(page.getByTestId('current-profile')).toHaveText('Aiko');
	await expect(card).toHaveAttribute('data-status', 'new');
	await expect(page.getByText('No attempts yet.')).toBeVisible();
	// A first scenario is suggested to someone who has played nothing yet.
	const next = page.getByRole('region', { name: 'Suggested next' });
	await expect(next).toContainText('A good scenario to start with.');
	await expect(next.getByRole('link')).toHaveCount(1);
	await expectNoAxeViolations(page);

	// Switching back shows the first trainee's work again, also after a reload.
	await page.getByText('Profile:').click();
	await page.getByRole('button', { name: 'Switch to Trainee' }).click();
	// The name changes once the choice is stored, as the trainee sees it before reloading.
	await expect(page.getByTestId('current-profile')).toHaveText('Trainee');
	await page.reload();
	await expect(page.getByTestId('current-profile')).toHaveText('Trainee');
	await expect(card).not.toHaveAttribute('data-status', 'new');
});

test('a duplicate profile name is refused with a message', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByTestId('current-profile')).toHaveText('Trainee');
	await page.getByText('Profile:').click();
	await page.getByLabel('New profile').fill('trainee');
	await page.getByRole('button', { name: 'Create and switch' }).click();
	await expect(page.getByRole('alert')).toContainText('already a profile named');
	await expect(page.getByTestId('current-profile')).toHaveText('Trainee');
});
