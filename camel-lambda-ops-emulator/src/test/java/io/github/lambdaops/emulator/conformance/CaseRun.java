package io.github.lambdaops.emulator.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.lambdaops.emulator.conformance.ConformanceCase.Expect;
import io.github.lambdaops.emulator.conformance.ConformanceCase.Step;
import io.github.lambdaops.emulator.support.LambdaTestSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Runs one case's steps in order over HTTP and tells how the answers differ from AWS's: the first step that differs
 * ends the run, since the next ones build on it. Placeholders not fixed by the case or the defaults are names made up
 * per run ({@code ${fn}} becomes {@code fn-kqzvtr}); {@code capture} keeps members of an answer as placeholders.
 */
final class CaseRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GENERATED = Pattern.compile("(fn|alias|layer|name|sid|topic)\\w*");
    private static final long POLL_MILLIS = 3_000;

    private final ConformanceCase conformanceCase;
    private final Defaults defaults;
    private final SignedHttp http;
    private final Map<String, String> runValues = new HashMap<>();
    private final Random random = new Random();
    private final JsonExpectation expectation = new JsonExpectation(this::value);

    CaseRun(ConformanceCase conformanceCase, Defaults defaults, SignedHttp http) {
        this.conformanceCase = conformanceCase;
        this.defaults = defaults;
        this.http = http;
    }

    /** How the emulator's answers differ from AWS's; empty when they agree. */
    List<String> differences() {
        List<Step> steps = conformanceCase.steps();
        for (int i = 0; i < steps.size(); i++) {
            List<String> differences = run(expand(steps.get(i)));
            if (!differences.isEmpty()) {
                List<String> described = new ArrayList<>();
                described.add("step " + (i + 1) + " (" + fill(describe(steps.get(i))) + "):");
                differences.forEach(difference -> described.add("  " + difference));
                return described;
            }
        }
        return List.of();
    }

    /** The shortcuts {@code create} and {@code ready} as the requests they stand for. */
    private Step expand(Step step) {
        if (step.create() != null) {
            ObjectNode body = defaults.createFunction().deepCopy();
            merge(body, step.create());
            Expect expect = step.expect() != null ? step.expect()
                    : new Expect("201", null, null, null, null, null, null);
            return new Step("POST /2015-03-31/functions", null, null, step.region(), step.unsigned(), step.headers(),
                    body, null, expect, step.capture(), step.poll());
        }
        if (step.ready() != null) {
            ObjectNode ready = JsonNodeFactory.instance.objectNode().put("State", "Active")
                    .put("LastUpdateStatus", "Successful");
            return new Step("GET /2015-03-31/functions/" + step.ready() + "/configuration", null, null, step.region(),
                    false, null, null, null, new Expect("200", null, null, ready, null, null, null), null, true);
        }
        return step;
    }

    private List<String> run(Step step) {
        long deadline = System.currentTimeMillis() + POLL_MILLIS;
        while (true) {
            List<String> differences = new ArrayList<>();
            SignedHttp.Answer answer;
            try {
                answer = send(step);
            } catch (UncheckedIOException e) {
                return List.of("no answer: " + e.getCause());
            }
            capture(step, answer, differences);
            check(step.expect(), answer, differences);
            if (differences.isEmpty()) {
                return differences;
            }
            if (!step.poll() || System.currentTimeMillis() > deadline) {
                return differences;
            }
            sleep();
        }
    }

    private SignedHttp.Answer send(Step step) {
        String[] request = fill(step.request()).split(" ", 2);
        byte[] body = new byte[0];
        if (step.rawBody() != null) {
            body = fill(step.rawBody()).getBytes(StandardCharsets.UTF_8);
        } else if (step.body() != null) {
            body = toJson(resolve(step.body())).getBytes(StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (step.headers() != null) {
            step.headers().forEach((name, value) -> headers.put(name, fill(value)));
        }
        String region = step.region() != null ? step.region() : value("region");
        return http.send(request[0], request[1], headers, body, region, !step.unsigned());
    }

    private void check(Expect expect, SignedHttp.Answer answer, List<String> differences) {
        if (expect == null) {
            if (answer.status() >= 300) {
                differences.add("expected success, was " + answer.status() + " " + answer.text());
            }
            return;
        }
        if (expect.status() != null && expectation.textFailure(expect.status(),
                new TextNode(String.valueOf(answer.status()))) != null) {
            differences.add("status: expected " + fill(expect.status()) + ", was " + answer.status() + " "
                    + abbreviate(answer.text()));
        }
        JsonNode body = parse(answer);
        if (expect.error() != null) {
            String type = answer.headers().getOrDefault("x-amzn-errortype", "").split(":")[0];
            expectText("error type", expect.error(), type, differences);
        }
        if (expect.message() != null) {
            JsonNode message = body.has("message") ? body.get("message") : body.path("Message");
            expectText("message", expect.message(), message.asText(null), differences);
        }
        if (expect.headers() != null) {
            expect.headers().forEach((name, value) -> expectation.compare("header " + name, new TextNode(value),
                    headerNode(answer, name), differences));
        }
        if (expect.body() != null) {
            expectation.compare("body", expect.body(), body, differences);
        }
        if (expect.text() != null) {
            expectText("body", expect.text(), answer.text(), differences);
        }
        if (expect.log() != null) {
            String encoded = answer.headers().get("x-amz-log-result");
            String log = encoded == null ? "" : new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            for (String line : expect.log()) {
                String regex = fill(line);
                if (!Pattern.compile(regex, Pattern.MULTILINE).matcher(log).find()) {
                    differences.add("log: no line matches /" + regex + "/ in:\n" + log);
                }
            }
        }
    }

    private void expectText(String what, String expected, String actual, List<String> differences) {
        if (actual == null) {
            differences.add(what + ": expected '" + fill(expected) + "', was absent");
            return;
        }
        String failure = expectation.textFailure(expected, new TextNode(actual));
        if (failure != null) {
            differences.add(what + ": " + failure);
        }
    }

    private void capture(Step step, SignedHttp.Answer answer, List<String> differences) {
        if (step.capture() == null) {
            return;
        }
        JsonNode body = parse(answer);
        step.capture().forEach((name, path) -> {
            JsonNode node = path.startsWith("header:") ? headerNode(answer, path.substring("header:".length()))
                    : at(body, path);
            if (node.isMissingNode() || node.isNull()) {
                differences.add("capture " + name + ": nothing at " + path + " in " + abbreviate(answer.text()));
            } else {
                runValues.put(name, node.isValueNode() ? node.asText() : node.toString());
            }
        });
    }

    private static JsonNode at(JsonNode node, String path) {
        for (String member : path.split("\\.")) {
            node = member.matches("\\d+") ? node.path(Integer.parseInt(member)) : node.path(member);
        }
        return node;
    }

    private static JsonNode headerNode(SignedHttp.Answer answer, String name) {
        String value = answer.headers().get(name.toLowerCase(Locale.ROOT));
        return value == null ? MissingNode.getInstance() : new TextNode(value);
    }

    private static JsonNode parse(SignedHttp.Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body == null ? JsonNodeFactory.instance.objectNode() : body;
        } catch (IOException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    /**
     * A body with its placeholders filled, its {@code $zip} / {@code $javaZip} members turned into zips and its
     * {@code $number} members into numbers.
     */
    private JsonNode resolve(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(fill(node.asText()));
        }
        if (node.isObject() && node.has("$zip")) {
            Map<String, String> files = new LinkedHashMap<>();
            node.get("$zip").fields().forEachRemaining(
                    file -> files.put(fill(file.getKey()), fill(file.getValue().asText())));
            return new TextNode(Base64.getEncoder().encodeToString(LambdaTestSupport.zipOf(files).asByteArray()));
        }
        if (node.isObject() && node.has("$number")) {
            return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(fill(node.get("$number").asText())));
        }
        if (node.isObject() && node.has("$javaZip")) {
            List<Class<?>> classes = new ArrayList<>();
            node.get("$javaZip").forEach(name -> classes.add(classNamed(name.asText())));
            return new TextNode(Base64.getEncoder().encodeToString(
                    LambdaTestSupport.javaZip(classes.toArray(Class<?>[]::new)).asByteArray()));
        }
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> members = node.fields();
                while (members.hasNext()) {
                    Map.Entry<String, JsonNode> member = members.next();
                    ((ObjectNode) copy).set(member.getKey(), resolve(member.getValue()));
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    ((ArrayNode) copy).set(i, resolve(node.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No fixture class " + name, e);
        }
    }

    /** Members of {@code overrides} replace those of {@code target}, objects merged member by member. */
    private static void merge(ObjectNode target, JsonNode overrides) {
        overrides.fields().forEachRemaining(member -> {
            JsonNode existing = target.get(member.getKey());
            if (existing instanceof ObjectNode object && member.getValue().isObject()
                    && !member.getValue().has("$zip") && !member.getValue().has("$javaZip")) {
                merge(object, member.getValue());
            } else {
                target.set(member.getKey(), member.getValue());
            }
        });
    }

    private String fill(String text) {
        return Placeholders.fill(text, this::value);
    }

    private String value(String name) {
        String value = conformanceCase.vars().get(name);
        if (value != null) {
            return fill(value);
        }
        if (value == null) {
            value = runValues.get(name);
        }
        if (value == null) {
            value = defaults.vars().get(name);
        }
        if (value == null && GENERATED.matcher(name).matches()) {
            value = name.replaceAll("\\d+$", "") + "-" + randomLetters() + name.replaceAll("^\\D+", "");
            runValues.put(name, value);
        }
        return value;
    }

    private String randomLetters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String describe(Step step) {
        if (step.create() != null) {
            return "CreateFunction " + step.create().path("FunctionName").asText("${fn}");
        }
        return step.ready() != null ? "ready " + step.ready() : step.request();
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
