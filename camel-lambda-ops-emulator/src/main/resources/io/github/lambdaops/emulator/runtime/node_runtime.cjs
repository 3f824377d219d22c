// The lambda-ops emulator's runtime interface for Node.js functions: loads the handler named by _HANDLER
// ("file.export", the file relative to LAMBDA_TASK_ROOT, CommonJS or ES module) and runs it for each event it
// gets from the Lambda Runtime API, posting back the result or the error. Handlers may be async or take a callback.
// A handler wrapped in awslambda.streamifyResponse streams its response as Lambda's runtime does: one chunked
// POST in 'streaming' response mode, each write sent as it is made, a failure told in the error trailers.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');
const { Writable } = require('stream');
const { finished } = require('stream/promises');
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

const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HTTP_INTEGRATION_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';

// The response stream a streaming handler writes to: each write goes out as a chunk of the /response POST.
class ResponseStream extends Writable {
  constructor(requestId) {
    super();
    this.request = http.request({
      host, port, agent, method: 'POST', path: `/2018-06-01/runtime/invocation/${requestId}/response`,
      headers: {
        'Lambda-Runtime-Function-Response-Mode': 'streaming',
        'Transfer-Encoding': 'chunked',
        'Trailer': 'Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body',
        'Content-Type': 'application/octet-stream',
      },
    });
    this.answered = new Promise((resolve, reject) => {
      this.request.on('response', (res) => res.resume().on('end', resolve));
      this.request.on('error', reject);
    });
    this._onBeforeFirstWrite = undefined;
  }

  setContentType(contentType) {
    this.request.setHeader('Content-Type', contentType);
  }

  _write(chunk, encoding, done) {
    this.writePrelude();
    this.request.write(chunk, done);
  }

  _final(done) {
    this.writePrelude(); // an empty body still carries its prelude
    this.request.end(done);
  }

  writePrelude() {
    const before = this._onBeforeFirstWrite;
    this._onBeforeFirstWrite = undefined;
    if (before) {
      before((prelude) => this.request.write(prelude));
    }
  }

  // Ends the request with the error in its trailers, whatever was written before.
  fail(error) {
    const body = errorOf(error);
    console.error(`${body.errorType}: ${body.errorMessage}`);
    if (this.request.writableEnded) {
      return; // the response was complete before the handler failed
    }
    this.request.addTrailers({
      'Lambda-Runtime-Function-Error-Type': body.errorType,
      'Lambda-Runtime-Function-Error-Body': Buffer.from(JSON.stringify(body)).toString('base64'),
    });
    this.request.end();
  }
}

// Lambda's globals for streaming handlers.
globalThis.awslambda = {
  streamifyResponse(handler) {
    handler[STREAMING] = 'response';
    return handler;
  },
  HttpResponseStream: class HttpResponseStream {
    // The function URL's status and headers, as a JSON prelude and 8 NUL bytes before the body.
    static from(responseStream, prelude) {
      responseStream.setContentType(HTTP_INTEGRATION_CONTENT_TYPE);
      responseStream._onBeforeFirstWrite = (write) => {
        write(JSON.stringify(prelude));
        write(Buffer.alloc(8));
      };
      return responseStream;
    }
  },
};

async function stream(handler, next) {
  const context = contextOf(next.headers);
  const responseStream = new ResponseStream(context.awsRequestId);
  try {
    await handler(eventOf(next), responseStream, context);
    if (!responseStream.writableEnded) {
      responseStream.end();
    }
    await finished(responseStream);
  } catch (error) {
    responseStream.fail(error);
  }
  await responseStream.answered;
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

function eventOf(next) {
  return next.body.length ? JSON.parse(next.body.toString('utf8')) : undefined;
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
    if (handler[STREAMING] === 'response') {
      await stream(handler, next);
      continue;
    }
    try {
      const result = await run(handler, eventOf(next), contextOf(next.headers));
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
