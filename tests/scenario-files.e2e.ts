import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, storedAttempts, test } from './fixtures';

/*
 * These tests use the scenario files in tests/fixtures/scenarios/, which playwright.config.ts
 * builds into the app under test beside scenarios/ (DOJO_EXTRA_SCENARIOS).
 */

const DEAD = 'tests/fixtures/scenarios/broken/dead-branches.md';
const MANY = 'tests/fixtures/scenarios/broken/many-problems.md';

test('a broken scenario file is shown as broken with its errors, on the home page and its own', async ({
	page
}) => {
	await page.goto('./');
	const broken = page.getByRole('region', { name: 'Scenarios that need fixing' });
	await expect(broken).toContainText(
		`${DEAD}:17:6 this branch is never taken: every reply that meets "total >= 70" is taken first by the earlier branch on line 16`
	);
	await expect(broken).toContainText(`${MANY}:20:17 branch goes to "nowhere"`);
	// A broken scenario is not offered for play.
	const scenarios = page.getByRole('region', { name: 'Scenarios', exact: true });
	await expect(scenarios.getByRole('link', { name: 'Branches that are never taken' })).toHaveCount(
		0
	);
	await expectNoAxeViolations(page);

	await page.goto('./scenario/dead-branches/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Branches that are never taken' })
	).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: `${DEAD}:52:6` })).toContainText(
		'no reply can meet "tone > 3"'
	);
	await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('beside the broken files, every other scenario opens and takes a reply', async ({ page }) => {
	test.setTimeout(120_000); // seven scenarios; a Japanese reply may wait for the tokenizer
	await page.goto('./');
	await expect(page.getByRole('region', { name: 'Scenarios that need fixing' })).toBeVisible();
	const scenarios = page.getByRole('region', { name: 'Scenarios', exact: true });
	const titles = await scenarios.getByRole('link').allTextContents();
	expect(titles.length).toBeGreaterThanOrEqual(7); // six shipped scenarios and the test-only one
	for (const title of titles) {
		await page.goto('./');
		await scenarios.getByRole('link', { name: title, exact: true }).click();
		await expect(page.getByRole('article', { name: /writes/ }).first(), title).toBeVisible();
		await page.getByRole('textbox', { name: 'Your reply' }).fill('Thank you for writing.');
		await page.getByRole('button', { name: 'Send reply' }).click();
		// Sending waits a few seconds for the Japanese tokenizer while its dictionary loads.
		await expect(page.getByRole('article', { name: 'Your reply' }), title).toBeVisible({
			timeout: 15_000
		});
	}
});

const NUDGE = 'Hello? Are you still there?';
/** The customer's messages in the conversation (the opening message, then any nudge). */
const fromCustomer = (page: Page) => page.getByRole('article', { name: /Robin Vale/ });

async function reloadAndContinue(page: Page) {
	await page.reload();
	await expect(page.getByRole('heading', { name: 'You have an unfinished attempt' })).toBeVisible();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(fromCustomer(page).first()).toBeVisible();
}

test('the customer nudges when the response time runs out, counted across a reload, and only once', async ({
	page
}) => {
	// The page's clock is under the test's control: it runs on its own, and jumps when told to.
	await page.clock.install();
	// nudge-chat-en: a chat turn with a response time of 2 minutes.
	await page.goto('./scenario/nudge-chat-en/');
	await expect(fromCustomer(page)).toHaveCount(1);
	await page.getByRole('textbox', { name: 'Your reply' }).fill('Hi Robin, let me check');
	await page.getByRole('heading', { level: 1 }).click(); // leaving the box saves the draft
	await expect
		.poll(() => storedAttempts(page).then((all) => all.map((a) => a.draft)))
		.toEqual(['Hi Robin, let me check']);

	// One minute in, the page is reloaded; the attempt goes on.
	await page.clock.fastForward('01:00');
	await reloadAndContinue(page);
	await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveValue(
		'Hi Robin, let me check'
	);
	await expect(fromCustomer(page)).toHaveCount(1);

	// 40 s later (1:40 since the message) the customer is still waiting; had the reload restarted
	// the timer, the nudge would come at about 3:00, and without a timer never.
	await page.clock.fastForward('00:40');
	await expect(fromCustomer(page)).toHaveCount(1);
	await page.clock.fastForward('00:30');
	await expect(fromCustomer(page)).toHaveCount(2);
	await expect(fromCustomer(page).nth(1)).toContainText(NUDGE);

	// After another reload the nudge is there once, and no second one follows.
	await reloadAndContinue(page);
	await expect(fromCustomer(page)).toHaveCount(2);
	await expect(fromCustomer(page).nth(1)).toContainText(NUDGE);
	await page.clock.fastForward('05:00');
	await expect(fromCustomer(page)).toHaveCount(2);
	await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveValue(
		'Hi Robin, let me check'
	);
});
