import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DojoDb, openStore, type Store } from '..';
import { sampleAttempt, sampleProfile, sampleReview } from '../samples';
import { dumpTables, putAttempts } from '../testing';
import { MAX_TEXT } from '../../limits';
import { readBundle, serializeBundle, type BundleSource } from '.';

/** The app's import path: read and validate the file, then import it. */
async function importFile(store: Store, source: BundleSource): Promise<string[]> {
	const read = await readBundle(source);
	if (!read.ok) return read.problems;
	const result = await store.backup.import(read.bundle);
	return result.ok ? [] : result.problems;
}

const file = (text: string): BundleSource => new Blob([text]);

describe('importing a bad file refuses it with a reason and leaves the database exactly as it was', () => {
	let store: Store;
	let good: string;
	let before: Record<string, unknown[]>;

	beforeAll(async () => {
		store = openStore(new DojoDb(`bad-${Math.random()}`));
		await store.db.profiles.add(sampleProfile());
		await putAttempts(store.db, [sampleAttempt('a1', 1000), sampleAttempt('a2', 2000)]);
		await store.db.reviews.add(sampleReview('r1', 'a1', 1500));
		const bundle = await store.backup.exportAll();
		bundle.attempts.push(sampleAttempt('a3', 3000));
		good = serializeBundle(bundle);
		before = await dumpTables(store.db);
	});
	afterAll(async () => {
		store.db.close();
		await DojoDb.delete(store.db.name);
	});

	async function expectRefused(source: BundleSource, reason: string | RegExp) {
		const problems = await importFile(store, source);
		expect(problems.join('\n')).toMatch(reason);
		expect(await dumpTables(store.db)).toEqual(before);
	}

	const edit = (change: (bundle: Record<string, unknown>) => void) => {
		const bundle = JSON.parse(good);
		change(bundle);
		return file(JSON.stringify(bundle));
	};

	it('truncated', () =>
		expectRefused(file(good.slice(0, good.length / 2)), /not complete JSON, perhaps cut off/));

	it('empty', () => expectRefused(file(''), /not complete JSON/));

	it('not a backup at all', () =>
		expectRefused(file('{"attempts": []}'), /not a Reply Dojo backup file/));

	it('a newer format version', () =>
		expectRefused(
			edit((b) => (b.formatVersion = 2)),
			/format version 2, made by a newer Reply Dojo; this one reads version 1\. Update the app/
		));

	it('200 MB: refused from its size, without reading it', async () => {
		const huge: BundleSource = {
			size: 200 * 1024 * 1024,
			text: () => Promise.reject(new Error('a 200 MB file must not be read'))
		};
		await expectRefused(huge, /The file is 200\.0 MB; a backup can be at most 150\.0 MB/);
	});

	it('the same attempt twice', () =>
		expectRefused(
			edit((b) => (b.attempts as unknown[]).push((b.attempts as unknown[])[0])),
			'bundle.attempts[3]: the id a1 is already used by bundle.attempts[0]'
		));

	it('a __proto__ key, and nothing is polluted', async () => {
		const hostile = good.replace('"id":"a1"', '"__proto__":{"polluted":true},"id":"a1"');
		expect(hostile).not.toBe(good);
		await expectRefused(file(hostile), 'bundle.attempts[0]: the key "__proto__" is not allowed');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a constructor key in a saved machine state', () =>
		expectRefused(
			edit((b) => {
				(b.attempts as { snapshot: unknown }[])[0]!.snapshot = {
					context: JSON.parse('{"constructor": {"prototype": {"x": 1}}}')
				};
			}),
			'bundle.attempts[0].snapshot.context: the key "constructor" is not allowed'
		));

	it('a huge string', () =>
		expectRefused(
			edit((b) => {
				(b.attempts as { turns: { reply: string }[] }[])[1]!.turns[0]!.reply = 'x'.repeat(
					MAX_TEXT + 1
				);
			}),
			'bundle.attempts[1].turns[0].reply: 100,001 characters, at most 100,000 allowed'
		));

	it('a field of the wrong type, an unknown field, a missing field', async () => {
		const source = edit((b) => {
			const [first, second] = b.attempts as Record<string, unknown>[];
			first!.total = '72';
			first!.extra = 1;
			delete second!.profileId;
		});
		const problems = await importFile(store, source);
		expect(problems).toEqual([
			'bundle.attempts[0].extra: unknown field',
			'bundle.attempts[0].total: expected a number, found a string',
			'bundle.attempts[1].profileId: missing'
		]);
		expect(await dumpTables(store.db)).toEqual(before);
	});

	it.each(['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
		'an unknown field named like an inherited one: %s',
		(name) =>
			expectRefused(
				edit((b) => {
					(b.attempts as Record<string, unknown>[])[0]![name] = 'x';
					(b.profiles as Record<string, unknown>[])[0]![name] = 'x';
				}),
				new RegExp(
					`bundle\\.profiles\\[0\\]\\.${name}: unknown field[^]*bundle\\.attempts\\[0\\]\\.${name}: unknown field`
				)
			)
	);

	it.each(['__proto__', 'constructor'])('a key %s in a row', (name) =>
		expectRefused(
			file(good.replace('"id":"a1"', `"${name}":{"x":1},"id":"a1"`)),
			`bundle.attempts[0]: the key "${name}" is not allowed`
		)
	);

	it('a string format version', () =>
		expectRefused(
			edit((b) => (b.formatVersion = '1')),
			/"formatVersion" is the text "1", not the number 1[^]*Export the file again/
		));

	it('the good file imports (so the refusals above are about what was changed)', async () => {
		expect(await importFile(store, file(good))).toEqual([]);
		expect(await store.attempts.get('a3')).toEqual(sampleAttempt('a3', 3000));
	});
});
