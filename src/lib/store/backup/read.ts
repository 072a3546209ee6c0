import { validate } from './check';
import {
	BUNDLE_FORMAT,
	BUNDLE_TABLES,
	BUNDLE_VERSION,
	MAX_BUNDLE_BYTES,
	bundle as bundleChecker,
	rowKey,
	type Bundle
} from './format';

/** A file chosen by the user, or anything with a size and text (a Blob, a test stub). */
export interface BundleSource {
	size: number;
	text(): Promise<string>;
}

export type BundleRead = { ok: true; bundle: Bundle } | { ok: false; problems: string[] };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads and validates a backup file without writing anything. The size is checked before the
 * file is read, so a huge file is refused without loading it.
 */
export async function readBundle(source: BundleSource): Promise<BundleRead> {
	if (source.size > MAX_BUNDLE_BYTES)
		return refuse(
			`The file is ${megabytes(source.size)}; a backup can be at most ${megabytes(MAX_BUNDLE_BYTES)}. Export fewer attempts at a time.`
		);
	return parseBundle(await source.text());
}

export function parseBundle(textContent: string): BundleRead {
	if (textContent.length > MAX_BUNDLE_BYTES)
		return refuse(`The file is larger than ${megabytes(MAX_BUNDLE_BYTES)}.`);
	let value: unknown;
	try {
		value = JSON.parse(textContent);
	} catch (e) {
		return refuse(
			`The file is not complete JSON, perhaps cut off while copying (${(e as Error).message}). Export it again.`
		);
	}
	const header = headerProblem(value);
	if (header) return refuse(header);
	const problems = validate(bundleChecker, value);
	if (problems.length) return { ok: false, problems };
	const bundle = value as Bundle;
	const inner = duplicates(bundle);
	return inner.length ? { ok: false, problems: inner } : { ok: true, bundle };
}

function headerProblem(value: unknown): string | null {
	const v = value as { format?: unknown; formatVersion?: unknown } | null;
	if (typeof v !== 'object' || v === null || v.format !== BUNDLE_FORMAT)
		return 'This is not a Reply Dojo backup file (it has no "format": "reply-dojo-backup").';
	const version = v.formatVersion;
	if (version === BUNDLE_VERSION) return null;
	if (typeof version !== 'number')
		return `This backup's "formatVersion" is ${describe(version)}, not the number ${BUNDLE_VERSION} that Reply Dojo writes: the file was changed after it was exported. Export the file again.`;
	return version > BUNDLE_VERSION
		? `This backup has format version ${version}, made by a newer Reply Dojo; this one reads version ${BUNDLE_VERSION}. Update the app and import again.`
		: `This backup has format version ${version}, which no Reply Dojo writes; this one reads version ${BUNDLE_VERSION}. Export the file again.`;
}

function describe(value: unknown): string {
	if (value === undefined) return 'missing';
	if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
	return `${JSON.stringify(value)?.slice(0, 40)} (${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value})`;
}

/** The same id twice in one table would make the merge ambiguous: refuse and say where. */
function duplicates(bundle: Bundle): string[] {
	const problems: string[] = [];
	for (const table of BUNDLE_TABLES) {
		const seen = new Map<string, number>();
		bundle[table].forEach((row, i) => {
			const key = rowKey(table, row as { id: string; version?: string });
			const first = seen.get(key);
			if (first === undefined) seen.set(key, i);
			else
				problems.push(
					`bundle.${table}[${i}]: the id ${key} is already used by bundle.${table}[${first}]`
				);
		});
	}
	return problems.slice(0, 20);
}

function refuse(problem: string): BundleRead {
	return { ok: false, problems: [problem] };
}
