import adapter from '@sveltejs/adapter-static';

/**
 * The one style attribute the app renders: SvelteKit's route announcer (`svelte-announcer`, a
 * visually hidden live region it adds to every page). Svelte's own `style:` directives set styles
 * through the CSSOM, which the CSP does not govern. A SvelteKit upgrade that changes the
 * announcer's style shows as a `style-src-attr` violation in tests/hostile.e2e.ts.
 */
const ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every route is prerendered to its own HTML shell, so `build/` works from any static host;
		// `fallback` covers hosts that route unknown paths to one page.
		adapter: adapter({ fallback: '404.html' }),
		paths: { base: process.env.BASE_PATH ?? '' },
		alias: { $content: 'src/content' },
		// The app asks nothing of any other origin (docs/security.md). Prerendered pages carry this as
		// a <meta http-equiv>, with the hashes of SvelteKit's inline boot script added; a meta CSP
		// cannot set frame-ancestors, which only the host's headers can. In `vite dev` SvelteKit
		// adds 'unsafe-inline' to the style directives for Vite's injected styles.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE_HASH, 'report-sample'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				// The tokenizer's worker and its dictionary come from this origin.
				'connect-src': ['self'],
				'worker-src': ['self'],
				'media-src': ['none'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
