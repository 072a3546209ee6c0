import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, storedDraft, test } from './fixtures';
import { GOOD_REPLY } from './replies';

const reply = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });
const marks = (page: Page) => page.locator('.mirror mark');
const meter = (page: Page) => page.getByTestId('live-meter');

/** Moves focus with Tab until `target` has it: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 40) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${target} was not reached in ${limit} presses of Tab`);
}

test('highlights appear while typing, and each is explained by hover, focus and the cursor', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await expect(meter(page)).toContainText('Start writing');
	await reply(page).pressSequentially("Hi Dana, I'm so sorry your order is late.");

	// The apology is green even though the whole draft, too short yet, is capped in red.
	await expect(marks(page).filter({ hasText: /^sorry$/ })).toHaveClass(/earned/);
	await expect(marks(page).first()).toHaveClass(/lost/);
	await expect(meter(page).locator('[data-criterion="empathy"]')).not.toContainText('0/');
	// A reply with no signature loses points: the meter says so before anything is sent.
	await expect(page.getByTestId('live-total')).not.toHaveText('100/100');

	// Each marked span is also a focusable item that names the check's reason.
	const item = page.getByTestId('live-evidence').getByRole('button', { name: /^Earned Tone/ });
	await item.focus();
	await expect(page.locator('.mirror mark.active').first()).toContainText("I'm so");
	await page.keyboard.press('Enter');
	await expect(reply(page)).toBeFocused();
	const selected = await reply(page).evaluate((el: HTMLTextAreaElement) =>
		el.value.slice(el.selectionStart, el.selectionEnd)
	);
	expect(selected).toContain('so sorry');
	// With the cursor inside a marked span, the reason is written under the reply.
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('caret-hint')).not.toContainText('Put the cursor');

	// Typing before a mark moves it along with the words instead of losing it.
	await page.keyboard.press('Home');
	await page.keyboard.type('Hello! ');
	await expect(marks(page).filter({ hasText: /^sorry$/ })).toHaveClass(/earned/);
	await expectNoAxeViolations(page);
});

test('exam mode hides the meter and the highlights until the reply is sent, and is remembered', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	const exam = page.getByRole('checkbox', { name: 'Exam mode' });
	await expect(exam).toBeEnabled();
	await exam.check();
	await reply(page).fill(GOOD_REPLY);
	await expect(page.getByTestId('exam-note')).toBeVisible();
	await expect(meter(page)).toHaveCount(0);
	await expect(marks(page)).toHaveCount(0);
	await expect(page.getByTestId('live-evidence')).toHaveCount(0);

	await expect.poll(() => storedDraft(page)).toBe(GOOD_REPLY);
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Exam mode' })).toBeChecked();
	await page.getByRole('button', { name: 'Continue' }).click();

	await page.getByRole('checkbox', { name: 'Exam mode' }).uncheck();
	await reply(page).fill(GOOD_REPLY);
	await expect(marks(page).first()).toBeVisible();
	await page.getByRole('checkbox', { name: 'Exam mode' }).check();
	await expect(marks(page)).toHaveCount(0);
	// After sending, the score is shown in full.
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('heading', { name: 'Score' })).toBeVisible();
	await expect(page.locator('[data-criterion="empathy"]').first()).toContainText('our mistake');
});

test('a scenario the trainer marks as an exam forces exam mode, whatever the trainee chose', async ({
	page
}) => {
	await page.goto('./scenario/exam-email-en/');
	const exam = page.getByRole('checkbox', { name: 'Exam mode' });
	await expect(exam).toBeChecked();
	await expect(exam).toBeDisabled();
	await expect(page.getByText('This scenario is an exam')).toBeVisible();
	await reply(page).fill('Hi Lee, I am sorry for the wait. Order T-3100 arrives on Monday.');
	await expect(meter(page)).toHaveCount(0);
	await expect(marks(page)).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('heading', { name: 'Score' }).first()).toBeVisible();

	// The trainee's own choice (off) still holds elsewhere.
	await page.goto('./scenario/late-delivery-en/');
	await expect(page.getByRole('checkbox', { name: 'Exam mode' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Exam mode' })).toBeEnabled();
});

test('the debrief gives each reply its levels per criterion, response time, what was missing and the model reply; try again starts afresh', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill('We are checking your order.');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('article', { name: /Dana Reyes/ })).toHaveCount(2);
	// The follow-up email quotes the thread before it.
	const followUp = page.getByRole('article', { name: /Dana Reyes/ }).nth(1);
	await followUp.getByText('Show the quoted thread').click();
	await expect(followUp.locator('blockquote').first()).toContainText('We are checking your order.');

	await reply(page).fill(GOOD_REPLY);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();

	const table = page.getByRole('table', { name: 'Reply by reply' });
	await expect(table.getByRole('columnheader', { name: 'Empathy' })).toBeVisible();
	await expect(table.getByRole('row')).toHaveCount(3);
	// The vague first reply earned little empathy; the good one earned more.
	const empathy = table.locator('td[data-level-of="empathy"]');
	await expect(empathy.first()).toHaveText(/^[01]\//);
	await expect(empathy.nth(1)).toHaveText(/^[2-9]\//);
	await expect(table.getByTestId('response-time')).toHaveCount(2);
	await expect(table.getByTestId('response-time').first()).toContainText('/ 4 h');
	await expect(page.getByTestId('debrief-missing').first()).toContainText('For example');
	await expect(page.getByRole('figure', { name: 'Model reply' }).first()).toContainText(
		'Sam Carter'
	);
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { name: 'Debrief' })).toHaveCount(0);
	await expect(page.getByRole('article', { name: /Dana Reyes/ })).toHaveCount(1);
	await expect(reply(page)).toHaveValue('');
});

test('a reload mid-reply restores the draft, and the live score with it', async ({ page }) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).pressSequentially("Hi Dana, I'm so sorry");
	await expect.poll(() => storedDraft(page)).toBe("Hi Dana, I'm so sorry");
	await page.reload();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(reply(page)).toHaveValue("Hi Dana, I'm so sorry");
	await expect(
		marks(page)
			.filter({ hasText: /^sorry$/ })
			.first()
	).toBeVisible();
});

test('the knowledge base is searchable by keyboard, with a count of matches', async ({ page }) => {
	await page.goto('./scenario/late-delivery-en/');
	const panel = page.getByRole('complementary', { name: 'Knowledge base' });
	const search = panel.getByRole('searchbox', { name: 'Search the knowledge base' });
	await tabTo(page, search);
	await page.keyboard.type('replacement');
	await expect(panel.getByRole('status')).toContainText('Matches: 2 in 1 section');
	await expect(panel.getByText('Delayed parcels.')).toBeHidden();
	await expect(panel.getByText('Replacements.')).toBeVisible();
	await page.keyboard.type('zzz');
	await expect(panel.getByRole('status')).toHaveText('No matches.');
	await page.keyboard.press('Escape');
	await expect(search).toHaveValue('');
	await expect(panel.getByText('Delayed parcels.')).toBeVisible();
});

test('an email scenario played by keyboard alone, from the catalog to the debrief', async ({
	page
}) => {
	await page.goto('./');
	await page.getByRole('link', { name: 'Where is my order?' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Where is my order?' })).toBeVisible();
	await expect(page.getByTestId('response-clock')).toContainText('Response time');
	await tabTo(page, reply(page));
	await page.keyboard.insertText(GOOD_REPLY);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Send reply' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	const again = page.getByRole('button', { name: 'Try again' });
	await tabTo(page, again, 200);
	await page.keyboard.press('Enter');
	await expect(reply(page)).toBeVisible();
});

test('a chat looks like a chat: bubbles, the customer typing before answering, played by keyboard', async ({
	page
}) => {
	await page.goto('./scenario/unclear-question-en/');
	const customer = page.getByRole('article', { name: /Marcus Bell/ });
	await expect(customer).toHaveCount(1);
	await expect(page.getByTestId('response-clock')).toBeVisible();
	// Chat has no email headers.
	await expect(page.locator('dt', { hasText: 'Subject' })).toHaveCount(0);
	await expectNoAxeViolations(page);

	await tabTo(page, reply(page));
	await page.keyboard.insertText(
		"Hi Marcus, thanks for getting in touch, and I'm sorry the app is playing up when you need that invoice out today. Could you tell me:\n\n1. Is it the iPhone app, the Android app or the website?\n2. What happens when you tap Send: do you see an error message?\n\nMeanwhile, please check the app is on version 5.1 and reopen it. Is there anything else you've noticed?"
	);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Marcus Bell is typing' })).toBeVisible();
	await expect(customer).toHaveCount(2);
	await expect(page.getByRole('status').filter({ hasText: 'is typing' })).toHaveCount(0);
	await expect(customer.nth(1)).toContainText('E-214');

	await tabTo(page, reply(page), 200);
	await page.keyboard.insertText(
		"Thanks Marcus, that helps a lot, and sorry about the hassle with your shoot coming up. E-214 means the app is still using your old sign-in. Here's the fix:\n\n1. In the app, go to Settings → Sign out.\n2. Sign in again with your new password.\n3. Open the invoice and tap Send.\n\nIf it still shows E-214, you can send it from your web browser at app.tallybook.example for now. Let me know if anything's still stuck!"
	);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('outcome')).toHaveText('resolved');
	await expectNoAxeViolations(page);
});
