import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every route is prerendered to its own HTML shell, so `build/` works from any static host;
		// `fallback` covers hosts that route unknown paths to one page.
		adapter: adapter({ fallback: '404.html' }),
		paths: { base: process.env.BASE_PATH ?? '' },
		alias: { $content: 'src/content' }
	}
};

export default config;
