// The labeled corpus (tests/fixtures/corpus): the writers' replies joined with both labelers' levels
// and the settled ones. scripts/corpus-build.js writes it; a unit test checks the file is current.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './app-build.js';

export const corpusDir = join(root, 'tests/fixtures/corpus');

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

/**
 * The corpus items, in the order of the replies files: a reply is in once both labelers have
 * labeled it and every disagreement is settled; `missing` counts the others.
 */
export function buildCorpus(dir = corpusDir) {
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
	return { items: out, missing };
}

/** The corpus as the file holds it: one JSON object per line. */
export const corpusText = (items) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';
