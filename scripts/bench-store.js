// Storage at scale, in a real browser: 10,000 attempts and 2,000 reviews seeded into the built
// app's IndexedDB, then the time until the history and progress pages have rendered them and
// the time to export everything. Called by scripts/bench.js.
import { fileURLToPath } from 'node:url';
import { ensureBuild, serve } from './app-build.js';
import { findChromium } from './chromium.js';
import { seedRows, withDerivedRows } from './seed-store.js';

const ATTEMPTS = 10_000;
const REVIEWS = 2000;
// Twenty loads each, so that p95 is not simply the slowest one.
const RUNS = 20;
/** When each page has read and drawn the trainee's attempts. */
const HOME_READY = 'section#recent[aria-busy="false"]';
const PROGRESS_READY = 'section#progress[aria-busy="false"]';

/** Rows per call into the page: one call with all of them can crash the renderer. */
const BATCH = 1000;

/** Writes seeded rows straight into the app's database, in one transaction. Runs in the page. */
async function writeRows(rows) {
	const db = await new Promise((resolve, reject) => {
		const open = indexedDB.open('reply-dojo');
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => reject(open.error);
	});
	await new Promise((resolve, reject) => {
		// One list of rows per table, named as the tables are.
		const tx = db.transaction([...Object.keys(rows), 'settings'], 'readwrite');
		for (const [table, list] of Object.entries(rows))
			for (const row of list) tx.objectStore(table).put(row);
		tx.objectStore('settings').put({ key: 'currentProfile', value: 'seed-profile' });
		// Backed up just now: the reminder banner stays out of the measurements.
		tx.objectStore('settings').put({ key: 'lastBackupAt', value: Date.now() });
		tx.oncomplete = resolve;
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/**
 * Records in the page when each selector first matches (`window.__ready[selector]`): the time the
 * page shows it, not the later time a round trip from this script finds it. Runs before every
 * page load (an init script).
 */
function watchFor(selectors) {
	window.__ready = {};
	const check = () => {
		for (const selector of selectors)
			if (!(selector in window.__ready) && document.querySelector(selector))
				window.__ready[selector] = performance.now();
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true
	});
}

/** Milliseconds from navigation start until `selector` is in the page. */
async function timeToSelector(page, url, selector) {
	// From a blank page: the clock starts before the previous document unloads, and would also
	// count tearing down (and collecting the garbage of) the page loaded before.
	await page.goto('about:blank');
	await page.goto(url);
	await page.waitForSelector(selector, { state: 'attached', timeout: 60_000 });
	return page.evaluate((s) => window.__ready[s], selector);
}

/** Milliseconds from a click on the header's "Progress" link, on the home page, until the progress page is ready. */
async function timeToProgressByLink(page, base) {
	await timeToSelector(page, base, `${HOME_READY} li`);
	const clicked = await page.evaluate(() => {
		const link = [...document.querySelectorAll('nav a')].find(
			(a) => a.textContent.trim() === 'Progress'
		);
		const t0 = performance.now();
		link.click();
		return t0;
	});
	await page.waitForSelector(PROGRESS_READY, { state: 'attached', timeout: 60_000 });
	return (await page.evaluate((s) => window.__ready[s], PROGRESS_READY)) - clicked;
}

export async function storeBenches({ report, skip }) {
	const names = [
		'store.export.10k',
		'page.history.empty',
		'page.progress.empty',
		'page.history.10k',
		'page.progress.10k',
		'nav.progress.10k'
	];
	let playwright;
	try {
		playwright = await import('@playwright/test');
	} catch {
		for (const n of names) skip(n, 'Playwright is not installed');
		return;
	}
	const executablePath = findChromium();
	if (!executablePath) {
		for (const n of names) skip(n, 'no Chromium found');
		return;
	}
	let server;
	try {
		ensureBuild();
		server = await serve();
	} catch (e) {
		for (const n of names) skip(n, e.message);
		return;
	}
	const base = server.url;
	const browser = await playwright.chromium.launch({
		executablePath,
		args: ['--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]
	});
	try {
		const page = await browser.newPage();
		await page.addInitScript(watchFor, [HOME_READY, `${HOME_READY} li`, PROGRESS_READY]);
		// The first visit opens the database at the current version and makes the profile.
		await page.goto(base);
		await page.waitForSelector('#history-heading');
		// The same pages with no attempts: what loading the app costs before any data, on this machine.
		const empty = { home: [], progress: [] };
		for (let i = 0; i < RUNS; i++) {
			empty.home.push(await timeToSelector(page, base, HOME_READY));
			empty.progress.push(await timeToSelector(page, `${base}progress/`, PROGRESS_READY));
		}
		report(
			'page.history.empty',
			empty.home.sort((a, b) => a - b),
			null,
			'home page, no attempts'
		);
		report(
			'page.progress.empty',
			empty.progress.sort((a, b) => a - b),
			null,
			'progress page, no attempts'
		);
		const rows = await withDerivedRows(
			seedRows({ attempts: ATTEMPTS, reviews: REVIEWS, profileId: 'seed-profile', now: Date.now() })
		);
		for (let from = 0; from < ATTEMPTS; from += BATCH) {
			const slice = (list) => list.slice(from, from + BATCH);
			await page.evaluate(writeRows, {
				profiles: from === 0 ? rows.profiles : [],
				scenarioTallies: from === 0 ? rows.scenarioTallies : [],
				dayTallies: from === 0 ? rows.dayTallies : [],
				attempts: slice(rows.attempts),
				summaries: slice(rows.summaries),
				searchTexts: slice(rows.searchTexts),
				reviews: rows.reviews.slice(
					(from / ATTEMPTS) * REVIEWS,
					((from + BATCH) / ATTEMPTS) * REVIEWS
				)
			});
		}
		const note = `${ATTEMPTS.toLocaleString('en')} attempts, ${REVIEWS.toLocaleString('en')} reviews`;

		const history = [];
		for (let i = 0; i < RUNS; i++)
			history.push(await timeToSelector(page, base, `${HOME_READY} li`));
		report(
			'page.history.10k',
			history.sort((a, b) => a - b),
			{ p95_ms: 300 },
			`home page (cards, history), ${note}, from navigation start`
		);

		const progress = [];
		for (let i = 0; i < RUNS; i++)
			progress.push(await timeToSelector(page, `${base}progress/`, PROGRESS_READY));
		report(
			'page.progress.10k',
			progress.sort((a, b) => a - b),
			{ p95_ms: 300 },
			`${note}, from navigation start`
		);

		const byLink = [];
		for (let i = 0; i < RUNS; i++) byLink.push(await timeToProgressByLink(page, base));
		report(
			'nav.progress.10k',
			byLink.sort((a, b) => a - b),
			{ p95_ms: 300 },
			`${note}, from a click on Progress on the home page`
		);

		// Export: from the click on "Export everything" to the file handed to the browser.
		await page.goto(`${base}settings/`);
		await page.waitForSelector('[data-testid="last-backup"]:not(:empty)');
		await page.evaluate(() => {
			const click = HTMLAnchorElement.prototype.click;
			HTMLAnchorElement.prototype.click = function () {
				if (this.download) window.__exported = performance.now();
				return click.call(this);
			};
		});
		const exports = [];
		for (let i = 0; i < 3; i++) {
			const download = page.waitForEvent('download');
			const started = await page.evaluate(() => {
				window.__exported = 0;
				const button = [...document.querySelectorAll('button')].find(
					(b) => b.textContent.trim() === 'Export everything'
				);
				const t0 = performance.now();
				button.click();
				return t0;
			});
			await (await download).cancel();
			exports.push((await page.evaluate(() => window.__exported)) - started);
		}
		report(
			'store.export.10k',
			exports.sort((a, b) => a - b),
			{ p95_ms: 3000 },
			`${note}: read, JSON, file`
		);
	} finally {
		await browser.close();
		server.stop();
	}
}

// `node scripts/bench-store.js`: these benches alone, printed one line each.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { register } = await import('tsx/esm/api');
	register();
	const report = (bench, times, target, note) => {
		const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
		const goal = target ? `  target p95 < ${target.p95_ms} ms` : '';
		console.log(
			`${bench}  p50 ${at(0.5).toFixed(0)} ms  p95 ${at(0.95).toFixed(0)} ms  n ${times.length}${goal}  (${note})`
		);
	};
	const skip = (bench, why) => console.log(`${bench}  skipped: ${why}`);
	await storeBenches({ report, skip });
}
