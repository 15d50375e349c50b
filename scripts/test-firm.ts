// `npm run test:firm` (part of `npm test`): the site as a real firm would deploy it. Builds with the sample firm
// (tests/fixtures/sample-firm/site.config.ts, fictional data with no placeholder left) in place of src/site.config.ts,
// under DEPLOY=1 so the placeholder guard must pass, into .sample-firm/dist/ (dist/ keeps the project's own build);
// then validates its HTML, runs the unit and built-site tests on it, and the browser checks of tests/firm/ (axe with
// the firm's colours and typeface, the chart in its accent; playwright.firm.config.ts serves the build on E2E_PORT, else
// 4323). Any test that repeats a placeholder value instead of reading the configuration fails here.
// SITE_CONFIG=<file> runs it with another firm's file.
import { spawnSync } from 'node:child_process';

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
	// In a browser (tests/firm/, its own server on the build): axe on a page of each kind with the firm's look, the chart's accent.
	['bash', ['scripts/ensure-browsers.sh', 'chromium']],
	['playwright', ['test', '--config', 'playwright.firm.config.ts']],
];
for (const [command, args] of steps) {
	console.log(`\n$ SITE_CONFIG=${env.SITE_CONFIG} DEPLOY=1 DIST_DIR=${OUT} ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { env, stdio: 'inherit' });
	if (status !== 0) process.exit(status ?? 1);
}
