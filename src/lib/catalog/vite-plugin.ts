import { delimiter, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalog } from './load';
import { summarize } from './summary';

const ID = 'virtual:dojo/catalog';
const SUMMARY_ID = 'virtual:dojo/catalog-summary';
const RESOLVED = '\0' + ID;
const RESOLVED_SUMMARY = '\0' + SUMMARY_ID;

/**
 * Folders of extra scenario files, separated like PATH (`:`; `;` on Windows), relative to the
 * project. Only the browser tests set it, so that their test-only and broken scenarios are in the
 * build they run against and never in a normal one.
 */
export const EXTRA_SCENARIOS_ENV = 'DOJO_EXTRA_SCENARIOS';

export interface CatalogPluginOptions {
	root?: string;
	/** Defaults to the folders named in DOJO_EXTRA_SCENARIOS. */
	extraScenarioDirs?: string[];
}

/** The folders listed in DOJO_EXTRA_SCENARIOS, resolved against `root`. */
export function extraScenarioDirs(root: string, env = process.env): string[] {
	const value = env[EXTRA_SCENARIOS_ENV] ?? '';
	return value
		.split(delimiter)
		.map((dir) => dir.trim())
		.filter(Boolean)
		.map((dir) => resolve(root, dir));
}

/**
 * Serves scenarios/ and rubrics/ (and any extra scenario folders) to the app as one validated
 * module, built from the files at build time; in dev, editing a content file reloads the page with
 * the new version.
 */
export function catalogPlugin({
	root = process.cwd(),
	extraScenarioDirs: extra = extraScenarioDirs(root)
}: CatalogPluginOptions = {}): Plugin {
	const scenarioDirs = [join(root, 'scenarios'), ...extra];
	// rubrics/packs/ is watched too: a rubric is rebuilt when the pack it uses changes.
	const dirs = [...scenarioDirs, join(root, 'rubrics'), join(root, 'rubrics', 'packs')];
	return {
		name: 'dojo-catalog',
		resolveId: (id) => (id === ID ? RESOLVED : id === SUMMARY_ID ? RESOLVED_SUMMARY : undefined),
		load(id) {
			if (id !== RESOLVED && id !== RESOLVED_SUMMARY) return;
			const catalog = loadCatalog({ root, scenarioDirs });
			const data = id === RESOLVED ? catalog : summarize(catalog);
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
		},
		// Watched here rather than with addWatchFile: Vite's import analysis takes a watched
		// directory for an import of the virtual module and fails to resolve it.
		configureServer(server) {
			server.watcher.add(dirs);
			const reload = (file: string) => {
				if (!dirs.some((dir) => file.startsWith(dir))) return;
				for (const id of [RESOLVED, RESOLVED_SUMMARY]) {
					const mod = server.moduleGraph.getModuleById(id);
					if (mod) server.moduleGraph.invalidateModule(mod);
				}
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
		}
	};
}
