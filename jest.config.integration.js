const base = require('./jest.base');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'integration',
  testMatch: ['<rootDir>/integration-tests/**/*.test.ts', '<rootDir>/domains/**/tests/integration/**/*.test.ts'],
  // Backing services boot once per run, not per test file.
  globalSetup: '<rootDir>/integration-tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/integration-tests/support/global-teardown.ts',
  testTimeout: 60000,
};
