import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { catalogPlugin } from './src/lib/catalog/vite-plugin';
import { morphPlugin } from './src/lib/morph/vite-plugin';

export default defineConfig({
	plugins: [catalogPlugin(), morphPlugin(), sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.js'],
		environment: 'node',
		// Tests that load the 17 MB tokenizer dictionary or run `dojo eval` over a data set take
		// seconds on a busy 2-core machine; 5 s would fail them for the machine, not the code.
		testTimeout: 30_000
	}
});
