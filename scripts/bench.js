#!/usr/bin/env node
// Speed figures for the scoring engine, the content loader and typing on the play page. Targets
// are printed beside the figures, never asserted: a slow machine should not fail a build.
//
//   npm run bench                   readable table
//   npm run --silent bench -- --json   one JSON object per line: {"bench", "p50_ms", "p95_ms", "n"}
//   npm run bench -- --no-browser      without the storage benches, which build the app and open Chromium
import { register } from 'tsx/esm/api';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { scoreReply } = await import('../src/lib/scoring/index.ts');
const { loadCatalog, readRubricFile } = await import('../src/lib/catalog/load.ts');
const scenarioModule = await import('../src/lib/scenario/index.ts');

const json = process.argv.includes('--json');
const rubricPath = join(root, 'rubrics', 'support-email.yaml');
const scenarioPath = join(root, 'scenarios', 'late-delivery-en.md');

// --- realistic replies --------------------------------------------------------------------------

const JA = {
	opening:
		'山田 花子様\n\nいつも株式会社ミドリ商店をご利用いただき、誠にありがとうございます。\nカスタマーサポートの佐藤でございます。\n',
	body: [
		'このたびは、ご注文いただいた商品（ご注文番号 B-20931）のお届けが大幅に遅れ、ご迷惑とご心配をおかけしておりますこと、心よりお詫び申し上げます。お子様のお誕生日に間に合うよう楽しみにしていらっしゃったことと存じます。',
		'配送業者に確認いたしましたところ、荷物は地域の配送センターで仕分けの不具合により三日間留め置かれておりましたが、本日午前より再び輸送が始まっております。弊社の確認不足により、ご連絡が遅くなりましたことも重ねてお詫び申し上げます。',
		'現在の状況と今後の流れは次のとおりです。\n1. 荷物は本日、配送センターを出発いたしました。\n2. 3月14日（金）までにお届けできる見込みでございます。\n3. 配送状況は https://midori.example/track/B-20931 からご確認いただけます。',
		'万が一、14日までにお届けできない場合は、このメールにご返信くださいませ。代わりの商品を速達にてお送りするか、全額をご返金いたします。お客様にご返送いただくものはございません。',
		'ご不便をおかけしており大変心苦しく存じますが、弊社にて責任をもって最後まで対応いたしますので、どうぞご安心ください。'
	],
	closing:
		'ほかにもご不明な点がございましたら、どうぞお気軽にお問い合わせください。\n今後ともどうぞよろしくお願い申し上げます。\n',
	signature:
		'\n株式会社ミドリ商店 カスタマーサポート\n佐藤 美咲\nTEL：0120-123-456\nhttps://help.midori.example'
};

const EN = {
	opening:
		'Hi Dana,\n\nThank you for writing, and I am truly sorry that your order has not arrived yet.\n',
	body: [
		'A birthday present running a week late with Saturday this close is stressful, and your first email should have been answered too. That is our mistake, and I apologise for both.',
		'Here is where your order A-10492 stands:\n1. The parcel was held at the regional depot after a scanning fault; it has been moving again since this morning.\n2. The courier now expects to deliver it on Friday 14 March, in time for Saturday.\n3. You can follow it here: https://northwind.example/track/A-10492',
		"I have flagged the parcel with the courier as time-sensitive, and I'll check the tracking myself on Thursday and email you either way.",
		"If it hasn't reached you by Friday evening, just reply to this email and I'll send a replacement Trailblazer kids' bike by express at no cost, or refund you in full if you prefer.",
		'I know you were counting on having it for the weekend, and I will stay on this until it is sorted.'
	],
	closing: 'If anything else comes up, please let me know; I am happy to help.\n',
	signature:
		'\nBest regards,\nSam Carter\nCustomer Care, Northwind Shop\nhttps://help.northwind.example · 0120-123-456'
};

/** A full email of about `length` characters: the body paragraphs repeat until it is long enough. */
function buildReply(parts, length) {
	const fixed = parts.opening.length + parts.closing.length + parts.signature.length;
	const body = [];
	let size = fixed;
	for (let i = 0; size < length; i++) {
		const paragraph = parts.body[i % parts.body.length];
		body.push(paragraph);
		size += paragraph.length + 2;
	}
	return `${parts.opening}\n${body.join('\n\n')}\n\n${parts.closing}${parts.signature}`;
}

