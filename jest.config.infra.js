const base = require('./jest.base');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'infra',
  testMatch: ['<rootDir>/{infra,domains,contracts,workflows}/**/tests/infra/**/*.test.ts'],
  // Synthesizing the app bundles every Lambda with esbuild; give it room on a 2-core machine.
  testTimeout: 120000,
};
