'use strict';
/*
 * Runs inside each function's worker thread and plays the Lambda Node.js runtime (the runtime interface client) for
 * one execution environment: init (load the handler), then one invocation at a time on request from the host.
 *
 * Plain CommonJS JavaScript on purpose: `new Worker(file)` needs a file Node loads as is — under Jest (ts-jest only
 * transforms modules Jest itself requires, never a worker's) and under tsx/node at run time alike. The messages it
 * sends and receives are typed in worker-protocol.ts; the behaviour follows aws-lambda-nodejs-runtime-interface-client
 * (Runtime.js, CallbackContext.js, LogPatch.js; handler-loader.js and runtime-errors.js cover the rest).
 */
const util = require('node:util');
const v8 = require('node:v8');
const { Buffer } = require('node:buffer');
const { setImmediate } = require('node:timers');
const { parentPort, workerData } = require('node:worker_threads');
const { loadHandler } = require('./handler-loader');
const {
  JSONStringifyError,
  NodeJsExit,
  NODE_JS_EXIT_MESSAGE,
  UnhandledPromiseRejection,
  toErrorPayload,
} = require('./runtime-errors');

const boot = workerData;

// A worker ignores NODE_OPTIONS, yet bundles ship `--enable-source-maps` there; honour it (per thread) for readable traces.
if (/(^|\s)--enable-source-maps(\s|$)/.test(process.env.NODE_OPTIONS ?? '')) process.setSourceMapsEnabled(true);

/** The request id console lines carry; `undefined` outside an invocation, as Lambda prints it. */
let currentRequestId;
/** What to do when the event loop drains during an invocation (callbackWaitsForEmptyEventLoop, forgotten callback). */
let onEmptyEventLoop;

function send(message) {
  parentPort.postMessage(message);
}

// --- Output: whatever the function prints reaches the host over the port, so it stays in order with the response.
// Patching write() (not only console) also catches loggers with their own Console on process.stdout (Powertools).
function routeToHost(stream) {
  stream.write = function write(chunk, encoding, callback) {
    const done = typeof encoding === 'function' ? encoding : callback;
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    send({ type: 'output', text });
    if (typeof done === 'function') setImmediate(done);
    return true;
  };
}
routeToHost(process.stdout);
routeToHost(process.stderr);

// Lambda's text log format: timestamp, request id, level, message — newlines become \r so a record stays one line.
// With LogFormat JSON: one object per call, below the application log level dropped (LogPatch.js's JSON formatter).
const LEVELS = { log: 'INFO', info: 'INFO', warn: 'WARN', error: 'ERROR', debug: 'DEBUG', trace: 'TRACE', fatal: 'FATAL' };
const SEVERITY = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
const minimumSeverity = Math.max(0, SEVERITY.indexOf(boot.minimumLevel));

function jsonRecord(level, args) {
  const record = { timestamp: new Date().toISOString(), level, requestId: currentRequestId };
  const [first] = args;
  if (args.length === 1 && first instanceof Error) {
    return { ...record, message: first, errorType: first.name, errorMessage: first.message, stackTrace: String(first.stack).split('\n') };
  }
  return { ...record, message: util.format(...args) };
}

for (const [method, level] of Object.entries(LEVELS)) {
  const write =
    boot.logFormat === 'JSON'
      ? (...args) => {
          if (SEVERITY.indexOf(level) < minimumSeverity) return;
          process.stdout.write(`${JSON.stringify(jsonRecord(level, args))}\n`);
        }
      : (...args) => {
          const message = util.format(...args).replace(/\n/g, '\r');
          process.stdout.write(`${new Date().toISOString()}\t${String(currentRequestId)}\t${level}\t${message}\n`);
        };
  globalThis.console[method] = write;
}

function logError(label, payload) {
  const { trace, ...rest } = payload;
  if (boot.logFormat === 'JSON') {
    const record = { timestamp: new Date().toISOString(), level: 'ERROR', requestId: currentRequestId, message: label };
    process.stdout.write(`${JSON.stringify({ ...record, ...rest, stackTrace: trace })}\n`);
    return;
  }
  globalThis.console.error(`${label} \t${JSON.stringify({ ...rest, stack: trace })}`);
}

