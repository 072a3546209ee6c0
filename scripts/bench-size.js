#!/usr/bin/env node
// How much JavaScript the home page's first load ships, gzipped: the scripts its HTML preloads
// and imports, and every module they import statically (dynamic imports load later, on demand).
//
//   node scripts/bench-size.js [--json]
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuild } from './app-build.js';

const TARGET_KB = 150;
const json = process.argv.includes('--json');

const { dir: build } = ensureBuild();

const html = readFileSync(join(build, 'index.html'), 'utf8');
const entries = [
	...html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*rel="modulepreload"/g),
	...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
	...html.matchAll(/import\("([^"]+\.js)"\)/g)
].map((m) => resolve(build, m[1]));

// Static imports only: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g;
const files = new Set();
const queue = [...entries];
while (queue.length) {
	const file = queue.pop();
	if (files.has(file)) continue;
	files.add(file);
	const code = readFileSync(file, 'utf8');
	for (const m of code.matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), m[1]));
}

const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
const sizes = [...files].map((file) => gzipSync(readFileSync(file)).length);
const bytes = sizes.reduce((a, b) => a + b, 0) + gzipSync(inline).length;
const kb = Math.round((bytes / 1024) * 10) / 10;

if (json) {
	console.log(
		JSON.stringify({ bench: 'home.js.gzip', kb, files: files.size, target_kb: TARGET_KB })
	);
} else {
	const largest = [...files]
		.map((file, i) => [relative(build, file), sizes[i]])
		.sort((a, b) => b[1] - a[1])
		.slice(0, 3)
		.map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} KB`)
		.join(', ');
	console.log(
		`home.js.gzip  ${kb} KB in ${files.size} files  target ≤ ${TARGET_KB} KB  ${kb <= TARGET_KB ? 'ok' : 'TOO BIG'}\n  largest: ${largest}`
	);
}
