import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalog } from './load';
import { summarize } from './summary';

const ID = 'virtual:dojo/catalog';
const SUMMARY_ID = 'virtual:dojo/catalog-summary';
const RESOLVED = '\0' + ID;
const RESOLVED_SUMMARY = '\0' + SUMMARY_ID;

/**
 * Serves scenarios/ and rubrics/ to the app as one validated module, built from the files at
 * build time; in dev, editing a content file reloads the page with the new version.
 */
export function catalogPlugin(root = process.cwd()): Plugin {
	const dirs = [join(root, 'scenarios'), join(root, 'rubrics')];
	return {
		name: 'dojo-catalog',
		resolveId: (id) => (id === ID ? RESOLVED : id === SUMMARY_ID ? RESOLVED_SUMMARY : undefined),
		load(id) {
			if (id !== RESOLVED && id !== RESOLVED_SUMMARY) return;
			const catalog = loadCatalog({ root });
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
