#!/usr/bin/env node
// How long a keystroke keeps the main thread busy on the play page, with a 3,000-character reply
// in the box and the live score on. Per keystroke: the input event's handlers (and the Svelte
// update they cause) plus the next frame's rendering work (from requestAnimationFrame to the first
// task after the frame). Also the debounced live re-score, read from its User Timing measure.
// Targets are printed, never asserted.
//
//   node scripts/bench-keystroke.js          readable table
//   node scripts/bench-keystroke.js --json   one JSON object per line:
//                                            {"bench", "p50_ms", "p95_ms", "max_ms", "n"}
//
// It serves build/ with `vite preview`, building first when the benchmark build is missing or
// older than the sources (scripts/app-build.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, root, serve } from './app-build.js';
import { findChromium } from './chromium.js';

const json = process.argv.includes('--json');
const LENGTH = 3000;
const KEYSTROKES = 80;
const WARMUP = 10;
const PAUSES = 12;
const TARGET_MS = 16;
const LIVE_MEASURE = 'dojo:live-score'; // src/lib/ui/play/live-score.svelte.ts
const SCENARIOS = { en: 'late-delivery-en', ja: 'late-delivery-ja' };

/** A reply of `length` characters: the scenario's model reply, repeated paragraph by paragraph. */
function replyFor(scenarioId, length) {
	const file = readFileSync(join(root, 'scenarios', `${scenarioId}.md`), 'utf8');
	const model = /^## model opening\n([\s\S]*?)(?=^## )/m.exec(file)?.[1]?.trim();
	if (!model) throw new Error(`scenarios/${scenarioId}.md has no "## model opening"`);
	const paragraphs = model.split(/\n\s*\n/);
	let text = paragraphs[0];
	for (let i = 1; text.length < length; i++) text += '\n\n' + paragraphs[i % paragraphs.length];
	return text.slice(0, length);
}

// Runs in the page before the app: times each input from its `beforeinput` to the end of the
// frame that shows it.
function instrument() {
	const samples = [];
	window.__dojoKeystrokes = samples;
	let start = 0;
	addEventListener('beforeinput', () => (start = performance.now()), true);
	// Window listeners run after the app's own (delegated) ones, and after Svelte's update.
	addEventListener('input', () => {
		const handlers = performance.now() - start;
		requestAnimationFrame(() => {
			const frameStart = performance.now();
			const channel = new MessageChannel();
			channel.port1.onmessage = () =>
				samples.push({ handlers, total: handlers + performance.now() - frameStart });
			channel.port2.postMessage(null);
		});
	});
}

const percentile = (sorted, p) =>
	sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const round = (ms) => Math.round(ms * 1000) / 1000;

function summary(bench, times) {
	const sorted = [...times].sort((a, b) => a - b);
	return {
		bench,
		p50_ms: round(percentile(sorted, 50)),
		p95_ms: round(percentile(sorted, 95)),
		max_ms: round(sorted.at(-1)),
		n: sorted.length
	};
}

async function measure(browser, url, locale) {
	const page = await browser.newPage();
	await page.addInitScript(instrument);
	await page.goto(`${url}scenario/${SCENARIOS[locale]}/`);
	const box = page.getByRole('textbox', { name: /Your reply|あなたの返信/ });
	const reply = replyFor(SCENARIOS[locale], LENGTH);
	await box.fill(reply);
	await page.getByTestId('live-total').waitFor();
	if (locale === 'ja') {
		// The tokenizer's dictionary loads in a worker; measure with the full live score in place.
		await page
			.waitForFunction(() => document.body.innerText.includes('Keigo checks included'), null, {
				timeout: 60_000
			})
			.catch(() => console.error('bench-keystroke: the tokenizer did not load; measuring without'));
	}
	await page.keyboard.press('Control+End');
	// Filling fires an input per line: keep only the keystrokes typed from here.
	await page.evaluate(() => (window.__dojoKeystrokes.length = 0));

	const keys = locale === 'ja' ? 'ありがとうございます。' : 'thank you for waiting. ';
	for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
		await page.keyboard.type(keys[i % keys.length]);
		await page.waitForFunction((n) => window.__dojoKeystrokes.length >= n, i + 1);
	}
	const keystrokes = await page.evaluate(() => window.__dojoKeystrokes.map((s) => s.total));

	// The live score runs when typing pauses: type a little, pause, read its measures.
	await page.evaluate((name) => performance.clearMeasures(name), LIVE_MEASURE);
	for (let i = 0; i < PAUSES; i++) {
		await page.keyboard.type(keys.slice(0, 3));
		await page.waitForTimeout(locale === 'ja' ? 700 : 400);
	}
	const live = await page.evaluate(
		(name) => performance.getEntriesByName(name).map((e) => e.duration),
		LIVE_MEASURE
	);
	await page.close();
	return [
		summary(`play.keystroke.${locale}.${LENGTH}`, keystrokes.slice(WARMUP)),
		summary(`play.livescore.${locale}.${LENGTH}`, live)
	];
}

const chromiumPath = findChromium();
if (!chromiumPath) {
	console.error('bench-keystroke: no Chromium found; install one (see README, "Test")');
	process.exit(1);
}
const { chromium } = await import('@playwright/test');
ensureBuild();
const server = await serve();
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
	]
});
const rows = [];
try {
	for (const locale of ['en', 'ja']) rows.push(...(await measure(browser, server.url, locale)));
} finally {
	await browser.close();
	server.stop();
}

if (json) for (const row of rows) console.log(JSON.stringify(row));
else {
	console.log('bench                         p50 ms  p95 ms  max ms    n  target (p95)');
	for (const r of rows) {
		const target = r.bench.includes('keystroke')
			? `< ${TARGET_MS} ms ${r.p95_ms < TARGET_MS ? 'ok' : 'SLOW'}`
			: '-';
		console.log(
			`${r.bench.padEnd(28)}${r.p50_ms.toFixed(3).padStart(8)}${r.p95_ms.toFixed(3).padStart(8)}${r.max_ms.toFixed(3).padStart(8)}${String(r.n).padStart(5)}  ${target}`
		);
	}
}
