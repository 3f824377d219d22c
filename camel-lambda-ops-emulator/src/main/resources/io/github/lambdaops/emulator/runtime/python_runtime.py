# The lambda-ops emulator's runtime interface for Python functions: imports the handler named by _HANDLER
# ("module.function", the module relative to LAMBDA_TASK_ROOT) and runs it for each event it gets from the
# Lambda Runtime API, posting back the result or the error.
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback
import types

API_HOST = os.environ["AWS_LAMBDA_RUNTIME_API"]
API = "/2018-06-01/runtime"


def request(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(API_HOST)
    try:
        connection.request(method, API + path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


TASK_ROOT = os.environ.get("LAMBDA_TASK_ROOT", ".")
# the request id of the invocation running, which AWS's runtime writes in log lines and error payloads
current_request_id = ""


def as_in_lambda(frame):
    """A stack frame with the function's files where Lambda has them, under /var/task."""
    filename = frame.filename
    if filename.startswith(TASK_ROOT + os.sep):
        filename = "/var/task" + filename[len(TASK_ROOT):]
    return traceback.FrameSummary(filename, frame.lineno, frame.name, line=frame.line)


def error_of(exception, error_type=None):
    user_frames = [as_in_lambda(frame) for frame in traceback.extract_tb(exception.__traceback__)
                   if frame.filename != __file__ and not frame.filename.startswith("<frozen importlib")]
    return {
        "errorMessage": str(exception),
        "errorType": error_type or type(exception).__name__,
        "requestId": current_request_id,
        "stackTrace": traceback.format_list(user_frames),
    }


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = current_request_id
        return True


def install_logging():
    """Python's logging writes AWS's lines: [LEVEL], UTC time, request id and message, tab-separated."""
    handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter("[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s",
                                  "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)


def post_error(path, error):
    print("[ERROR] " + error["errorType"] + ": " + error["errorMessage"], flush=True)
    if error["stackTrace"]:
        print("Traceback (most recent call last):\n" + "".join(error["stackTrace"]), end="", flush=True)
    request("POST", path, json.dumps(error).encode("utf-8"), {
        "Content-Type": "application/json",
        "Lambda-Runtime-Function-Error-Type": error["errorType"],
    })


def load_handler():
    handler = os.environ.get("_HANDLER", "")
    module_name, _, function_name = handler.rpartition(".")
    if not module_name:
        raise InitError("Runtime.MalformedHandlerName", "Bad handler '" + handler + "': not enough values to unpack")
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except SyntaxError as e:
        raise InitError("Runtime.UserCodeSyntaxError", "Syntax error in module '" + module_name + "': " + str(e))
    except ImportError as e:
        raise InitError("Runtime.ImportModuleError", "Unable to import module '" + module_name + "': " + str(e))
    function = getattr(module, function_name, None)
    if function is None:
        raise InitError("Runtime.HandlerNotFound",
                        "Handler '" + function_name + "' missing on module '" + module_name + "'")
    return function


class InitError(Exception):
    def __init__(self, error_type, message):
        super().__init__(message)
        self.error_type = error_type


def client_context_of(text):
    if not text:
        return None
    values = json.loads(text)
    client = values.get("client")
    return types.SimpleNamespace(client=types.SimpleNamespace(**client) if client else None,
                                 custom=values.get("custom"), env=values.get("env"))


class LambdaContext:
    def __init__(self, headers):
        self.aws_request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        self.invoked_function_arn = headers.get("Lambda-Runtime-Invoked-Function-Arn")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self._deadline_ms = int(headers.get("Lambda-Runtime-Deadline-Ms", "0"))
        self.client_context = client_context_of(headers.get("Lambda-Runtime-Client-Context"))
        self.identity = None

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))


def main():
    global current_request_id
    sys.path.insert(0, TASK_ROOT)
    install_logging()
    try:
        handler = load_handler()
    except InitError as e:
        post_error("/init/error", error_of(e, e.error_type))
        sys.exit(1)
    except Exception as e:
        post_error("/init/error", error_of(e))
        sys.exit(1)
    while True:
        _, headers, body = request("GET", "/invocation/next")
        request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        current_request_id = request_id
        os.environ["_X_AMZN_TRACE_ID"] = headers.get("Lambda-Runtime-Trace-Id", "")
        try:
            event = json.loads(body) if body else None
            result = handler(event, LambdaContext(headers))
            payload = json.dumps(result).encode("utf-8")
        except Exception as e:
            post_error("/invocation/" + request_id + "/error", error_of(e))
            continue
        request("POST", "/invocation/" + request_id + "/response", payload, {"Content-Type": "application/json"})


if __name__ == "__main__":
    main()
