// The Lighthouse gate (part of `npm test`): one page of each type and the longest guide of each language, mobile
// preset, in Debian's Chromium.
// Accessibility, best practices and SEO must be 100; performance at least 95.
import { measuredPages } from './lib/pageTypes.ts';
import { startPreview } from './lib/previewServer.ts';
import { runLighthouse } from './lib/runLighthouse.ts';

const MIN_PERFORMANCE = 95;
const PAGE_TYPES = measuredPages();
const server = await startPreview(Number(process.env.LIGHTHOUSE_PORT ?? 4350));
let failed = 0;
try {
	const results = await runLighthouse(PAGE_TYPES.map((p) => `${server.origin}${p.path}`));
	console.log('page type           perf  a11y  best  seo   LCP ms  TBT ms  CLS');
	for (const { type, path } of PAGE_TYPES) {
		const r = results.get(`${server.origin}${path}`);
		if (!r) continue;
		console.log(
			`${type.padEnd(19)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(4)}  ${String(r.lcp).padStart(6)}  ${String(r.tbt).padStart(6)}  ${r.cls}`,
		);
		const ok = r.performance >= MIN_PERFORMANCE && r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100;
		if (!ok) {
			failed += 1;
			console.error(`  ✗ ${path}: needs performance ≥ ${MIN_PERFORMANCE} and 100 elsewhere`);
			for (const audit of r.failing) console.error(`    - ${audit}`);
		}
	}
} finally {
	server.stop();
}
console.log(`${PAGE_TYPES.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
