package io.github.lambdaops.camel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.lambdaops.camel.support.EmulatorRouteTestSupport;
import io.github.lambdaops.camel.support.TestZips;
import io.github.lambdaops.emulator.EmulatorSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.lambdaops.camel.LambdaOpsConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full route with session credentials, against an emulator that checks their signatures, with every logger at
 * DEBUG: the secret key and session token show up in no log line, no exception and no endpoint string.
 * <p>
 * Loggers of the AWS SDK and its HTTP clients print the session token (a header every request carries) when at DEBUG:
 * the Netty client's wire log, the Apache 5 client's header and wire logs, and the SigV4 signer's canonical request.
 * No client of the SDK can keep them from doing so; they are left out of the session token check only, and must stay
 * above DEBUG in production.
 */
class SecretsNeverLeakTest extends EmulatorRouteTestSupport {
    private static final String ACCESS_KEY = "AKIDLEAKCHECK";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYLEAKCHECK";
    private static final String SESSION_TOKEN = "FwoGZXIvYXdzELEAKCHECK/session+token==";
    private static final List<String> SDK_LOGGERS_PRINTING_REQUEST_HEADERS = List.of(
            "io.netty.handler.logging.LoggingHandler", "org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire", "software.amazon.awssdk.http.auth.aws.internal.signer");
    private static final String CREDENTIALS = "accessKey=RAW(" + ACCESS_KEY + ")&secretKey=RAW(" + SECRET_KEY
            + ")&sessionToken=RAW(" + SESSION_TOKEN + ")&useSessionCredentials=true";

    @BeforeAll
    static void startEmulator() {
        startEmulator(EmulatorSettings.builder().strictAuth(ACCESS_KEY, SECRET_KEY));
    }

    private final CapturingAppender captured = new CapturingAppender();
    private Map<String, Level> levelsBefore;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deploy").to("lambda-ops:leaky?operation=createFunction&" + CREDENTIALS);
                from("direct:call").to("lambda-ops:leaky?" + CREDENTIALS);
                from("direct:fail").to("lambda-ops:leaky-fail?" + CREDENTIALS);
                from("direct:missing").to("lambda-ops:nowhere?" + CREDENTIALS);
            }
        };
    }

    @BeforeEach
    void captureEverythingAtDebug() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        levelsBefore = new HashMap<>();
        configuration.getLoggers().forEach((name, logger) -> levelsBefore.put(name, logger.getLevel()));
        captured.start();
        configuration.addAppender(captured);
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            logger.addAppender(captured, Level.ALL, null);
        }
        configuration.getRootLogger().addAppender(captured, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.DEBUG);
        logging.updateLoggers();
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            logger.removeAppender(captured.getName());
        }
        configuration.getRootLogger().removeAppender(captured.getName());
        levelsBefore.forEach(Configurator::setLevel);
        configuration.getRootLogger().setLevel(levelsBefore.getOrDefault("", Level.INFO));
        logging.updateLoggers();
        captured.stop();
    }

    @Test
    void secretKeyAndSessionTokenAppearInNoLogExceptionOrEndpoint() {
        List<Exchange> exchanges = new ArrayList<>();
        emulator.registerHandler("leak.fail", (event, context) -> {
            throw new IllegalStateException("function failed");
        });
        exchanges.add(call("direct:deploy", TestZips.placeholder(),
                Map.of(ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, ECHO)));
        exchanges.add(call("direct:deploy", TestZips.placeholder(),
                Map.of(FUNCTION_NAME, "leaky-fail", ROLE, ROLE_ARN, RUNTIME, "java21", HANDLER, "leak.fail")));
        exchanges.add(call("direct:call", "{\"ok\":true}", Map.of()));
        exchanges.add(call("direct:fail", "{\"ok\":false}", Map.of()));
        exchanges.add(call("direct:missing", "{}", Map.of()));
        exchanges.add(call("direct:call", "{}", Map.of(MEMORY_SIZE, "not-a-number", OPERATION, "createFunction")));

        assertThat(exchanges.get(2).getException()).as("a signed call went through").isNull();
        assertThat(exchanges.get(2).getMessage().getBody(String.class)).isEqualTo("{\"ok\":true}");
        assertThat(exchanges.subList(3, 6)).allSatisfy(exchange -> assertThat(exchange.getException()).isNotNull());
        assertThat(captured.text()).as("DEBUG logging was captured").contains("lambda-ops");

        assertThat(captured.text()).doesNotContain(SECRET_KEY, "wJalrXUtnFEMI");
        StringBuilder everything = new StringBuilder(captured.textExcept(SDK_LOGGERS_PRINTING_REQUEST_HEADERS));
        for (Exchange exchange : exchanges) {
            if (exchange.getException() != null) {
                everything.append(stackTraceOf(exchange.getException()));
            }
            everything.append(exchange.getMessage().getHeaders());
        }
        // what an endpoint prints; getEndpointUri() is Camel's registry key, the URI as written, in every component
        for (Endpoint endpoint : context.getEndpoints()) {
            everything.append(endpoint).append(endpoint.getEndpointBaseUri());
        }
        context.getRoutes().forEach(route -> everything.append(route).append(route.getEndpoint()));
        assertThat(everything.toString()).doesNotContain(SECRET_KEY, SESSION_TOKEN, "wJalrXUtnFEMI", "FwoGZXIvYXdz");
    }

    private static String stackTraceOf(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /** Keeps every log event's logger, formatted message and stack trace. */
    private static final class CapturingAppender extends AbstractAppender {
        private final List<String[]> events = new CopyOnWriteArrayList<>();

        CapturingAppender() {
            super("secrets-capture", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            String text = event.getMessage().getFormattedMessage()
                    + (event.getThrown() != null ? "\n" + stackTraceOf(event.getThrown()) : "");
            events.add(new String[] {event.getLoggerName(), text});
        }

        String text() {
            return textExcept(List.of());
        }

        String textExcept(List<String> loggerPrefixes) {
            StringBuilder text = new StringBuilder();
            for (String[] event : events) {
                if (loggerPrefixes.stream().noneMatch(event[0]::startsWith)) {
                    text.append(event[0]).append(' ').append(event[1]).append('\n');
                }
            }
            return text.toString();
        }
    }
}
