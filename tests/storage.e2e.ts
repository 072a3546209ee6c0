import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sampleAttempt, sampleImport, sampleProfile } from '../src/lib/store/samples';
import { MAX_TEXT } from '../src/lib/limits';
import {
	chooseBackupFile,
	expect,
	expectNoAxeViolations,
	expectSaved,
	storedAttempts,
	storedDraft,
	test
} from './fixtures';
import { GOOD_REPLY } from './replies';

const reply = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });
const customer = (page: Page) => page.getByRole('article', { name: /Dana Reyes/ });

const chooseFile = chooseBackupFile;

test('Settings: storage state, space used, export and import with a dry run, by keyboard, in both languages', async ({
	page
}) => {
	await page.goto('./');
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByTestId('persisted')).not.toBeEmpty();
	await expect(page.getByTestId('usage')).toContainText('Space used');
	await expect(page.getByTestId('last-backup')).toHaveText('No backup yet.');
	await expectNoAxeViolations(page);

	// Import a trainee's attempt from another machine: a dry run first, then the import.
	const attempt = sampleAttempt('imported-1', Date.now(), {
		profileId: 'p-elsewhere',
		turns: [
			{
				...sampleAttempt('x', 1).turns[0]!,
				customerMessage: 'Hello <script>window.__pwned = true</script> **there**'
			}
		]
	});
	const file = sampleImport(sampleProfile('p-elsewhere', 'Mika'), [attempt]);
	await chooseFile(page, 'mika.json', file);
	const summary = page.getByTestId('import-summary');
	await expect(summary.locator('[data-table="attempts"] td').first()).toHaveText('1');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Import', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();

	// The same file again: nothing new.
	await chooseFile(page, 'mika.json', file);
	await expect(page.getByText('Nothing to import')).toBeVisible();

	// A broken file is refused with its reason.
	await chooseFile(page, 'cut.json', JSON.stringify(file).slice(0, 100));
	await expect(page.getByRole('alert')).toContainText('not complete JSON');
	await chooseFile(
		page,
		'hostile.json',
		JSON.stringify(file).replace('"id":"imported-1"', '"__proto__":{},"id":"imported-1"')
	);
	await expect(page.getByRole('alert')).toContainText('the key "__proto__" is not allowed');

	// Export everything: the file holds the imported attempt, and the last backup is recorded.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export everything' }).click();
	const saved = await download;
	const exported = JSON.parse(readFileSync((await saved.path())!, 'utf8'));
	expect(exported).toMatchObject({
		format: 'reply-dojo-backup',
		formatVersion: 1,
		scope: 'everything'
	});
	expect(exported.attempts.map((a: { id: string }) => a.id)).toEqual(['imported-1']);
	await expect(page.getByTestId('last-backup')).toContainText('Last backup:');

	// The imported customer message is shown, its script rendered inert.
	await page.goto('./attempt/?id=imported-1');
	await expect(customer(page)).toContainText('there');
	await expect(customer(page).locator('script')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();

	await page.goto('./settings/');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
	await expect(page.getByRole('heading', { level: 1, name: '設定' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'すべてを書き出す' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('an attempt scored with an older rubric shows as scored, is marked, and can be scored again beside it', async ({
	page
}) => {
	const old = sampleAttempt('old-1', Date.now(), { rubricVersion: 'r1', scenarioVersion: 's1' });
	await page.goto('./settings/');
	await chooseFile(page, 'old.json', sampleImport(sampleProfile(), [old]));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();

	await page.goto('./attempt/?id=old-1');
	await expect(page.getByText('Scored with an older version of the rubric')).toBeVisible();
	// As it was scored: the stored total, and the criterion as the old rubric named it.
	await expect(page.getByTestId('total')).toHaveText('72');
	await expect(page.locator('[data-criterion="empathy"] h3')).toContainText('Empathy');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Score again with the current rubric' }).click();
	await expect(
		page.getByRole('heading', { name: 'Scored again with the current rubric' })
	).toBeFocused();
	const table = page.getByTestId('rescore-turn');
	await expect(table.getByRole('row', { name: /Total/ }).getByRole('cell').first()).toHaveText(
		'72'
	);
	await expect(page.getByTestId('total')).toHaveText('72');
	await expectNoAxeViolations(page);

	await page.reload();
	await expect(page.getByTestId('rescore-turn')).toBeVisible();
	await expect(page.getByTestId('total')).toHaveText('72');
});

test('closing the page in the middle of a reply loses neither the draft nor the transcript', async ({
	page,
	context
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill('We are checking your order.');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(customer(page)).toHaveCount(2);
	await reply(page).fill('Hi Dana, the courier now expects');
	await expect.poll(() => storedDraft(page)).toBe('Hi Dana, the courier now expects');
	await page.close();

	const again = await context.newPage();
	await again.goto('./scenario/late-delivery-en/');
	await again.getByRole('button', { name: 'Continue' }).click();
	await expect(customer(again)).toHaveCount(2);
	await expect(again.getByRole('article', { name: 'Your reply' })).toContainText(
		'We are checking your order.'
	);
	await expect(reply(again)).toHaveValue('Hi Dana, the courier now expects');
});

test('a reply longer than a backup keeps is cut at the limit as it is pasted, and the box says so', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).focus();
	await page.keyboard.insertText('x'.repeat(121_917));
	await expect(reply(page)).toHaveValue('x'.repeat(MAX_TEXT));
	await expect(page.getByTestId('reply-limit')).toHaveText(
		'This reply has reached the limit of 100,000 characters: what you type or paste beyond it is cut off.'
	);
	await expect.poll(async () => (await storedDraft(page))?.length).toBe(MAX_TEXT);
});

test('two pages on one attempt: the second follows read-only, can take over, and nothing typed in either is lost', async ({
	page,
	context
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill('We are checking your order.');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(customer(page)).toHaveCount(2);

	const second = await context.newPage();
	await second.goto('./scenario/late-delivery-en/');
	await second.getByRole('button', { name: 'Continue' }).click();
	const notice = (p: Page) => p.getByRole('status').filter({ hasText: 'open in another tab' });
	await expect(notice(second)).toBeVisible();
	// Nothing can be typed there to be thrown away: the box is read-only, and Send is off.
	await expect(reply(second)).not.toBeEditable();
	await expect(second.getByRole('button', { name: 'Send reply' })).toBeDisabled();
	await expectNoAxeViolations(second);

	// The first page types; the second sees the draft arrive.
	await reply(page).fill('Hi Dana, the courier now expects Friday');
	await page.getByRole('heading', { level: 1 }).click();
	await expect(reply(second)).toHaveValue('Hi Dana, the courier now expects Friday');

	// The first page goes on typing, and right away the second takes over, by keyboard: the words
	// the first had not written yet come along. The second writes now; the first follows it.
	await reply(page).press('End');
	await reply(page).pressSequentially(' 14 March.');
	await second.getByRole('button', { name: 'Continue in this tab' }).focus();
	await second.keyboard.press('Enter');
	await expect(notice(second)).toHaveCount(0);
	await expect(reply(second)).toBeEditable();
	await expect(reply(second)).toHaveValue('Hi Dana, the courier now expects Friday 14 March.');
	await expect(notice(page)).toBeVisible();
	await expect(reply(page)).not.toBeEditable();

	await reply(second).fill(GOOD_REPLY);
	await second.getByRole('button', { name: 'Send reply' }).click();
	await expect(second.getByTestId('outcome')).toHaveText('resolved');
	await expectSaved(second);
	// The first page shows what the second one did.
	await expect(page.getByTestId('outcome')).toHaveText('resolved');
	const [stored] = await storedAttempts(second);
	expect(stored).toMatchObject({ status: 'done', result: { outcome: 'resolved' } });
	expect(stored!.turns.map((t) => t.reply)).toEqual(['We are checking your order.', GOOD_REPLY]);
});

test('a full disk keeps the reply on the page with a clear message, and it is saved once there is room', async ({
	page
}) => {
	await page.goto('./scenario/late-delivery-en/');
	await reply(page).fill('Hi Dana,');
	await expect.poll(() => storedDraft(page)).toBe('Hi Dana,');

	// The browser refuses every write from now on, as it does when the site's quota is used up.
	await page.evaluate(() => {
		const w = window as unknown as { __restore: () => void };
		const put = IDBObjectStore.prototype.put;
		const add = IDBObjectStore.prototype.add;
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = refuse;
		IDBObjectStore.prototype.add = refuse;
		w.__restore = () => {
			IDBObjectStore.prototype.put = put;
			IDBObjectStore.prototype.add = add;
		};
	});
	await reply(page).fill(GOOD_REPLY);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('alert').filter({ hasText: /space|full|quota/i })).toBeVisible();
	// Nothing the trainee wrote is lost: the reply is on the page, with its score.
	await expect(page.getByRole('article', { name: 'Your reply' })).toContainText('Sam Carter');

	// Room again: the waiting turn is written by the next retry, and the message goes away.
	await page.evaluate(() => (window as unknown as { __restore: () => void }).__restore());
	await expect(page.getByRole('alert').filter({ hasText: /space|full|quota/i })).toHaveCount(0, {
		timeout: 15_000
	});
	// The finished attempt is stored with its reply: it opens from the history after a reload.
	await page.goto('./');
	const history = page.getByRole('list', { name: 'Your attempts' });
	await expect(history).toContainText('Total');
	await history.getByRole('link', { name: 'Where is my order?' }).click();
	await expect(page.getByText('Sam Carter').first()).toBeVisible();
});
