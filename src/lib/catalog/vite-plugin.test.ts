import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from './types';
import { catalogPlugin, extraScenarioDirs } from './vite-plugin';

const root = process.cwd();

/** The catalog module the plugin serves, parsed back. */
function served(plugin: ReturnType<typeof catalogPlugin>): Catalog {
	const load = plugin.load as (this: unknown, id: string) => string;
	const code = load.call({ addWatchFile: () => {} }, '\0virtual:dojo/catalog');
	return JSON.parse(JSON.parse(/JSON\.parse\((.*)\);$/s.exec(code)![1]!)) as Catalog;
}
const files = (catalog: Catalog) => [
	...catalog.scenarios.map((s) => s.file),
	...catalog.broken.map((b) => b.file)
];

describe('catalogPlugin', () => {
	it('serves only scenarios/ when no extra folder is named', () => {
		const catalog = served(catalogPlugin({ root, extraScenarioDirs: [] }));
		expect(files(catalog).length).toBeGreaterThan(0);
		expect(files(catalog).every((f) => f.startsWith('scenarios/'))).toBe(true);
		expect(catalog.broken.filter((b) => b.kind === 'scenario')).toEqual([]);
	});

	it('adds the folders DOJO_EXTRA_SCENARIOS names, broken files included', () => {
		const extra = extraScenarioDirs(root, {
			DOJO_EXTRA_SCENARIOS:
				' tests/fixtures/scenarios/broken : tests/fixtures/scenarios/e2e :'.replace(
					/:/g,
					process.platform === 'win32' ? ';' : ':'
				)
		});
		expect(extra).toEqual([
			join(root, 'tests/fixtures/scenarios/broken'),
			join(root, 'tests/fixtures/scenarios/e2e')
		]);
		const catalog = served(catalogPlugin({ root, extraScenarioDirs: extra }));
		expect(catalog.scenarios.map((s) => s.file)).toContain(
			'tests/fixtures/scenarios/e2e/nudge-chat-en.md'
		);
		expect(catalog.broken.map((b) => b.file)).toContain(
			'tests/fixtures/scenarios/broken/many-problems.md'
		);
		expect(files(catalog).filter((f) => f.startsWith('scenarios/')).length).toBeGreaterThan(0);
	});

	it('skips a scenario whose YAML aliases nest too deep, and serves the others', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dojo-catalog-test-'));
		try {
			const tree = [
				'x0: &a0 [v, v, v, v]',
				'x1: &a1 [*a0, *a0, *a0, *a0]',
				'x2: &a2 [*a1, *a1, *a1, *a1]',
				'x3: [*a2, *a2, *a2, *a2]'
			];
			const shipped = readFileSync(join(root, 'scenarios', 'late-delivery-en.md'), 'utf8');
			writeFileSync(
				join(dir, 'aliases.md'),
				shipped.replace('id: late-delivery-en', ['id: aliases', ...tree].join('\n'))
			);
			const catalog = served(catalogPlugin({ root, extraScenarioDirs: [dir] }));
			const broken = catalog.broken.find((b) => b.id === 'aliases');
			expect(broken?.diagnostics.map((d) => [d.line, d.column])).toEqual([[4, 10]]);
			expect(catalog.scenarios.map((s) => s.id)).toContain('late-delivery-en');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('reads no extra folder from an empty or missing variable', () => {
		expect(extraScenarioDirs(root, {})).toEqual([]);
		expect(extraScenarioDirs(root, { DOJO_EXTRA_SCENARIOS: '' })).toEqual([]);
	});

	it('reloads the page when a rubric or the pack it uses changes, and not for other files', () => {
		const plugin = catalogPlugin({ root, extraScenarioDirs: [] });
		const handlers: Record<string, (file: string) => void> = {};
		const watcher = {
			add: () => watcher,
			on: (event: string, handler: (file: string) => void) => {
				handlers[event] = handler;
				return watcher;
			}
		};
		const invalidated: string[] = [];
		let reloads = 0;
		const server = {
			watcher,
			moduleGraph: {
				getModuleById: (id: string) => ({ id }),
				invalidateModule: (mod: { id: string }) => invalidated.push(mod.id)
			},
			ws: { send: () => reloads++ }
		};
		(plugin.configureServer as (server: unknown) => void)(server);
		handlers.change!(join(root, 'rubrics', 'packs', 'support.yaml'));
		expect(reloads).toBe(1);
		expect(invalidated).toEqual(['\0virtual:dojo/catalog', '\0virtual:dojo/catalog-summary']);
		handlers.change!(join(root, 'src', 'app.html'));
		expect(reloads).toBe(1);
	});
});
