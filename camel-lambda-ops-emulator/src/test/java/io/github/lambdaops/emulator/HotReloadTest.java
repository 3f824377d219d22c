package io.github.lambdaops.emulator;

import io.github.lambdaops.emulator.support.EmulatorSdkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static io.github.lambdaops.emulator.support.LambdaTestSupport.ROLE;
import static io.github.lambdaops.emulator.support.LambdaTestSupport.assumeCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hot reload: a function whose code is a local directory runs what the directory holds at each invocation. */
class HotReloadTest extends EmulatorSdkTest {

    @Test
    void aPythonFunctionRunsTheEditedFileOnItsNextInvocation(@TempDir Path code) throws Exception {
        assumeCommand("python3");
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 'first answer'\n");
        client.createFunction(hotReload("py-hot", "python3.12", "app.handler", code));

        String before = invoke("py-hot");
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 'edited answer, longer'\n");
        String after = invoke("py-hot");

        assertThat(before).isEqualTo("\"first answer\"");
        assertThat(after).isEqualTo("\"edited answer, longer\"");
    }

    @Test
    void aJavaFunctionLoadsChangedClassesAndLibraryJarsInAFreshClassLoader(@TempDir Path classes, @TempDir Path work)
            throws Exception {
        writeWordsJar(classes.resolve("lib/words.jar"), "apple", work.resolve("words-1"));
        compileGreeter(classes, "v1", work);
        client.createFunction(hotReload("java-hot", "java17", "hot.Greeter::greet", classes));

        String first = invoke("java-hot");
        compileGreeter(classes, "v2", work);
        String classChanged = invoke("java-hot");
        writeWordsJar(classes.resolve("lib/words.jar"), "pear", work.resolve("words-2"));
        String jarChanged = invoke("java-hot");

        assertThat(first).isEqualTo("\"v1 apple\"");
        assertThat(classChanged).isEqualTo("\"v2 apple\"");
        assertThat(jarChanged).isEqualTo("\"v2 pear\"");
    }

    @Test
    void getFunctionReportsTheDirectoryAsS3CodeWithAStableCodeSha256(@TempDir Path code) throws Exception {
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 1\n");
        String created = client.createFunction(hotReload("py-hot", "python3.12", "app.handler", code)).codeSha256();

        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return 2\n");
        GetFunctionResponse function = client.getFunction(r -> r.functionName("py-hot"));

        assertThat(function.code().repositoryType()).isEqualTo("S3");
        assertThat(function.code().location()).isEqualTo(code.toUri().toString());
        assertThat(function.configuration().codeSha256()).isEqualTo(created);
        assertThat(function.configuration().codeSize()).isZero();
    }

    @Test
    void aRelativeHotReloadPathIsRefusedNamingTheMember() {
        assertThatThrownBy(() -> client.createFunction(hotReload("py-hot", "python3.12", "app.handler",
                Path.of("relative/dir"))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Code.S3Key").hasMessageContaining("absolute path");
    }

    private static CreateFunctionRequest hotReload(String name, String runtime, String handler, Path directory) {
        return CreateFunctionRequest.builder().functionName(name).runtime(runtime).role(ROLE).handler(handler)
                .code(c -> c.s3Bucket("hot-reload").s3Key(directory.toString())).build();
    }

    private static String invoke(String function) {
        return client.invoke(r -> r.functionName(function).payload(SdkBytes.fromUtf8String("{}"))).payload()
                .asUtf8String();
    }

    /** {@code hot.Greeter::greet} answering {@code VERSION WORD}, its word from {@code lib/*.jar}, compiled into classes. */
    private static void compileGreeter(Path classes, String version, Path work) throws IOException {
        Path source = work.resolve("src-" + version + "/hot/Greeter.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package hot;\npublic class Greeter {\n    public String greet(java.util.Map<String, Object> e) {\n"
                + "        return \"" + version + " \" + hot.lib.Words.word();\n    }\n}\n");
        compile(source, classes, classes.resolve("lib/words.jar"));
    }

    private static void writeWordsJar(Path jar, String word, Path work) throws IOException {
        Path source = work.resolve("hot/lib/Words.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package hot.lib;\npublic class Words {\n    public static String word() {\n"
                + "        return \"" + word + "\";\n    }\n}\n");
        Path out = work.resolve("out");
        compile(source, out, null);
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(file)) {
            entries.putNextEntry(new JarEntry("hot/lib/Words.class"));
            entries.write(Files.readAllBytes(out.resolve("hot/lib/Words.class")));
            entries.closeEntry();
        }
    }

    private static void compile(Path source, Path into, Path classPath) {
        String[] arguments = classPath == null
                ? new String[] {"-d", into.toString(), source.toString()}
                : new String[] {"-d", into.toString(), "-cp", classPath.toString(), source.toString()};
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments);
        assertThat(status).as("javac of " + source).isZero();
    }
}
