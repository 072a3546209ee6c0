import type { Page } from '@playwright/test';
import { durationParts } from '../src/lib/progress/duration';
import { sampleBundle } from '../src/lib/store/samples';
import type { Attempt, Profile } from '../src/lib/store';
import {
	chooseBackupFile,
	expect,
	expectNoAxeViolations,
	expectSaved,
	storedAttempts,
	test
} from './fixtures';
import { GOOD_REPLY } from './replies';

const BLAMING_REPLY = 'You entered the wrong address, so this is not our responsibility.';

/** Plays late-delivery-en to its end with one reply; returns the total and CSAT the debrief shows. */
async function play(page: Page, reply: string) {
	await page.goto('./scenario/late-delivery-en/');
	await page.getByRole('textbox', { name: 'Your reply' }).fill(reply);
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await expectSaved(page);
	const total = Number(await page.getByTestId('total').textContent());
	const csat = await page.getByLabel(/^Customer satisfaction \d \/ 5$/).getAttribute('aria-label');
	return { total, csat: Number(csat!.match(/(\d) \/ 5/)![1]) };
}

function englishDuration(ms: number): string {
	const { hours, minutes, seconds } = durationParts(ms);
	if (hours) return `${hours} h ${minutes} min`;
	if (minutes) return `${minutes} min ${seconds} s`;
	return `${seconds} s`;
}

async function openProgress(page: Page) {
	await page.goto('./progress/');
	await expect(page.locator('section#progress')).toHaveAttribute('aria-busy', 'false');
}

test('a new profile sees an empty state that leads to the scenarios', async ({ page }) => {
	await openProgress(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
	await expect(page.getByText('No attempts yet. Play a scenario')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Choose a scenario' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Scenarios', exact: true })
	).toBeVisible();
});

test('progress reflects two attempts played through the UI: KPIs, charts and their data, history', async ({
	page
}) => {
	// Two attempts played to the end, then four pages checked with axe.
	test.slow();
	const good = await play(page, GOOD_REPLY);
	const bad = await play(page, BLAMING_REPLY);
	const responses = (await storedAttempts(page)).flatMap((a) =>
		a.turns.map((t) => t.responseMs ?? NaN)
	);
	expect(responses).toHaveLength(2);

	await openProgress(page);
	await expect(page.getByTestId('kpi-attempts')).toHaveText('2');
	await expect(page.getByText('2 finished, 0 in progress')).toBeVisible();
	await expect(page.getByTestId('kpi-completed')).toHaveText(/^1 of \d+$/);
	await expect(page.getByTestId('kpi-resolution')).toHaveText('50%');
	await expect(page.getByTestId('kpi-escalation')).toHaveText('50%');
	const csat = (good.csat + bad.csat) / 2;
	await expect(page.getByTestId('kpi-csat')).toHaveText(`${Math.round(csat * 10) / 10} / 5`);
	await expect(page.getByTestId('kpi-response')).toHaveText(
		englishDuration((responses[0]! + responses[1]!) / 2)
	);

	// The score chart: its summary for screen readers, and its numbers, oldest attempt first.
	const scoreSection = page.getByRole('region', { name: 'Score over time' });
	await expect(scoreSection.getByRole('img')).toHaveAccessibleName(
		`Average score per attempt over 2 attempts: ${good.total}% at first, ${bad.total}% most recently.`
	);
	const numbers = scoreSection.getByText('Show the numbers');
	await numbers.focus();
	await page.keyboard.press('Enter');
	const rows = scoreSection.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1)).toContainText(`Attempt 1`);
	await expect(rows.nth(1)).toContainText(`${good.total}%`);
	await expect(rows.nth(2)).toContainText(`${bad.total}%`);

	// One small chart per criterion of the rubric, each with a point per attempt.
	const empathy = page.locator('[data-criterion="empathy"]');
	await expect(empathy.getByRole('heading', { name: 'Empathy' })).toBeVisible();
	await expect(empathy.getByRole('img')).toHaveAccessibleName(/^Empathy over 2 attempts: /);
	await empathy.getByText('Show the numbers').click();
	await expect(empathy.getByRole('table').getByRole('row')).toHaveCount(3);

	// The most-lost criteria: one bar and one table row per criterion.
	const lost = page.getByRole('region', { name: 'Where points are lost most often' });
	const criteria = await page.locator('[data-criterion]').count();
	expect(criteria).toBeGreaterThanOrEqual(5);
	await lost.getByText('Show the numbers').click();
	await expect(lost.getByRole('table').getByRole('row')).toHaveCount(criteria + 1);
	await expect(lost.getByRole('img')).toHaveAccessibleName(
		/^Share of replies below the top level: /
	);

	await expectNoAxeViolations(page);

	// History: newest first, filtered by outcome, searched by the words of a reply.
	const history = page.getByRole('list', { name: 'History' });
	await expect(history.getByRole('listitem')).toHaveCount(2);
	await expect(history.getByRole('listitem').first()).toContainText('Escalated');
	await page.getByLabel('Outcome').selectOption({ label: 'Resolved' });
	await expect(history.getByRole('listitem')).toHaveCount(1);
	await expect(history).toContainText(`Total ${good.total}`);
	await page.getByLabel('Outcome').selectOption({ label: 'All' });
	await page.getByRole('searchbox', { name: 'Search titles and replies' }).fill('RESPONSIBILITY');
	await expect(page.getByTestId('history-count')).toHaveText('Matching attempts: 1 of 2.');
	await expect(history).toContainText(`Total ${bad.total}`);
	await page.getByRole('searchbox', { name: 'Search titles and replies' }).fill('no such words');
	await expect(page.getByText('No attempt matches these filters.')).toBeVisible();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(history.getByRole('listitem')).toHaveCount(2);
	await expectNoAxeViolations(page);

	// Any attempt opens from the history.
	await history
		.getByRole('link', { name: /^Where is my order\?/ })
		.last()
		.click();
	await expect(page).toHaveURL(/\/attempt\/\?id=/);
	await expect(page.getByTestId('total')).toHaveText(String(good.total));
});

