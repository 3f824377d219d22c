package io.github.lambdaops.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.github.lambdaops.camel.binding.LambdaOpsParameterException;
import io.github.lambdaops.camel.invoke.InvokeResults;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaRequest;
import software.amazon.awssdk.services.lambda.model.LambdaResponse;

/**
 * Sends one Lambda API request per exchange without blocking the route's thread: the request is bound from the
 * message, sent with the endpoint's client, and the SDK response becomes the body.
 */
public class LambdaOpsProducer extends DefaultAsyncProducer {

    public LambdaOpsProducer(LambdaOpsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public LambdaOpsEndpoint getEndpoint() {
        return (LambdaOpsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        LambdaOpsOperations operation;
        LambdaRequest request;
        CompletableFuture<? extends LambdaResponse> response;
        try {
            operation = operation(exchange.getIn());
            request = request(operation, exchange.getIn());
            response = getEndpoint().caller().call(operation, request);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (response.isDone()) {
            complete(exchange, request, response);
            callback.done(true);
            return true;
        }
        response.whenComplete((result, error) -> {
            complete(exchange, request, response);
            callback.done(false);
        });
        return false;
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

    private void complete(Exchange exchange, LambdaRequest request,
                          CompletableFuture<? extends LambdaResponse> response) {
        LambdaResponse result;
        try {
            result = response.get();
        } catch (ExecutionException | CompletionException e) {
            exchange.setException(e.getCause() != null ? e.getCause() : e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            return;
        }
        Message message = exchange.getMessage();
        message.setBody(result);
        if (result instanceof InvokeResponse) {
            InvokeResponse invoke = (InvokeResponse) result;
            InvokeResults.setHeaders(invoke, message);
            if (getEndpoint().getConfiguration().isFunctionErrorAsException()) {
                exchange.setException(InvokeResults.failure((InvokeRequest) request, invoke));
            }
        }
    }
}
