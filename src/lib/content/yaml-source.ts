import {
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Alias,
	type Document,
	type Node as YamlNode
} from 'yaml';
import type { Diagnostic } from './diagnostic';

/** Values that aliases may expand to in one document, as the yaml package counts them. */
const MAX_ALIAS_COUNT = 100;

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
		this.data = this.doc.errors.length ? undefined : this.toData();
	}

	/**
	 * The document as plain data, or undefined with a diagnostic when aliases would expand it past
	 * MAX_ALIAS_COUNT values (a few nested anchors can stand for millions of them).
	 */
	private toData(): unknown {
		try {
			return this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
		} catch (error) {
			let alias: Alias | undefined;
			visit(this.doc, {
				Alias: (_, node) => {
					alias = node;
					return visit.BREAK;
				}
			});
			const pos = this.lines.linePos(alias?.range?.[0] ?? 0);
			this.diagnostics.push({
				file: this.file,
				line: pos.line + this.lineOffset,
				column: pos.col,
				message: alias
					? `YAML: the aliases from *${alias.source} on expand to more than ${MAX_ALIAS_COUNT} values; write the values out instead of nesting anchors and aliases`
					: `YAML: ${firstLine((error as Error).message)}`
			});
			return undefined;
		}
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