const { SAMPLE_CONTEXT: CONTEXT } = await import('../src/lib/scoring/samples.ts');

// --- measuring ----------------------------------------------------------------------------------

function percentile(sorted, p) {
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i];
}

/** Runs `fn` `warmup` times unmeasured, then `n` times measured; returns the sorted times in ms. */
function measure(fn, { warmup = 0, n }) {
	for (let i = 0; i < warmup; i++) fn();
	const times = [];
	for (let i = 0; i < n; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	return times.sort((a, b) => a - b);
}

const results = [];
const round = (ms) => Math.round(ms * 1000) / 1000;

function report(bench, times, target, note = '') {
	const row = {
		bench,
		p50_ms: round(percentile(times, 50)),
		p95_ms: round(percentile(times, 95)),
		n: times.length
	};
	results.push({ ...row, target, note });
	if (json) console.log(JSON.stringify(row));
}

function skip(bench, reason) {
	results.push({ bench, skipped: reason });
	if (json) console.error(`bench: ${bench} skipped: ${reason}`);
}

// The rubric with the pack it uses (rubrics/packs/), read as the CLI reads it.
const parsed = readRubricFile(rubricPath, root);
let failed = false;
if (!parsed.ok) {
	// Someone is editing the rubric: say why, and still measure what does not need it.
	failed = true;
	console.error(
		'rubrics/support-email.yaml has errors; the benches that score replies are skipped:'
	);
	for (const d of parsed.diagnostics)
		console.error(`${d.file}:${d.line}:${d.column}: ${d.message}`);
}
const scoreBenches = [
	[600, 1000, { p95_ms: 2 }],
	[5000, 300, { p95_ms: 10 }]
];

if (parsed.ok) {
	const rubric = parsed.rubric;
	// Score: one compiled rubric, as in the app; a warm-up lets the JIT settle before measuring.
	for (const [length, n, target] of scoreBenches) {
		for (const locale of ['ja', 'en']) {
			const reply = buildReply(locale === 'ja' ? JA : EN, length);
			const ctx = CONTEXT[locale];
			const times = measure(() => scoreReply(reply, rubric, ctx), { warmup: 300, n });
			report(`score.${locale}.${length}`, times, target, `${reply.length} chars`);
		}
	}

	// Rubric load: read + parse + the first score, which compiles the phrase lists (cold per rubric).
	const reply = buildReply(EN, 600);
	const times = measure(
		() => {
			const result = readRubricFile(rubricPath, root);
			if (!result.ok) throw new Error('rubric stopped parsing during the bench');
			scoreReply(reply, result.rubric, CONTEXT.en);
		},
		{ warmup: 5, n: 50 }
	);
	// No target: the app gets rubrics parsed at build time; this is the CLI's and the build's cost.
	report('rubric.load', times, null, 'read + parse YAML + first score (CLI, build)');
} else {
	for (const [length] of scoreBenches)
		for (const locale of ['ja', 'en']) skip(`score.${locale}.${length}`, 'the rubric has errors');
	skip('rubric.load', 'the rubric has errors');
}

// dojo check on 200 scenarios: copies of the shipped one under new ids and file names.
{
	const dir = mkdtempSync(join(tmpdir(), 'dojo-bench-'));
	try {
		const scenarios = join(dir, 'scenarios');
		mkdirSync(scenarios);
		const source = readFileSync(scenarioPath, 'utf8');
		const count = 200;
		for (let i = 0; i < count; i++) {
			const id = `late-delivery-${String(i).padStart(3, '0')}`;
			const text = source
				.replace(/^id: .*$/m, `id: ${id}`)
				.replace(/^title: .*$/m, `title: Where is my order? (${i})`);
			writeFileSync(join(scenarios, `${id}.md`), text);
		}
		const load = () =>
			loadCatalog({
				root: dir,
				rubricDirs: [join(root, 'rubrics')],
				scenarioDirs: [scenarios]
			});
		const first = load();
		// A broken rubric is reported by loadCatalog, not fatal; the scenarios must all load.
		if (first.scenarios.length !== count) {
			const problems = first.broken
				.filter((b) => b.kind === 'scenario')
				.flatMap((b) => b.diagnostics.map((d) => d.message));
			throw new Error(
				`expected ${count} valid scenarios, got ${first.scenarios.length}: ${problems.slice(0, 3).join('; ')}`
			);
		}
		const times = measure(load, { warmup: 1, n: 10 });
		report(`dojo.check.${count}`, times, { p95_ms: 2000 }, `${count} scenarios + 1 rubric`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

// Scenario compile: only when src/lib/scenario exports compileScenario (work in progress).
{
	const { compileScenario, parseScenario } = scenarioModule;
	if (typeof compileScenario !== 'function') {
		skip('scenario.compile', 'src/lib/scenario does not export compileScenario');
	} else {
		const result = parseScenario(
			'scenarios/late-delivery-en.md',
			readFileSync(scenarioPath, 'utf8')
		);
		try {
			if (!result.ok) throw new Error('scenarios/late-delivery-en.md has errors');
			const times = measure(() => compileScenario(result.scenario), { warmup: 5, n: 100 });
			report('scenario.compile', times, { p95_ms: 5 });
		} catch (e) {
			skip('scenario.compile', `compileScenario(scenario) threw: ${e.message}`);
		}
	}
}

// Storage at scale in a browser: history and progress pages over 10,000 attempts, export.
if (!process.argv.includes('--no-browser')) {
	const { storeBenches } = await import('./bench-store.js');
	await storeBenches({ report, skip });
}

/** Rows a browser benchmark script printed as JSON lines (it builds and serves the app itself). */
function runScript(script) {
	const run = spawnSync(process.execPath, [join(root, 'scripts', script), '--json'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 600_000
	});
	const rows = (run.stdout ?? '').split('\n').filter((line) => line.startsWith('{'));
	const reason = (run.stderr ?? '').trim().split('\n').at(-1) || `${script} failed`;
	return { rows: rows.map((line) => JSON.parse(line)), reason };
}

if (!process.argv.includes('--no-browser')) {
	// Keystrokes on the play page, in Chromium: input event to the next frame.
	const keystrokes = runScript('bench-keystroke.js');
	for (const row of keystrokes.rows) {
		const keystroke = row.bench.startsWith('play.keystroke');
		const { max_ms, ...figures } = row;
		results.push({
			...figures,
			target: keystroke ? { p95_ms: 16 } : null,
			note: `max ${max_ms} ms; ${keystroke ? 'input to next frame' : 'debounced re-score + DOM update'}`
		});
		if (json) console.log(JSON.stringify(row));
	}
	if (!keystrokes.rows.length)
		for (const locale of ['en', 'ja']) skip(`play.keystroke.${locale}.3000`, keystrokes.reason);
}

// The JavaScript the home page's first load ships, gzipped.
{
	const size = runScript('bench-size.js');
	for (const row of size.rows) {
		results.push({ bench: row.bench, size: row, note: `${row.files} files` });
		if (json) console.log(JSON.stringify(row));
	}
	if (!size.rows.length) skip('home.js.gzip', size.reason);
}

// --- table --------------------------------------------------------------------------------------

if (!json) {
	const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(3));
	const header = ['bench', 'p50 ms', 'p95 ms', 'n', 'target (p95)', '', 'note'];
	const rows = results.map((r) =>
		r.skipped
			? [r.bench, '-', '-', '-', '-', 'skipped', r.skipped]
			: r.size
				? [
						r.bench,
						`${r.size.kb} KB`,
						'-',
						'-',
						`≤ ${r.size.target_kb} KB`,
						r.size.kb <= r.size.target_kb ? 'ok' : 'TOO BIG',
						r.note
					]
				: [
						r.bench,
						fmt(r.p50_ms),
						fmt(r.p95_ms),
						String(r.n),
						!r.target
							? '-'
							: r.target.p95_ms >= 1000
								? `< ${r.target.p95_ms / 1000} s`
								: `< ${r.target.p95_ms} ms`,
						!r.target ? '' : r.p95_ms < r.target.p95_ms ? 'ok' : 'SLOW',
						r.note
					]
	);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) =>
		cells
			.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
			.join('  ')
			.trimEnd();
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}`);
}
if (failed) process.exitCode = 1;
