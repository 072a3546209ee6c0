/** A problem found in a content file, located so that an editor can jump to it. */
export interface Diagnostic {
	file: string;
	line: number;
	column: number;
	message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

/** Thrown when a content file cannot be used; carries every problem found, not just the first. */
export class ContentError extends Error {
	constructor(readonly diagnostics: Diagnostic[]) {
		super(diagnostics.map(formatDiagnostic).join('\n'));
		this.name = 'ContentError';
	}
}
