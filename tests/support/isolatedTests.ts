// The unit test files that mock a module (`vi.mock`) or stub the environment (`vi.stubEnv`, `vi.stubGlobal`): they
// run each in a module graph of its own (vitest.config.ts), the rest share one. tests/unit/isolation.test.ts fails on
// a file that mocks or stubs and is missing here.
export const ISOLATED_TESTS: readonly string[] = ['tests/unit/data/clauses.test.ts', 'tests/unit/data/legal.test.ts', 'tests/unit/build/placeholders.test.ts', 'tests/unit/stores/browserEnvironment.test.ts'];
