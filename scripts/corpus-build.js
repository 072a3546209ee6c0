#!/usr/bin/env node
// Writes tests/fixtures/corpus/corpus.jsonl, the file `dojo eval` reads, from the writers' replies
// (replies/*.jsonl) and the labels (labels/<batch>.a.jsonl and .b.jsonl, the two labelers'; .c,
// the settled levels where they disagreed). Prints what is missing and the coverage.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, corpusDir, corpusText } from './corpus.js';

const { items: out, missing } = buildCorpus();
writeFileSync(join(corpusDir, 'corpus.jsonl'), corpusText(out));
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
