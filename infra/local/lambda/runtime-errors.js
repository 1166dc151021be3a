'use strict';
/*
 * The errors of the Lambda Node.js runtime, and the error object it returns for any thrown value — as in
 * aws-lambda-nodejs-runtime-interface-client's Errors.js. Loaded inside worker threads (see worker-entry.js).
 */
const util = require('node:util');

function runtimeErrorClass(name) {
  const RuntimeError = class extends Error {};
  // On the prototype (as the runtime does) so the stack's first line already carries the Runtime.* name.
  RuntimeError.prototype.name = `Runtime.${name}`;
  return RuntimeError;
}

const NODE_JS_EXIT_MESSAGE =
  'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes';

/** `{ errorType, errorMessage, trace }` for an Error; `typeof` and String() for anything else thrown. */
function toErrorPayload(error) {
  try {
    if (
      util.types.isNativeError(error) ||
      (error && typeof error.stack === 'string' && typeof error.name === 'string')
    ) {
      return { errorType: error.name, errorMessage: String(error.message), trace: error.stack.split('\n') };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

module.exports = {
  HandlerNotFound: runtimeErrorClass('HandlerNotFound'),
  MalformedHandlerName: runtimeErrorClass('MalformedHandlerName'),
  ImportModuleError: runtimeErrorClass('ImportModuleError'),
  UserCodeSyntaxError: runtimeErrorClass('UserCodeSyntaxError'),
  UnhandledPromiseRejection: runtimeErrorClass('UnhandledPromiseRejection'),
  JSONStringifyError: runtimeErrorClass('JSONStringifyError'),
  NodeJsExit: runtimeErrorClass('NodeJsExit'),
  NODE_JS_EXIT_MESSAGE,
  toErrorPayload,
};
