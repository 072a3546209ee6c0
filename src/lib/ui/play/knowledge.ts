/** One part of the knowledge base: a heading (or a paragraph led by bold words) and what follows. */
export interface KnowledgeSection {
	title: string | null;
	markdown: string;
}

const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const BOLD_LEAD = /^\*\*(.+?)\*\*/;
const FENCE = /^(```|~~~)/;

/**
 * Cuts the knowledge Markdown into sections a search can show or hide: a section starts at each
 * heading, and at each paragraph that opens with bold words (trainers often write `**Refunds.** …`
 * instead of headings). Text before the first one is a section without a title.
 */
export function splitSections(markdown: string): KnowledgeSection[] {
	const sections: KnowledgeSection[] = [];
	let title: string | null = null;
	let lines: string[] = [];
	let inFence = false;
	let previousBlank = true;
	const close = () => {
		const text = lines.join('\n').trim();
		if (text) sections.push({ title, markdown: text });
	};
	for (const line of markdown.split(/\r?\n/)) {
		if (FENCE.test(line.trim())) inFence = !inFence;
		const heading = inFence ? null : HEADING.exec(line);
		const lead = !inFence && previousBlank ? BOLD_LEAD.exec(line) : null;
		if (heading || lead) {
			close();
			title = heading ? heading[1]! : lead![1]!.replace(/[.:：。]\s*$/, '');
			lines = [];
		}
		lines.push(line);
		previousBlank = line.trim() === '';
	}
	close();
	return sections;
}

/** Where `query` occurs in `text`, ignoring case; [start, end) offsets into `text`. */
export function findMatches(text: string, query: string): Array<[number, number]> {
	const needle = query.trim();
	if (!needle) return [];
	// Lower-casing keeps offsets only when it keeps lengths; otherwise match the case as typed.
	const lower = text.toLowerCase();
	const sameLength = lower.length === text.length;
	const haystack = sameLength ? lower : text;
	const target = sameLength ? needle.toLowerCase() : needle;
	const found: Array<[number, number]> = [];
	for (let i = haystack.indexOf(target); i !== -1; i = haystack.indexOf(target, i + target.length))
		found.push([i, i + target.length]);
	return found;
}
