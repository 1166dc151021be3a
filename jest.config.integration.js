const base = require('./jest.base');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'integration',
  testMatch: ['<rootDir>/integration-tests/**/*.test.ts'],
  testTimeout: 60000,
};
