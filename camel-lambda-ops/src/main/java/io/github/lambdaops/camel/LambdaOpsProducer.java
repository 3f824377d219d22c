package io.github.lambdaops.camel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.health.HealthCheckRegistration;
import io.github.lambdaops.camel.invoke.InvokeResults;
import io.github.lambdaops.camel.invoke.StreamedInvocation;
import io.github.lambdaops.camel.options.OptionValues;
import io.github.lambdaops.camel.options.Pagination;
import io.github.lambdaops.camel.options.WaitUntil;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.InvokeWithResponseStreamRequest;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.services.lambda.model.LambdaResponse;

/**
 * Sends one Lambda API request per exchange without blocking the route's thread: the request is bound from the
 * message, sent with the endpoint's client, and the SDK response becomes the body.
 */
public class LambdaOpsProducer extends DefaultAsyncProducer {

    private static final List<String> PAGINATED = Arrays.stream(LambdaOpsOperations.values())
            .filter(LambdaOpsOperations::isPaginated).map(Enum::name).sorted().collect(Collectors.toList());

    private HealthCheckRegistration healthCheck;

    public LambdaOpsProducer(LambdaOpsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (getEndpoint().getComponent().isHealthCheckProducerEnabled()) {
            healthCheck = HealthCheckRegistration.inProducers(getEndpoint().getCamelContext(),
                    getEndpoint().producerHealthCheck());
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheck != null) {
            healthCheck.close();
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public LambdaOpsEndpoint getEndpoint() {
        return (LambdaOpsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        LambdaRequest request;
        CompletableFuture<?> response;
        try {
            Message in = exchange.getIn();
            LambdaOpsOperations operation = operation(in);
            request = request(operation, in);
            response = send(operation, request, in);
        } catch (RuntimeException e) {
            exchange.setException(e);
            return finish(exchange, null, callback, true);
        }
        if (response.isDone()) {
            return finish(exchange, complete(exchange, request, response), callback, true);
        }
        response.whenComplete((result, error) -> finish(exchange, complete(exchange, request, response), callback,
                false));
        return false;
    }

    private boolean finish(Exchange exchange, String functionError, AsyncCallback callback, boolean doneSync) {
        getEndpoint().statistics().record(exchange.getException(), functionError);
        callback.done(doneSync);
        return doneSync;
    }

    /** Sends the request: one call, or every page; then the waiter, if one is asked for. */
    private CompletableFuture<?> send(LambdaOpsOperations operation, LambdaRequest request, Message message) {
        boolean allPages = allPages(operation, message);
        WaitUntil waiter = waiter(message);
        if (waiter != null && request.getValueForField("FunctionName", String.class).isEmpty()) {
            throw new LambdaOpsParameterException("waitUntil " + waiter + " waits for the function the request "
                    + "names, but a request of operation " + operation.name() + " names none");
        }
        LambdaCaller caller = getEndpoint().caller();
        CompletableFuture<?> response = allPages ? caller.allItems(operation, request)
                : caller.call(operation, request);
        return waiter == null ? response
                : response.thenCompose(result -> awaitFunction(caller, waiter, request, result));
    }

    private LambdaOpsOperations operation(Message message) {
        Object value = message.getHeader(LambdaOpsConstants.OPERATION);
        if (value == null) {
            return getEndpoint().getConfiguration().getOperation();
        }
        if (value instanceof LambdaOpsOperations) {
            return (LambdaOpsOperations) value;
        }
        if (value instanceof String) {
            try {
                return LambdaOpsOperations.fromName((String) value, "Header " + LambdaOpsConstants.OPERATION);
            } catch (IllegalArgumentException e) {
                throw new LambdaOpsParameterException(e.getMessage());
            }
        }
        throw new LambdaOpsParameterException("Header " + LambdaOpsConstants.OPERATION
                + " expects a String or LambdaOpsOperations, got " + value.getClass().getName());
    }

    private LambdaRequest request(LambdaOpsOperations operation, Message message) {
        if (!getEndpoint().getConfiguration().isPojoRequest()) {
            return (LambdaRequest) getEndpoint().binder().bind(operation, message, getEndpoint().defaults());
        }
        Object body = message.getBody();
        if (!operation.requestType().isInstance(body)) {
            throw new LambdaOpsParameterException("pojoRequest=true: operation " + operation.name()
                    + " expects the body to be a " + operation.requestType().getName() + ", got "
                    + (body == null ? "null" : body.getClass().getName()));
        }
        return (LambdaRequest) body;
    }

    private boolean allPages(LambdaOpsOperations operation, Message message) {
        Object header = message.getHeader(LambdaOpsConstants.PAGINATION);
        String source = header != null ? "Header " + LambdaOpsConstants.PAGINATION : "URI option pagination";
        Pagination pagination = header != null ? OptionValues.parse(Pagination.class, header, source)
                : getEndpoint().getConfiguration().getPagination();
        if (pagination != Pagination.all) {
            return false;
        }
        if (!operation.isPaginated()) {
            throw new LambdaOpsParameterException(source + " is all, but operation " + operation.name()
                    + " has no pages; pagination=all applies to " + PAGINATED);
        }
        return true;
    }

    private WaitUntil waiter(Message message) {
        Object header = message.getHeader(LambdaOpsConstants.WAIT_UNTIL);
        return header != null
                ? OptionValues.parse(WaitUntil.class, header, "Header " + LambdaOpsConstants.WAIT_UNTIL)
                : getEndpoint().getConfiguration().getWaitUntil();
    }

    /**
     * Waits for the function the call named: the FunctionArn of its response (a published version's is qualified),
     * else the FunctionName and Qualifier of its request. Completes with the call's result.
     */
    private static CompletableFuture<Object> awaitFunction(LambdaCaller caller, WaitUntil waiter, LambdaRequest request,
                                                           Object result) {
        Optional<String> arn = result instanceof LambdaResponse
                ? ((LambdaResponse) result).getValueForField("FunctionArn", String.class) : Optional.empty();
        String function = arn.orElseGet(() -> request.getValueForField("FunctionName", String.class).orElseThrow());
        String qualifier = arn.isPresent() ? null : request.getValueForField("Qualifier", String.class).orElse(null);
        return caller.waitUntil(waiter.name(), function, qualifier).thenApply(done -> result);
    }

    /** Sets the call's outcome on the exchange; returns the function's error type, if the function failed. */
    private String complete(Exchange exchange, LambdaRequest request, CompletableFuture<?> response) {
        Object result;
        try {
            result = response.get();
        } catch (ExecutionException | CompletionException e) {
            exchange.setException(e.getCause() != null ? e.getCause() : e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            return null;
        }
        Message message = exchange.getMessage();
        boolean errorAsException = getEndpoint().getConfiguration().isFunctionErrorAsException();
        if (result instanceof StreamedInvocation) {
            StreamedInvocation streamed = (StreamedInvocation) result;
            message.setBody(streamed.payload());
            streamed.setHeaders(message);
            if (errorAsException) {
                exchange.setException(streamed.failure(((InvokeWithResponseStreamRequest) request).functionName()));
            }
            return streamed.functionError();
        }
        message.setBody(result);
        if (!(result instanceof InvokeResponse)) {
            return null;
        }
        InvokeResponse invoke = (InvokeResponse) result;
        InvokeResults.setHeaders(invoke, message);
        if (errorAsException && invoke.functionError() != null) {
            exchange.setException(InvokeResults.failure((InvokeRequest) request, invoke));
        }
        return invoke.functionError();
    }
}