// --- Invoke: one at a time; the promise settles with { error } or { result } exactly once.
function runHandler(handler, message) {
  return new Promise((resolve) => {
    let finished = false;
    let waitsForEmptyEventLoop = true;
    const finish = (error, result) => {
      if (finished) return;
      finished = true;
      onEmptyEventLoop = undefined;
      resolve(error === undefined || error === null ? { result } : { error });
    };
    const callback = (error, result) => {
      if (error !== undefined && error !== null) return finish(error);
      if (!waitsForEmptyEventLoop) return finish(null, result);
      onEmptyEventLoop = () => finish(null, result); // Lambda answers once the event loop has drained
    };
    const context = {
      awsRequestId: message.requestId,
      functionName: boot.functionName,
      functionVersion: boot.functionVersion,
      invokedFunctionArn: message.invokedFunctionArn,
      memoryLimitInMB: String(boot.memoryMb),
      logGroupName: boot.logGroupName,
      logStreamName: boot.logStreamName,
      identity: undefined,
      clientContext: message.clientContext === undefined ? undefined : JSON.parse(message.clientContext),
      getRemainingTimeInMillis: () => Math.max(0, message.deadlineMs - Date.now()),
      get callbackWaitsForEmptyEventLoop() {
        return waitsForEmptyEventLoop;
      },
      set callbackWaitsForEmptyEventLoop(value) {
        waitsForEmptyEventLoop = value;
      },
      succeed: (result) => finish(null, result),
      fail: (error) => finish(error === undefined || error === null ? 'handled' : error),
      done: (error, result) => finish(error, result),
    };
    // Runtime.js: a drained loop without an answer is a NodeJsExit error for async handlers, `null` otherwise.
    const isAsync = handler.constructor && handler.constructor.name === 'AsyncFunction';
    onEmptyEventLoop = isAsync ? () => finish(new NodeJsExit(NODE_JS_EXIT_MESSAGE)) : () => finish(null, null);
    try {
      const returned = handler(JSON.parse(message.event), context, callback);
      if (returned && typeof returned.then === 'function') returned.then(context.succeed, context.fail);
    } catch (error) {
      callback(error);
    }
  });
}

function serialize(result) {
  try {
    const text = JSON.stringify(result);
    return text === undefined ? 'null' : text;
  } catch {
    throw new JSONStringifyError('Unable to stringify response body');
  }
}

async function invoke(handler, message) {
  currentRequestId = message.requestId;
  // Unref'd, the port no longer keeps the thread alive, so 'beforeExit' tells us when the event loop drains.
  parentPort.unref();
  const outcome = await runHandler(handler, message);
  parentPort.ref();
  const heapUsedBytes = v8.getHeapStatistics().used_heap_size;
  let failure = outcome.error;
  let payload;
  if (failure === undefined) {
    try {
      payload = serialize(outcome.result);
    } catch (error) {
      failure = error;
    }
  }
  if (failure === undefined) {
    send({ type: 'response', requestId: message.requestId, payload, heapUsedBytes });
  } else {
    const error = toErrorPayload(failure);
    logError('Invoke Error', error);
    send({ type: 'error', requestId: message.requestId, error, heapUsedBytes, fatal: false });
  }
  currentRequestId = undefined;
}

process.on('beforeExit', () => {
  const listener = onEmptyEventLoop;
  onEmptyEventLoop = undefined;
  if (listener) listener();
});

// An error escaping the handler's own flow ends the environment, as on Lambda (the runtime exits with 128/129).
function crash(error, label) {
  const payload = toErrorPayload(error);
  logError(label, payload);
  if (currentRequestId !== undefined) {
    send({ type: 'error', requestId: currentRequestId, error: payload, heapUsedBytes: 0, fatal: true });
  }
  process.exit(label === 'Uncaught Exception' ? 129 : 128);
}
process.on('uncaughtException', (error) => crash(error, 'Uncaught Exception'));
process.on('unhandledRejection', (reason) =>
  crash(new UnhandledPromiseRejection(String(reason)), 'Unhandled Promise Rejection'),
);

async function main() {
  let handler;
  try {
    handler = await loadHandler(boot.taskRoot, boot.handler);
  } catch (error) {
    const payload = toErrorPayload(error);
    logError('Uncaught Exception', payload);
    send({ type: 'init-error', error: payload });
    return;
  }
  parentPort.on('message', (message) => {
    void invoke(handler, message);
  });
  send({ type: 'ready' });
}

void main();
