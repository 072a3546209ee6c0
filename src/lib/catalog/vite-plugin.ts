import { delimiter, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalog } from './load';

const ID = 'virtual:dojo/catalog';
const RESOLVED = '\0' + ID;

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
	const dirs = [...scenarioDirs, join(root, 'rubrics')];
	return {
		name: 'dojo-catalog',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return;
			for (const dir of dirs) this.addWatchFile(dir);
			const catalog = loadCatalog({ root, scenarioDirs });
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
		},
		configureServer(server) {
			server.watcher.add(dirs);
			const reload = (file: string) => {
				if (!dirs.some((dir) => file.startsWith(dir))) return;
				const mod = server.moduleGraph.getModuleById(RESOLVED);
				if (mod) server.moduleGraph.invalidateModule(mod);
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
		}
	};
}
