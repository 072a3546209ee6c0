#!/usr/bin/env node
// Rows shaped as the app stores them, in bulk: for the storage benchmark (which writes them into
// a browser) and by hand as a backup file to import in Settings.
//
//   node scripts/seed-store.js --attempts 10000 --reviews 2000 > seed.json
import { fileURLToPath } from 'node:url';

/**
 * `attempts` attempts of one profile over the last year, most of them finished with one to three
 * scored turns, and `reviews` reviews on the newest ones. Self-contained (no outer names), so
 * that the benchmark can run it inside the page.
 */
export function seedRows({ attempts, reviews, profileId, now }) {
	const scenarios = [
		['late-delivery-en', 'Where is my order?', 'en'],
		['late-delivery-ja', 'ご注文の商品がまだ届きません', 'ja'],
		['unclear-question-en', 'It does not work', 'en'],
		['delayed-fix-en', 'Still broken', 'en']
	];
	const criteria = ['empathy', 'clarity', 'next_steps', 'signature', 'tone'];
	const reply =
		'Hi Dana,\n\nThank you for writing, and I am truly sorry that your order has not arrived yet. ' +
		'Here is where your order A-10492 stands: the courier now expects to deliver it on Friday. ' +
		"I'll check the tracking myself on Thursday and email you either way.\n\nBest regards,\nSam Carter";
	const score = (total, locale) => ({
		criteria: Object.fromEntries(
			criteria.map((id, i) => [
				id,
				{
					level: (total + i) % 4,
					max: 3,
					weight: 20,
					evidence: [
						{
							start: 0,
							end: 8,
							text: 'Hi Dana,',
							check: 'greeting',
							effect: 1,
							message: 'Greets the customer by name.'
						},
						{
							start: 40,
							end: 60,
							text: 'truly sorry that',
							check: 'apology',
							effect: 1,
							message: 'Apologises for the delay.'
						}
					],
					missing: [
						{ check: 'eta', message: 'Say when it arrives.', example: 'It arrives on Friday.' }
					]
				}
			])
		),
		total,
		autoFail: false,
		autoFailReason: null,
		passed: total >= 60,
		rubric: { id: 'support-email', version: 'seed' },
		locale,
		morphology: false
	});
	const year = 365 * 24 * 60 * 60 * 1000;
	const rows = [];
	for (let i = 0; i < attempts; i++) {
		const [scenarioId, scenarioTitle, locale] = scenarios[i % scenarios.length];
		const updatedAt = now - Math.floor((i / attempts) * year);
		const done = i % 10 !== 0;
		const turnCount = 1 + (i % 3);
		const turns = Array.from({ length: turnCount }, (_, t) => ({
			turnId: t === 0 ? 'opening' : `follow-up-${t}`,
			subject: 'Order A-10492',
			customerMessage: 'My order **A-10492** has not arrived. Where is it?',
			reply,
			score: score(40 + ((i + t) % 60), locale),
			sentAt: updatedAt - (turnCount - t) * 60_000,
			responseMs: 120_000 + t * 1000
		}));
		rows.push({
			id: `seed-${String(i).padStart(6, '0')}`,
			profileId,
			scenarioId,
			scenarioTitle,
			scenarioVersion: 'seed',
			rubricId: 'support-email',
			rubricVersion: 'seed',
			status: done ? 'done' : 'in-progress',
			startedAt: updatedAt - 600_000,
			updatedAt,
			turns,
			total: turns.at(-1).score.total,
			snapshot: { status: 'active', value: 'waiting', context: { transcript: [] } },
			draft: done ? '' : 'Hi Dana, the courier',
			result: done ? { ending: 'resolved', outcome: 'resolved', csat: 1 + (i % 5) } : null
		});
	}
	const reviewRows = [];
	for (let r = 0; r < reviews; r++) {
		const attempt = rows[r % rows.length];
		reviewRows.push({
			id: `seed-review-${String(r).padStart(6, '0')}`,
			attemptId: attempt.id,
			turnIndex: 0,
			start: 0,
			end: 8,
			comment: 'A warm **opening**; say when it arrives.',
			override: r % 4 === 0 ? { criterion: 'empathy', level: 2, reason: 'Sincere.' } : null,
			reviewer: 'Ken',
			createdAt: attempt.updatedAt + 1000,
			updatedAt: attempt.updatedAt + 1000
		});
	}
	return {
		profiles: [{ id: profileId, name: 'Seeded trainee', createdAt: now - year }],
		attempts: rows,
		reviews: reviewRows
	};
}

/**
 * The rows with the summaries, search texts and tallies the app keeps beside the attempts, made
 * by the app's own code (src/lib/store/summaries.ts and tallies.ts; needs tsx registered, as
 * scripts/bench.js does), so that a database seeded directly is the one the app would have written.
 */
export async function withDerivedRows(rows) {
	const { summarizeAttempt, searchTextOf } = await import('../src/lib/store/summaries.ts');
	const { talliesOf } = await import('../src/lib/store/tallies.ts');
	const summaries = rows.attempts.map(summarizeAttempt);
	const { scenarios, days } = talliesOf(summaries);
	return {
		...rows,
		summaries,
		searchTexts: rows.attempts.map(searchTextOf),
		scenarioTallies: scenarios,
		dayTallies: days
	};
}

// Standalone: a backup file, which holds no summaries (an import makes them).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const arg = (name, fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return i < 0 ? fallback : Number(process.argv[i + 1]);
	};
	const now = Date.now();
	const rows = seedRows({
		attempts: arg('attempts', 10_000),
		reviews: arg('reviews', 2000),
		profileId: 'seed-profile',
		now
	});
	process.stdout.write(
		JSON.stringify({
			format: 'reply-dojo-backup',
			formatVersion: 1,
			schemaVersion: 5,
			exportedAt: now,
			scope: 'everything',
			...rows,
			rubricVersions: [],
			scenarioVersions: []
		})
	);
}
