const base = require('./jest.base');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'unit',
  testMatch: ['<rootDir>/{domains,contracts,workflows}/**/tests/unit/**/*.test.ts'],
};
