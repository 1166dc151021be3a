'use strict';
/*
 * Finds a function's handler from its handler string the way the Lambda Node.js runtime does (UserFunction.js):
 * `index.handler`, `dir/file.export`, `file.nested.export`; `.js`/`.cjs` required, `.mjs` (and ESM `.js`) imported.
 * Loaded inside worker threads (see worker-entry.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { HandlerNotFound, ImportModuleError, MalformedHandlerName, UserCodeSyntaxError } = require('./runtime-errors');

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

async function importOrRequire(file) {
  try {
    return require(file);
  } catch (error) {
    if (error && error.code === 'ERR_REQUIRE_ESM') return import(pathToFileURL(file).href);
    throw error;
  }
}

async function loadModule(taskRoot, moduleRoot, moduleName) {
  const base = path.resolve(taskRoot, moduleRoot, moduleName);
  try {
    for (const extension of ['', '.js', '.cjs']) {
      if (isFile(base + extension)) return await importOrRequire(base + extension);
    }
    if (isFile(`${base}.mjs`)) return await import(pathToFileURL(`${base}.mjs`).href);
    const resolved = require.resolve(moduleName, { paths: [taskRoot, path.resolve(taskRoot, moduleRoot)] });
    return await importOrRequire(resolved);
  } catch (error) {
    if (error instanceof SyntaxError) {
      const wrapped = new UserCodeSyntaxError(String(error));
      wrapped.stack = error.stack;
      throw wrapped;
    }
    if (error && error.code === 'MODULE_NOT_FOUND') throw new ImportModuleError(String(error));
    throw error;
  }
}

/** Resolves `handlerString` against `taskRoot`; throws the runtime's Runtime.* errors when it cannot. */
async function loadHandler(taskRoot, handlerString) {
  if (handlerString.includes('..')) {
    throw new MalformedHandlerName(
      `'${handlerString}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    );
  }
  const moduleAndExport = path.basename(handlerString);
  const moduleRoot = handlerString.substring(0, handlerString.indexOf(moduleAndExport));
  const match = /^([^.]*)\.(.*)$/.exec(moduleAndExport);
  if (!match) throw new MalformedHandlerName('Bad handler');
  const userModule = await loadModule(taskRoot, moduleRoot, match[1]);
  const handler = match[2].split('.').reduce((nested, key) => nested && nested[key], userModule);
  if (!handler) throw new HandlerNotFound(`${handlerString} is undefined or not exported`);
  if (typeof handler !== 'function') throw new HandlerNotFound(`${handlerString} is not a function`);
  return handler;
}

module.exports = { loadHandler };
