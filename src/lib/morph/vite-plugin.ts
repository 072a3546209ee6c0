import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { dictionaryPath } from './node';

const FOLDER = 'kuromoji';

/**
 * Ships kuromoji's dictionary with the site (served in dev, copied into the build), so that the
 * tokenizer worker never fetches from another origin.
 */
export function morphPlugin(): Plugin {
	const dict = dictionaryPath();
	return {
		name: 'dojo-morph',
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const match = /\/kuromoji\/([\w.]+\.dat\.gz)$/.exec(req.url?.split('?')[0] ?? '');
				if (!match) return next();
				res.setHeader('Content-Type', 'application/octet-stream');
				createReadStream(join(dict, match[1]!))
					.on('error', () => next())
					.pipe(res);
			});
		},
		generateBundle() {
			if (this.environment?.config.consumer === 'server') return;
			for (const file of readdirSync(dict)) {
				if (file.endsWith('.dat.gz'))
					this.emitFile({
						type: 'asset',
						fileName: `${FOLDER}/${file}`,
						source: readFileSync(join(dict, file))
					});
			}
		}
	};
}
