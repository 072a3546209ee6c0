import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { catalogPlugin } from './src/lib/catalog/vite-plugin';
import { morphPlugin } from './src/lib/morph/vite-plugin';

export default defineConfig({
	plugins: [catalogPlugin(), morphPlugin(), sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
