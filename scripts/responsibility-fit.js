#!/usr/bin/env node
// Fits the weights of rubrics/models/responsibility.json on the corpus train split, per locale:
// a logistic model of the labels' auto-fail over each reply's cues and cue pairs. The threshold
// is then set on the dev split, as the lowest score at which the model alone keeps a precision of
// at least --precision (default 0.9). The test split is never read.
//
//   npm run fit:responsibility               fit, print train and dev figures, write the model
//   npm run fit:responsibility -- --dry-run  print only
//   node scripts/responsibility-fit.js --check   exit 1 when the file is not what the fit writes
import { register } from 'tsx/esm/api';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './app-build.js';

register();
const { prepareReply } = await import('../src/lib/scoring/score.ts');
const { fitOrdinal } = await import('../src/lib/scoring/ordinal.ts');
const { replyFeatures, responsibilityScore } =
	await import('../src/lib/scoring/meaning/responsibility.ts');

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PRECISION = option('precision', 0.9);
// Pull towards zero, per unit of squared weight in logits: enough that a cue pair seen in a few
// replies cannot carry a verdict alone.
const STRENGTH = option('strength', 1);
// A feature must occur in this many train replies to get a weight.
const MIN_REPLIES = 3;

const modelPath = join(root, 'rubrics/models/responsibility.json');
const model = JSON.parse(readFileSync(modelPath, 'utf8'));
const items = readFileSync(join(root, 'tests/fixtures/corpus/corpus.jsonl'), 'utf8')
	.split('\n')
	.filter((line) => line.trim())
	.map((line) => JSON.parse(line))
	.filter((item) => item.split === 'train' || item.split === 'dev');

function featuresOf(item) {
	return replyFeatures(prepareReply(item.reply, item.locale, item.channel ?? 'email'), model);
}

const round = (n) => Math.round(n * 1000) / 1000;
const weights = {};
let threshold = Infinity;
const report = [];
for (const locale of ['en', 'ja']) {
	const rows = items
		.filter((item) => item.locale === locale)
		.map((item) => ({ item, features: featuresOf(item) }));
	const train = rows.filter((r) => r.item.split === 'train');
	const seen = new Map();
	for (const r of train) for (const f of r.features) seen.set(f, (seen.get(f) ?? 0) + 1);
	const columns = [...seen].filter(([, n]) => n >= MIN_REPLIES).map(([f]) => f);
	const fit = fitOrdinal(
		train.map((r) => {
			const level = r.item.autoFail ? 1 : 0;
			return { x: columns.map((f) => (r.features.has(f) ? 1 : 0)), lo: level, hi: level };
		}),
		{ max: 1, prior: columns.map(() => 0), strength: STRENGTH, base: 0 }
	);
	weights[locale] = { base: round(fit.base) };
	columns.forEach((f, j) => {
		if (Math.abs(fit.weights[j]) >= 0.01) weights[locale][f] = round(fit.weights[j]);
	});
	const m = { ...model, weights };
	const scored = (set) =>
		set.map((r) => ({ z: responsibilityScore(r.features, locale, m), y: r.item.autoFail }));
	report.push({
		locale,
		train: scored(train),
		dev: scored(rows.filter((r) => r.item.split === 'dev'))
	});
}

// One threshold for both locales: the lowest dev score that keeps the precision asked for.
const dev = report.flatMap((r) => r.dev);
const candidates = [...new Set(dev.map((d) => d.z))].sort((a, b) => a - b);
for (const t of candidates) {
	const fired = dev.filter((d) => d.z >= t);
	if (fired.length && fired.filter((d) => d.y).length / fired.length >= PRECISION) {
		threshold = Math.max(1, round(t));
		break;
	}
}
if (!Number.isFinite(threshold)) threshold = 1;

function figures(set) {
	const tp = set.filter((d) => d.z >= threshold && d.y).length;
	const fp = set.filter((d) => d.z >= threshold && !d.y).length;
	const positives = set.filter((d) => d.y).length;
	return `caught ${tp} of ${positives}, ${fp} wrongly (precision ${tp + fp ? (tp / (tp + fp)).toFixed(2) : '-'}, recall ${positives ? (tp / positives).toFixed(2) : '-'})`;
}
for (const r of report) {
	console.log(`${r.locale} train: ${figures(r.train)}`);
	console.log(`${r.locale} dev:   ${figures(r.dev)}`);
}
console.log(`threshold ${threshold} (the lowest score keeping dev precision >= ${PRECISION})`);
const written = JSON.stringify({ ...model, threshold, weights }, null, '\t') + '\n';
if (args.includes('--check')) {
	const same =
		JSON.stringify(JSON.parse(readFileSync(modelPath, 'utf8'))) ===
		JSON.stringify(JSON.parse(written));
	console.log(
		same
			? 'the model is what the fit writes'
			: 'the model differs from what the fit writes: run npm run fit:responsibility'
	);
	process.exit(same ? 0 : 1);
} else if (!args.includes('--dry-run')) {
	writeFileSync(modelPath, written);
	console.log(`wrote ${modelPath}`);
}
