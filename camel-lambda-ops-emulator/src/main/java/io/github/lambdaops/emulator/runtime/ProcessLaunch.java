package io.github.lambdaops.emulator.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How an execution environment starts its runtime process: command, complete environment and working directory. */
record ProcessLaunch(List<String> command, Map<String, String> environment, Path workingDirectory) {
}
