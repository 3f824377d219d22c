// The lambda-ops emulator's runtime interface for Node.js functions: loads the handler named by _HANDLER
// ("file.export", the file relative to LAMBDA_TASK_ROOT, CommonJS or ES module) and runs it for each event it
// gets from the Lambda Runtime API, posting back the result or the error. Handlers may be async or take a callback.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let currentRequestId;

function request(method, apiPath, body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port, method, agent, path: '/2018-06-01/runtime' + apiPath, headers: headers || {} },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      });
    req.on('error', reject);
    if (body !== undefined) {
      req.write(body);
    }
    req.end();
  });
}

// console output carries the timestamp, request id and level, as in Lambda's Node.js runtimes
for (const [method, level] of [['log', 'INFO'], ['info', 'INFO'], ['warn', 'WARN'], ['error', 'ERROR'], ['debug', 'DEBUG']]) {
  console[method] = (...args) => {
    process.stdout.write(`${new Date().toISOString()}\t${currentRequestId || 'undefined'}\t${level}\t${util.format(...args)}\n`);
  };
}

class InitError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

function errorOf(error) {
  const isError = error instanceof Error;
  return {
    errorType: isError ? error.name : typeof error,
    errorMessage: isError ? error.message : String(error),
    trace: isError && error.stack ? error.stack.split('\n') : [],
  };
}

async function postError(apiPath, error) {
  const body = errorOf(error);
  console.error(`${body.errorType}: ${body.errorMessage}`);
  await request('POST', apiPath, JSON.stringify(body), {
    'Content-Type': 'application/json',
    'Lambda-Runtime-Function-Error-Type': body.errorType,
  });
}

async function loadHandler() {
  const handler = process.env._HANDLER || '';
  const slash = handler.lastIndexOf('/');
  const dot = handler.indexOf('.', slash + 1);
  if (dot < 0) {
    throw new InitError('Runtime.MalformedHandlerName', `Bad handler ${handler}`);
  }
  const moduleName = handler.substring(0, dot);
  const base = path.resolve(process.env.LAMBDA_TASK_ROOT, moduleName);
  const file = ['.js', '.mjs', '.cjs'].map((extension) => base + extension).find((candidate) => fs.existsSync(candidate));
  if (!file) {
    throw new InitError('Runtime.ImportModuleError', `Error: Cannot find module '${moduleName}'`);
  }
  let loaded;
  try {
    loaded = file.endsWith('.mjs') ? await import(pathToFileURL(file).href) : require(file);
  } catch (error) {
    if (error.code !== 'ERR_REQUIRE_ESM') {
      throw new InitError('Runtime.ImportModuleError', `${error.name}: ${error.message}`);
    }
    loaded = await import(pathToFileURL(file).href);
  }
  const fn = handler.substring(dot + 1).split('.').reduce((target, name) => (target == null ? undefined : target[name]), loaded);
  if (typeof fn !== 'function') {
    throw new InitError('Runtime.HandlerNotFound', `${handler} is undefined or not exported`);
  }
  return fn;
}

function contextOf(headers) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  const clientContext = headers['lambda-runtime-client-context'];
  return {
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: clientContext ? JSON.parse(clientContext) : undefined,
    identity: undefined,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

function run(handler, event, context) {
  return new Promise((resolve, reject) => {
    const callback = (error, result) => (error ? reject(error) : resolve(result));
    try {
      const returned = handler(event, context, callback);
      if (returned && typeof returned.then === 'function') {
        returned.then(resolve, reject);
      } else if (handler.length < 3) {
        resolve(returned);
      }
    } catch (error) {
      reject(error);
    }
  });
}

async function main() {
  let handler;
  try {
    handler = await loadHandler();
  } catch (error) {
    await postError('/init/error', error instanceof InitError ? error : new InitError('Runtime.UserCodeSyntaxError', String(error)));
    process.exit(1);
  }
  for (;;) {
    const next = await request('GET', '/invocation/next');
    currentRequestId = next.headers['lambda-runtime-aws-request-id'];
    process.env._X_AMZN_TRACE_ID = next.headers['lambda-runtime-trace-id'] || '';
    try {
      const event = next.body.length ? JSON.parse(next.body.toString('utf8')) : undefined;
      const result = await run(handler, event, contextOf(next.headers));
      const payload = result === undefined ? 'null' : JSON.stringify(result);
      await request('POST', `/invocation/${currentRequestId}/response`, payload, { 'Content-Type': 'application/json' });
    } catch (error) {
      await postError(`/invocation/${currentRequestId}/error`, error);
    }
  }
}

main().catch((error) => {
  process.stderr.write(`lambda-ops runtime failed: ${error && error.stack}\n`);
  process.exit(1);
});
