import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from './load';

// A file whose name says "explode" makes the scenario parser throw, as a bug or an input no check
// foresaw would.
vi.mock('../scenario', async (original) => {
	const actual = await original<typeof import('../scenario')>();
	return {
		...actual,
		parseScenario: (file: string, ...rest: [string]) => {
			if (file.includes('explode')) throw new RangeError('Maximum call stack size exceeded');
			return actual.parseScenario(file, ...rest);
		}
	};
});

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'dojo-load-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCatalog', () => {
	it('turns an exception in one file into a problem of that file and loads the others', () => {
		const shipped = readFileSync(join(root, 'scenarios', 'late-delivery-en.md'), 'utf8');
		writeFileSync(join(dir, 'a-explode.md'), shipped.replace('late-delivery-en', 'a-explode'));
		writeFileSync(join(dir, 'b-fine.md'), shipped.replace('late-delivery-en', 'b-fine'));
		const catalog = loadCatalog({ root, scenarioDirs: [dir] });
		expect(catalog.scenarios.map((s) => s.id)).toEqual(['b-fine']);
		const broken = catalog.broken.filter((b) => b.kind === 'scenario');
		expect(broken).toEqual([
			expect.objectContaining({
				id: 'a-explode',
				diagnostics: [
					expect.objectContaining({
						line: 1,
						column: 1,
						message: expect.stringContaining('Maximum call stack size exceeded')
					})
				]
			})
		]);
	});

	it('lists rubrics, not the packs they use; a rubric reads its pack from packs/ beside it', () => {
		const catalog = loadCatalog({ root });
		expect(catalog.rubrics.map((r) => r.id).sort()).toEqual(['support-chat', 'support-email']);
		expect(catalog.broken.filter((b) => b.kind === 'rubric')).toEqual([]);

		const rubrics = join(dir, 'rubrics');
		mkdirSync(join(rubrics, 'packs'), { recursive: true });
		const email = readFileSync(join(root, 'rubrics', 'support-email.yaml'), 'utf8');
		writeFileSync(join(rubrics, 'support-email.yaml'), email);
		const withoutPack = loadCatalog({ root: dir, rubricDirs: [rubrics], scenarioDirs: [] });
		expect(withoutPack.broken[0]!.diagnostics[0]!.message).toMatch(/^no pack "support"/);
		const pack = readFileSync(join(root, 'rubrics', 'packs', 'support.yaml'), 'utf8');
		writeFileSync(join(rubrics, 'packs', 'support.yaml'), pack);
		const withPack = loadCatalog({ root: dir, rubricDirs: [rubrics], scenarioDirs: [] });
		expect(withPack.rubrics.map((r) => r.id)).toEqual(['support-email']);
		expect(withPack.broken).toEqual([]);
	});
});
