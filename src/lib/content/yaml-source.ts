import {
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node as YamlNode
} from 'yaml';
import type { Diagnostic } from './diagnostic';

/**
 * A parsed YAML document that remembers where each value came from, so validation can report
 * `file:line:column` for any path inside it. `lineOffset` shifts positions when the YAML is the
 * front matter of a larger file.
 */
export class YamlSource {
	readonly data: unknown;
	readonly diagnostics: Diagnostic[] = [];
	private readonly doc: Document;
	private readonly lines = new LineCounter();

	constructor(
		readonly file: string,
		text: string,
		private readonly lineOffset = 0
	) {
		this.doc = parseDocument(text, {
			lineCounter: this.lines,
			uniqueKeys: true,
			prettyErrors: false
		});
		for (const error of [...this.doc.errors, ...this.doc.warnings]) {
			const pos = this.lines.linePos(error.pos[0]);
			this.diagnostics.push({
				file,
				line: pos.line + lineOffset,
				column: pos.col,
				message: `YAML: ${firstLine(error.message)}`
			});
		}
		this.data = this.doc.errors.length ? undefined : this.doc.toJS({ maxAliasCount: 100 });
	}

	/** Position of the value at `path` (or of the nearest parent that exists). */
	at(path: readonly (string | number)[], { key = false } = {}): { line: number; column: number } {
		let node: unknown = this.doc.contents;
		let offset = 0;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
				if (!pair) break;
				const keyNode = pair.key as YamlNode;
				offset = keyNode.range?.[0] ?? offset;
				if (key && segment === path[path.length - 1]) break;
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				node = node.items[segment];
			} else break;
			const range = (node as YamlNode | undefined)?.range;
			if (range) offset = range[0];
		}
		if (path.length === 0) offset = (this.doc.contents as YamlNode | null)?.range?.[0] ?? 0;
		const pos = this.lines.linePos(offset);
		return { line: pos.line + this.lineOffset, column: pos.col };
	}

	/** Records a problem with the value at `path`. */
	report(path: readonly (string | number)[], message: string, options?: { key?: boolean }): void {
		this.diagnostics.push({ file: this.file, ...this.at(path, options), message });
	}
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
