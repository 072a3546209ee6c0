import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalog } from './load';

const ID = 'virtual:dojo/catalog';
const RESOLVED = '\0' + ID;

/**
 * Serves scenarios/ and rubrics/ to the app as one validated module, built from the files at
 * build time; in dev, editing a content file reloads the page with the new version.
 */
export function catalogPlugin(root = process.cwd()): Plugin {
	const dirs = [join(root, 'scenarios'), join(root, 'rubrics')];
	return {
		name: 'dojo-catalog',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return;
			const catalog = loadCatalog({ root });
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
		},
		// Watched here rather than with addWatchFile: Vite's import analysis takes a watched
		// directory for an import of the virtual module and fails to resolve it.
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
