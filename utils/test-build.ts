/**
 * Whether this is the build the end-to-end tests load (`wxt build --mode e2e`, written to .output/*-e2e; see
 * docs/architecture.md#test-build). Vite replaces `import.meta.env.MODE` with the build's mode as text, so in a
 * production build the comparison is `"production" === "e2e"`, which the minifier folds to false and the code
 * behind it is dropped: the shipped bundles contain neither the switch nor what it guards
 * (test/build/production-build.test.ts checks the built files). Under Vitest the mode is "test": unit tests see
 * the production behaviour.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE === 'e2e';
