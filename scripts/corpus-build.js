#!/usr/bin/env node
// Builds tests/fixtures/corpus/corpus.jsonl, the file `dojo eval` reads, from the writers' replies
// (replies/*.jsonl) and the labels (labels/<batch>.a.jsonl and .b.jsonl, the two labelers'; .c,
// the settled levels where they disagreed). A reply is in the corpus once both labelers have
// labeled it and every disagreement is settled. Prints what is missing and the coverage.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './app-build.js';

const dir = join(root, 'tests/fixtures/corpus');

function readLines(file) {
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line, i) => {
			try {
				return JSON.parse(line);
			} catch (e) {
				throw new Error(`${file}:${i + 1}:1: ${e.message}`, { cause: e });
			}
		});
}

const byId = (rows) => new Map(rows.map((row) => [row.id, row]));

/** The two labelers' levels and auto-fail, and the settled ones where they differ. */
function settle(a, b, c) {
	const labels = {};
	const open = [];
	for (const criterion of Object.keys(a.labels)) {
		const [x, y] = [a.labels[criterion], b.labels[criterion]];
		if (x === y) labels[criterion] = x;
		else if (c?.settled?.[criterion] !== undefined) labels[criterion] = c.settled[criterion];
		else open.push(criterion);
	}
	let autoFail = a.autoFail;
	if (a.autoFail !== b.autoFail) {
		if (typeof c?.settled?.autoFail === 'boolean') autoFail = c.settled.autoFail;
		else open.push('autoFail');
	}
	return { labels, autoFail, open };
}

const out = [];
const missing = { unlabeled: 0, unsettled: 0 };
for (const file of readdirSync(join(dir, 'replies'))
	.filter((f) => f.endsWith('.jsonl'))
	.sort()) {
	const batch = file.replace(/\.jsonl$/, '');
	const [a, b, c] = ['a', 'b', 'c'].map((who) =>
		byId(readLines(join(dir, 'labels', `${batch}.${who}.jsonl`)))
	);
	for (const reply of readLines(join(dir, 'replies', file))) {
		const [la, lb] = [a.get(reply.id), b.get(reply.id)];
		if (!la || !lb) {
			missing.unlabeled += 1;
			continue;
		}
		const { labels, autoFail, open } = settle(la, lb, c.get(reply.id));
		if (open.length) {
			missing.unsettled += 1;
			continue;
		}
		const { writer: _writer, ...item } = reply;
		out.push({
			...item,
			labels,
			autoFail,
			labelers: {
				a: { ...la.labels, autoFail: la.autoFail },
				b: { ...lb.labels, autoFail: lb.autoFail }
			}
		});
	}
}
writeFileSync(join(dir, 'corpus.jsonl'), out.map((item) => JSON.stringify(item)).join('\n') + '\n');

console.log(
	`${out.length} replies in tests/fixtures/corpus/corpus.jsonl; left out: ${missing.unlabeled} not labeled by both, ${missing.unsettled} with a disagreement not settled yet.`
);
const coverage = {};
for (const item of out) {
	for (const [criterion, level] of Object.entries(item.labels)) {
		const key = `${item.locale} ${criterion}`;
		coverage[key] ??= [0, 0, 0, 0];
		coverage[key][level] += 1;
	}
}
console.log('Settled levels 0/1/2/3 per language and criterion (the aim: at least 30 each):');
for (const [key, counts] of Object.entries(coverage).sort())
	console.log(
		`  ${key.padEnd(20)} ${counts.join(' / ')}${counts.some((n) => n < 30) ? '  < 30' : ''}`
	);
