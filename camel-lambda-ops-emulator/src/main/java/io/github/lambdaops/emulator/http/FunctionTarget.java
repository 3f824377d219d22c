package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionStore;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.LambdaFunction;

/** The function (and qualifier) a request's {@code {FunctionName}} and {@code Qualifier} point at. */
record FunctionTarget(LambdaFunction function, String qualifier) {

    static FunctionTarget of(ApiRequest request, FunctionStore store) {
        Arns.FunctionRef reference = Arns.resolveFunction(request.pathParameter("FunctionName"), "functionName",
                request.region(), store.accountId());
        String qualifier = reference.qualifierWith(request.query("Qualifier"));
        return new FunctionTarget(store.get(reference.region(), reference.name()), qualifier);
    }

    /**
     * The version an invocation runs: the one named or, for an alias, one of its versions picked at random by its
     * routing weights. A ResourceNotFoundException when there is none, a ResourceConflictException while it is
     * Pending.
     */
    FunctionVersion version() {
        return function.versionToInvoke(qualifier);
    }

    /** The version named (for an alias, the one it points at), or a ResourceNotFoundException. */
    FunctionVersion resolved() {
        return function.version(qualifier);
    }

    /** The ARN the caller used: qualified when it named a qualifier. */
    String arn() {
        return qualifier == null ? function.arn() : function.arn() + ":" + qualifier;
    }

    boolean isLatest() {
        return qualifier == null || Arns.LATEST.equals(qualifier);
    }
}
