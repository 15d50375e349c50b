// @ts-check
// Lint with zero warnings (`npm run lint`, part of `npm test`): recommended JS, typescript-eslint's strict rules with
// type information (the TypeScript program of tsconfig.json), and Astro's recommended rules. Globals follow where code
// runs: browser code (islands, stores, inline scripts) sees browser globals, build code and tests see Node's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'hosting/', '.sample-firm/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			// `_name` marks a value destructured only to leave it out.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// Numbers and booleans in messages read naturally; objects and nullish values still fail.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
			// `(x) => list.push(x)` as a callback is idiomatic; a void value used anywhere else still fails.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
		},
	},
	{
		// Astro components (and the scripts inside them) are not part of the TypeScript program ESLint sees: `astro check`
		// type-checks them; here they get the syntactic rules only. Plain JavaScript config files likewise.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	{
		// Runs in the reader's browser.
		files: ['src/components/**', 'src/stores/**', 'src/lib/charts/drawAdoptionChart.ts', 'src/**/*.astro'],
		languageOptions: { globals: globals.browser },
	},
	{
		// Runs in Node: the build, its integrations and checks, configs, scripts and tests.
		files: ['*.{js,mjs,ts}', 'src/build/**', 'scripts/**', 'tests/**'],
		languageOptions: { globals: globals.node },
	},
	{
		// Playwright callbacks, and the engines tier's page functions, run in the page.
		files: ['tests/e2e/**', 'tests/e2e-firm/**', 'tests/engines/**'],
		languageOptions: { globals: globals.browser },
	},
	{
		// Tests index fixtures they just built; a `!` there documents the expectation rather than hiding a risk.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
);
