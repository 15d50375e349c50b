// What Word shows of a WordprocessingML part (word/document.xml, word/footnotes.xml): its text runs joined, entities
// decoded. The builder's .docx is read back with it, in the unit tier and in the browser.
export const wordText = (xml: string): string =>
	[...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
		.map((m) => m[1] ?? '')
		.join('')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');
