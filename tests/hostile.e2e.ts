import { test as plainTest, type Locator, type Page } from '@playwright/test';
import { sampleAttempt, sampleImport, sampleProfile } from '../src/lib/store/samples';
import { chooseBackupFile, expect, expectNoAxeViolations, expectSaved, test } from './fixtures';

// Every test here also fails if the page asks anything of another origin (the `foreignRequests`
// fixture), and asserts that the Content-Security-Policy reported nothing but what it provoked.

/** Markdown that tries every way to load from elsewhere, run script, or cover the page. */
const HOSTILE_MARKDOWN = [
	'Where is my order? It was due on **Monday**.',
	'<a href="https://other.example/login" style="position:fixed;inset:0;z-index:2147483647;display:block;background:#fff url(https://other.example/cover.png)">Your session expired. Log in again.</a>',
	'<p style="background-image:url(https://other.example/styled.png)">A styled paragraph.</p>',
	'<img src="//other.example/img.png" alt="pixel"> ![tracking pixel](https://other.example/pixel.gif)',
	'<video poster="https://other.example/poster.png" autoplay muted><source src="https://other.example/v.mp4"></video>',
	'<audio autoplay src="https://other.example/audio.mp3"></audio>',
	'<link rel="stylesheet" href="https://other.example/sheet.css">',
	'<style>@import url("https://other.example/import.css"); * { display: none !important; }</style>',
	'<svg><image href="https://other.example/svg.png" /></svg>',
	'<iframe src="https://other.example/frame"></iframe>',
	'<form action="https://other.example/form"><input name="q" autofocus><button>Go</button></form>',
	'<base href="https://other.example/">',
	'<script>window.__pwned = true</script>',
	'[A javascript: link](javascript:window.__pwned=true)',
	'<a href="#" onclick="window.__pwned = true" class="card" id="reply">A link with a handler.</a>'
].join('\n\n');

/** What the whitelist never lets into rendered content. */
const FORBIDDEN = [
	...['img', 'video', 'audio', 'source', 'track', 'picture', 'svg', 'math', 'iframe', 'object'],
	...['embed', 'form', 'input', 'button', 'select', 'textarea', 'link', 'style', 'script'],
	...['base', 'meta', '[style]', '[class]', '[id]', '[onclick]', '[href^="javascript" i]']
].join(', ');

interface Violation {
	directive: string;
	blocked: string;
	/** The start of a blocked inline script or style ('report-sample'). */
	sample: string;
}

/** Hears every CSP violation of every page this test opens, in the order they happen. */
async function listenForViolations(page: Page): Promise<Violation[]> {
	const heard: Violation[] = [];
	await page.exposeFunction('reportCspViolation', (v: Violation) => heard.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { reportCspViolation(v: Violation): void })
				.reportCspViolation;
			report({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
		});
	});
	return heard;
}

/**
 * Provokes one violation the CSP must report (a style attribute, as a sanitiser that let one
 * through would insert) and waits until it is heard: every violation the page caused before it
 * has been heard by then, so the list must hold the canary alone.
 */
async function expectNoViolationBut(page: Page, heard: Violation[]): Promise<void> {
	const before = heard.length;
	await page.evaluate(() => {
		const canary = document.createElement('p');
		canary.setAttribute('style', '--canary: 1');
		document.body.append(canary);
		canary.remove();
	});
	await expect.poll(() => heard.length).toBeGreaterThan(before);
	expect(heard).toEqual([
		{ directive: 'style-src-attr', blocked: 'inline', sample: '--canary: 1' }
	]);
	heard.length = 0;
}

/** Whether a click at the element's centre would reach it, not something laid over it. */
function isOnTop(target: Locator): Promise<boolean> {
	return target.evaluate((el) => {
		el.scrollIntoView({ block: 'center' });
		const box = el.getBoundingClientRect();
		const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		return hit !== null && (hit === el || el.contains(hit));
	});
}

async function expectNothingRun(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
}

test('a hostile scenario loads nothing, runs nothing and covers nothing, and still plays', async ({
	page
}) => {
	test.slow(); // a play-through with three axe checks
	const heard = await listenForViolations(page);
	await page.goto('./scenario/hostile-email-en/');

	const message = page.getByRole('article', { name: /Max Mallory/ }).locator('.body');
	await expect(message.locator('strong')).toHaveText('H-6660');
	const knowledge = page.locator('aside.knowledge section');
	await expect(knowledge.first()).toContainText('Order H-6660 ships on Friday.');
	await expect(message.locator(FORBIDDEN)).toHaveCount(0);
	await expect(knowledge.locator(FORBIDDEN)).toHaveCount(0);
	await expectNothingRun(page);
	const send = page.getByRole('button', { name: 'Send reply' });
	const reply = page.getByRole('textbox', { name: 'Your reply' });
	for (const target of [reply, send]) {
		expect(await isOnTop(target), `${target} is under something`).toBe(true);
	}

	// HTML in the Markdown shows as written: the "session expired" link is text that covers nothing.
	await expect(message).toContainText('<script>window.__pwned = true</script>');
	await expect(message).toContainText('Your session expired. Log in again.</a>');
	await expect(message.getByRole('link', { name: 'tracking pixel' })).toHaveAttribute(
		'href',
		'https://other.example/pixel.gif'
	);
	await expectNoAxeViolations(page);

	await reply.fill(
		'Hi Max,\n\nThank you for writing, and sorry order H-6660 is late. It ships on Friday.\n\nBest regards,\nJo Kim\nSupport, Tallybook'
	);
	await send.click();
	const debrief = page.getByRole('region', { name: 'Debrief' });
	await expect(debrief).toContainText('Max has the date.');
	await expect(debrief).toContainText('The debrief covers the page.');
	await expect(debrief.locator(':scope > div[lang]').locator(FORBIDDEN)).toHaveCount(0);
	const heading = debrief.getByRole('heading', { name: 'Debrief' });
	expect(await isOnTop(heading), 'the debrief is under something').toBe(true);
	await expectSaved(page);
	await expectNoAxeViolations(page);
	await expectNothingRun(page);

	await expectNoViolationBut(page, heard);
});

