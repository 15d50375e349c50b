// `npm run test:firm` (part of `npm test`): the site as a real firm would deploy it. Builds with the sample firm
// (tests/fixtures/sample-firm/site.config.ts, fictional data with no placeholder left) in place of src/site.config.ts,
// under DEPLOY=1 so the placeholder guard must pass, into .sample-firm/dist/ (dist/ keeps the project's own build);
// then validates its HTML, runs the unit and built-site tests on it, and the browser checks of tests/firm/ (axe with
// the firm's colours and typeface, the chart in its accent; playwright.firm.config.ts serves the build on E2E_PORT, else
// 4323), and, where the firm has a contact form (the sample firm has), that form's tests against a local stand-in for
// the form service. Any test that repeats a placeholder value instead of reading the configuration fails here.
// SITE_CONFIG=<file> runs it with another firm's file.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const OUT = '.sample-firm/dist';
const env = {
	...process.env,
	SITE_CONFIG: process.env['SITE_CONFIG'] || 'tests/fixtures/sample-firm/site.config.ts',
	DEPLOY: '1',
	DIST_DIR: OUT,
	ASTRO_TELEMETRY_DISABLED: '1',
};

const steps: Array<[string, string[]]> = [
	// The built-site tier serves the build through nginx, Apache and Caddy (tests/dist/nginx.test.ts and its siblings).
	['bash', ['scripts/ensure-servers.sh', 'nginx', 'apache', 'caddy']],
	['astro', ['build', '--outDir', OUT]],
	['html-validate', [`${OUT}/**/*.html`]],
	['vitest', ['run', 'tests/unit', 'tests/dist']],
	['bash', ['scripts/ensure-browsers.sh', 'chromium']],
];
// In a browser (playwright.firm.config.ts, its own server on the build): axe on a page of each kind with the firm's look
// and the chart's accent (`brand`), and the contact form where the firm has one (`form`).
// A configuration file imports only types, so Node reads it as it is (src/build/siteConfigSource.ts does the same).
const firm = createRequire(import.meta.url)(resolve(env.SITE_CONFIG)) as { siteConfig: { contactForm?: unknown } };
const projects = firm.siteConfig.contactForm ? ['--project=brand', '--project=form'] : ['--project=brand'];
if (!firm.siteConfig.contactForm) console.log(`\n${env.SITE_CONFIG} sets no contactForm: no contact form to test in the browser.`);
steps.push(['playwright', ['test', '--config', 'playwright.firm.config.ts', ...projects]]);
for (const [command, args] of steps) {
	console.log(`\n$ SITE_CONFIG=${env.SITE_CONFIG} DEPLOY=1 DIST_DIR=${OUT} ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { env, stdio: 'inherit' });
	if (status !== 0) process.exit(status ?? 1);
}