test('the progress page reads naturally in Japanese', async ({ page }) => {
	await play(page, GOOD_REPLY);
	await openProgress(page);
	await page.getByLabel('Language').selectOption('ja');
	await expect(page.getByRole('heading', { level: 1, name: '学習の記録' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'スコアの推移' })).toBeVisible();
	await expect(page.getByText('完了 1件・回答中 0件')).toBeVisible();
	await expect(page.getByRole('heading', { name: '共感' })).toBeVisible();
	await expectNoAxeViolations(page);
});

/**
 * Adds `count - 1` copies of the one stored attempt, a minute apart, as a long history would hold
 * them: imported in Settings, so that the app writes their summaries and tallies as it does for
 * any attempt.
 */
async function cloneStoredAttempt(page: Page, count: number): Promise<void> {
	const { attempt, profile } = await page.evaluate(
		() =>
			new Promise<{ attempt: Attempt; profile: Profile }>((done, fail) => {
				const open = indexedDB.open('reply-dojo');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['attempts', 'profiles']);
					const attempts = tx.objectStore('attempts').getAll();
					const profiles = tx.objectStore('profiles').getAll();
					tx.oncomplete = () => {
						open.result.close();
						done({ attempt: attempts.result[0], profile: profiles.result[0] });
					};
				};
			})
	);
	const copies = Array.from({ length: count - 1 }, (_, k) => {
		const at = attempt.updatedAt - (k + 1) * 60_000;
		return {
			...attempt,
			id: `${attempt.id}-${k + 1}`,
			startedAt: Math.min(attempt.startedAt, at),
			updatedAt: at,
			turns: attempt.turns.map((t) => ({ ...t, sentAt: at }))
		};
	});
	await page.goto('./settings/');
	await chooseBackupFile(
		page,
		'history.json',
		sampleBundle({ exportedAt: Date.now(), profiles: [profile], attempts: copies })
	);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
}

test('a long history shows 50 attempts at a time, filtered or not, and charts a bounded number of points', async ({
	page
}) => {
	await play(page, GOOD_REPLY);
	await cloneStoredAttempt(page, 120);
	await openProgress(page);
	await expect(page.getByTestId('kpi-attempts')).toHaveText('120');

	const history = page.getByRole('list', { name: 'History' });
	await expect(history.getByRole('listitem')).toHaveCount(50);
	await expect(page.getByTestId('history-count')).toHaveText(
		'Attempts: 120. Showing the newest 50.'
	);
	await page.getByRole('button', { name: 'Show 50 more' }).click();
	await expect(history.getByRole('listitem')).toHaveCount(100);
	// Focus moves to the first row just shown, so keyboard users read on from there.
	await expect(history.getByRole('link').nth(50)).toBeFocused();
	await page.getByRole('button', { name: 'Show 20 more' }).press('Enter');
	await expect(history.getByRole('listitem')).toHaveCount(120);
	await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);

	// Filtered, the list pages through every match in the same way.
	await page.getByLabel('Outcome').selectOption({ label: 'Resolved' });
	await expect(page.getByTestId('history-count')).toHaveText(
		'Matching attempts: 120 of 120. Showing the newest 50.'
	);
	await page.getByRole('button', { name: 'Show 50 more' }).click();
	await expect(history.getByRole('listitem')).toHaveCount(100);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page.getByTestId('history-count')).toHaveText(
		'Attempts: 120. Showing the newest 50.'
	);

	const scoreSection = page.getByRole('region', { name: 'Score over time' });
	await scoreSection.getByText('Show the numbers').click();
	await expect(scoreSection.getByRole('table').getByRole('row')).toHaveCount(61);
	await expect(scoreSection.getByRole('table').getByRole('row').nth(1)).toContainText(
		'Attempts 1–2'
	);
});
