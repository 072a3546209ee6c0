import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { catalogPlugin } from './src/lib/catalog/vite-plugin';

export default defineConfig({
	plugins: [catalogPlugin(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node'
	}
});