test('a hostile backup imports as data: shown as text, nothing loaded, run or laid over the page', async ({
	page
}) => {
	test.slow(); // an import, then two pages checked by axe
	const heard = await listenForViolations(page);
	const first = sampleAttempt('x', 1).turns[0]!;
	const attempt = sampleAttempt('hostile-1', Date.now(), {
		profileId: 'p-hostile',
		scenarioTitle: 'Where is my order? <img src="https://other.example/title.png">',
		turns: [
			{
				...first,
				subject: '<img src="https://other.example/subject.png">',
				customerMessage: HOSTILE_MARKDOWN,
				reply: '<video poster="https://other.example/reply.png"></video> Hi Dana, it ships Friday.'
			}
		]
	});
	const file = sampleImport(
		sampleProfile('p-hostile', '<img src="https://other.example/profile.png">'),
		[attempt]
	);

	await page.goto('./settings/');
	await chooseBackupFile(page, 'hostile.json', file);
	await expect(page.getByTestId('import-summary')).toBeVisible();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto('./attempt/?id=hostile-1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(attempt.scenarioTitle);
	const message = page.getByRole('article', { name: /Dana Reyes/ });
	await expect(message.locator('.body strong')).toHaveText('Monday');
	await expect(message.locator('.body')).toContainText('Your session expired. Log in again.</a>');
	await expect(message.locator('.body').locator(FORBIDDEN)).toHaveCount(0);
	await expect(message).toContainText('<img src="https://other.example/subject.png">');
	// The trainee's reply is plain text: its markup shows as typed.
	await expect(page.getByText('<video poster="https://other.example/reply.png">')).toBeVisible();
	await expectNothingRun(page);
	await expectNoAxeViolations(page);

	const again = page.getByRole('link', { name: 'Try again' });
	expect(await isOnTop(again), 'Try again is under something').toBe(true);
	await expectNoViolationBut(page, heard);
	await again.click();
	await expect(page.getByRole('button', { name: 'Send reply' })).toBeVisible();
});

// The `foreignRequests` fixture counts a request the CSP blocked as one made (Chromium reports it,
// failed); this test provokes such requests on purpose, so it checks each was blocked instead.
plainTest(
	'the CSP blocks what a sanitiser that let something through would load or run',
	async ({ page, baseURL }) => {
		const heard = await listenForViolations(page);
		const foreign = new Map<string, string>();
		const origin = new URL(baseURL!).origin;
		page.on('request', (r) => {
			if (new URL(r.url()).origin !== origin) foreign.set(r.url(), 'made');
		});
		page.on('requestfailed', (r) => {
			if (foreign.has(r.url())) foreign.set(r.url(), r.failure()?.errorText ?? 'failed');
		});
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1, name: 'Reply Dojo' })).toBeVisible();

		const outcome = await page.evaluate(async () => {
			const add = (html: string) => {
				const box = document.createElement('div');
				box.innerHTML = html;
				document.body.append(box);
				return box;
			};
			add('<img alt="" src="https://other.example/img.png">');
			add('<link rel="stylesheet" href="https://other.example/sheet.css">');
			add('<iframe title="x" src="https://other.example/frame"></iframe>');
			add('<video src="https://other.example/video.mp4"></video>');
			const styled = add('<p style="position: fixed">covering</p>').firstElementChild!;
			const script = document.createElement('script');
			script.textContent = 'window.__pwned = true';
			document.body.append(script);
			const fetched = await fetch('https://other.example/data.json').then(
				() => 'fetched',
				() => 'refused'
			);
			return { fetched, position: getComputedStyle(styled).position };
		});
		expect(outcome).toEqual({ fetched: 'refused', position: 'static' });
		await expectNothingRun(page);

		const directives = ['connect-src', 'frame-src', 'img-src', 'media-src', 'script-src-elem'];
		directives.push('style-src-attr', 'style-src-elem');
		await expect.poll(() => heard.map((v) => v.directive).sort()).toEqual(directives);
		// Whatever Chromium reported as a request to another origin, the CSP stopped before it left.
		await expect.poll(() => [...foreign.values()].filter((state) => state !== 'csp')).toEqual([]);
	}
);
