import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../src/lib/catalog/load';
import {
	chooseBackupFile,
	expect,
	expectNoAxeViolations,
	expectSaved,
	storedAttempts,
	test,
	type StoredAttempt
} from './fixtures';

const reply = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });
const replies = (page: Page) => page.getByRole('article', { name: 'Your reply' });
const { scenarios } = loadCatalog();

/** A first reply that answers nothing, so that the case goes on to another turn. */
const WEAK = 'We are looking into it.';

async function attemptAt(page: Page, scenarioId: string): Promise<StoredAttempt> {
	const all = await storedAttempts(page);
	const found = all.filter((a) => a.scenarioId === scenarioId);
	expect(found).toHaveLength(1);
	return found[0]!;
}

for (const id of ['late-delivery-en', 'unclear-question-en']) {
	const scenario = scenarios.find((s) => s.id === id)!;

	test(`${scenario.channel}: a reload after every turn, Continue, send: the attempt ends stored with every turn`, async ({
		page
	}) => {
		// A reload per turn, and in chat the customer types before each message.
		test.slow();
		await page.goto(`./scenario/${id}/`);
		const sent: string[] = [];
		let text = WEAK;
		for (;;) {
			await reply(page).fill(text);
			await page.getByRole('button', { name: 'Send reply' }).click();
			sent.push(text);
			await expect(replies(page)).toHaveCount(sent.length);
			await expectSaved(page);
			await expect(page.getByRole('alert').filter({ hasText: 'Could not save' })).toHaveCount(0);
			const stored = await attemptAt(page, id);
			expect(stored.turns.map((t) => t.reply)).toEqual(sent);
			if (stored.status === 'done') break;
			expect(sent.length).toBeLessThan(scenario.turns.length + 1);

			// Leave and come back: the page offers the attempt, and it goes on from there.
			await page.reload();
			await page.getByRole('button', { name: 'Continue' }).click();
			await expect(replies(page)).toHaveCount(sent.length);
			text = scenario.models[stored.snapshot!.value]!;
		}
		expect(sent.length).toBeGreaterThan(1);
		const outcome = await page.getByTestId('outcome').textContent();
		expect((await attemptAt(page, id)).result?.outcome).toBe(outcome);

		// Done for good: the scenario starts afresh, with nothing left to continue.
		await page.reload();
		await expect(reply(page)).toBeEditable();
		await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
	});
}

const STEADY = 'Hi Dana, I am so sorry the bike has not arrived yet. It comes Friday.';

test('typing steadily, then closing the tab at once: every character is there on the next visit', async ({
	page,
	context
}) => {
	await page.goto('./scenario/late-delivery-en/');
	test.slow();
	await reply(page).click();
	// Seconds of steady typing, no pause: a write that waited for a pause would never come.
	await page.keyboard.type(STEADY, { delay: 50 });
	await page.close();

	const again = await context.newPage();
	await again.goto('./scenario/late-delivery-en/');
	await again.getByRole('button', { name: 'Continue' }).click();
	await expect(reply(again)).toHaveValue(STEADY);
	// The next thing a trainee does: send it. It is stored as the first turn.
	await again.getByRole('button', { name: 'Send reply' }).click();
	await expect(replies(again)).toHaveCount(1);
	await expectSaved(again);
	expect((await attemptAt(again, 'late-delivery-en')).turns.map((t) => t.reply)).toEqual([STEADY]);
});

test('a few words typed just before closing the tab come back, even before anything was stored', async ({
	page,
	context
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).click();
	await page.keyboard.type('Hi Dana,', { delay: 10 });
	await page.close();

	const again = await context.newPage();
	await again.goto('./scenario/late-delivery-en/');
	// Closing may have stored the attempt itself first: then the page offers to continue it.
	const proceed = again.getByRole('button', { name: 'Continue' });
	await expect(reply(again).or(proceed)).toBeVisible();
	if (await proceed.isVisible()) await proceed.click();
	await expect(reply(again)).toHaveValue('Hi Dana,');
	await expect
		.poll(async () => (await storedAttempts(again)).map((a) => a.draft))
		.toEqual(['Hi Dana,']);
});

test('closing the tab while the draft is not written yet asks first', async ({ page }) => {
	await page.goto('./scenario/late-delivery-en/');
	await expect(reply(page)).toBeEditable();
	// From here writes are refused, so the draft stays unwritten however long typing takes (the draft is
	// written within a second, and on a busy machine typing alone can take that long).
	await page.evaluate(() => {
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = refuse;
		IDBObjectStore.prototype.add = refuse;
	});
	await reply(page).click();
	const asked = page.waitForEvent('dialog');
	await page.keyboard.type('Hi Dana, the courier');
	await expect(page.getByText('Saving the draft…')).toBeVisible();
	await page.close({ runBeforeUnload: true });
	const dialog = await asked;
	expect(dialog.type()).toBe('beforeunload');
	await dialog.accept();
});

test('a backup whose saved state does not fit: Continue says so, restarts from the replies, and the case ends stored', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const late = scenarios.find((s) => s.id === 'late-delivery-en')!;
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill(WEAK);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(replies(page)).toHaveCount(1);
	await expectSaved(page);
	await page.goto('./settings/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export everything' }).click();
	const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	// The file passes the backup's schema; its machine state does not fit the scenario.
	file.profiles[0].name = 'Mika';
	file.attempts[0].snapshot = { status: 'active', value: 'nowhere', context: { transcript: 'x' } };

	// Another browser: import, switch to the imported trainee, continue.
	const other = await (await browser.newContext({ baseURL })).newPage();
	const crashes: string[] = [];
	other.on('pageerror', (error) => crashes.push(error.message));
	await other.goto('./settings/');
	await chooseBackupFile(other, 'mika.json', file);
	await other.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
	await other.getByText('Profile:').click();
	await other.getByRole('button', { name: 'Switch to Mika' }).click();
	await other.goto('./scenario/late-delivery-en/');
	await other.getByRole('button', { name: 'Continue' }).click();
	await expect(
		other.getByRole('heading', { name: 'This attempt cannot be continued as it was saved' })
	).toBeVisible();
	await expect(other.getByText('"nowhere" is not a turn')).toBeVisible();
	await expectNoAxeViolations(other);

	await other.getByRole('button', { name: 'Restart from my replies' }).click();
	await expect(replies(other)).toHaveCount(1);
	await reply(other).fill(late.models['still-waiting']!);
	await other.getByRole('button', { name: 'Send reply' }).click();
	await expect(other.getByTestId('outcome')).toBeVisible();
	await expectSaved(other);
	const [stored] = await storedAttempts(other);
	expect(stored).toMatchObject({ id: file.attempts[0].id, status: 'done' });
	expect(stored!.turns.map((t) => t.reply)).toEqual([WEAK, late.models['still-waiting']]);
	expect(crashes).toEqual([]);
	await other.context().close();
});
