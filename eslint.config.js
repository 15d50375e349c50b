// @ts-check
// Lint with zero warnings (`npm run lint`, part of `npm test`): recommended JS, type-aware TypeScript and Astro rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
	js.configs.recommended,
	tseslint.configs.strict,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// `_name` marks a value destructured only to leave it out.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
		},
	},
	{
		// Tests index fixtures they just built; a `!` there documents the expectation rather than hiding a risk.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
);
