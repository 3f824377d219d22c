package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;

/** The function (and qualifier) a request's {@code {FunctionName}} and {@code Qualifier} point at, and its store. */
record FunctionTarget(LambdaStore store, Function function, String qualifier) {

    static FunctionTarget of(ApiRequest request, Stores stores) {
        Arns.FunctionRef reference = Arns.resolveFunction(request.pathParameter("FunctionName"), "functionName",
                request.region(), stores.accountId());
        String qualifier = reference.qualifierWith(request.query("Qualifier"));
        LambdaStore store = stores.of(reference);
        return new FunctionTarget(store, store.get(reference.name()), qualifier);
    }

    /** A target that names no qualifier, for actions on the function itself. */
    static FunctionTarget unqualified(ApiRequest request, Stores stores) {
        FunctionTarget target = of(request, stores);
        if (target.qualifier() != null) {
            throw ApiException.invalidParameter("This operation does not take a qualifier: " + target.qualifier());
        }
        return target;
    }

    /** A target whose qualifier (if any) exists. */
    static FunctionTarget existing(ApiRequest request, Stores stores) {
        FunctionTarget target = of(request, stores);
        target.resolved();
        return target;
    }

    /** A target that names an existing qualifier. */
    static FunctionTarget qualified(ApiRequest request, Stores stores) {
        FunctionTarget target = of(request, stores);
        Validation.required(target.qualifier(), "qualifier");
        target.resolved();
        return target;
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
        return function.arn(qualifier);
    }

    /** The key of the target's settings: its qualifier, or {@link Function#UNQUALIFIED}. */
    String settingKey() {
        return qualifier == null ? Function.UNQUALIFIED : qualifier;
    }

    /** The qualifier of settings where an unqualified name stands for $LATEST. */
    String qualifierOrLatest() {
        return qualifier == null ? Arns.LATEST : qualifier;
    }

    boolean isLatest() {
        return qualifier == null || Arns.LATEST.equals(qualifier);
    }
}
