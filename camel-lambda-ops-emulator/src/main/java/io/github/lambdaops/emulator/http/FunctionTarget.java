package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.Function;
import io.github.lambdaops.emulator.domain.FunctionVersion;
import io.github.lambdaops.emulator.domain.LambdaStore;
import io.github.lambdaops.emulator.domain.Stores;

/** The function (and qualifier) a request's {@code {FunctionName}} and {@code Qualifier} point at, and its store. */
record FunctionTarget(LambdaStore store, Function function, String qualifier) {

    /** How an action answers for a function that does not exist, given its unqualified ARN and the qualifier named. */
    @FunctionalInterface
    interface Missing {
        /** Function not found, naming the qualifier given (GetFunction, most actions). */
        Missing AS_NAMED = (arn, qualifier) -> ApiException.functionNotFound(
                qualifier == null ? arn : Arns.qualify(arn, qualifier));
        /** Function not found, naming $LATEST for an unqualified name (Invoke, PutFunctionConcurrency). */
        Missing AS_LATEST = (arn, qualifier) -> ApiException.functionNotFound(
                Arns.qualify(arn, qualifier == null ? Arns.LATEST : qualifier));

        ApiException answer(String functionArn, String qualifier);
    }

    static FunctionTarget of(ApiRequest request, Stores stores) {
        return of(request, stores, Missing.AS_NAMED);
    }

    static FunctionTarget of(ApiRequest request, Stores stores, Missing missing) {
        Arns.FunctionRef reference = Arns.resolveFunction(request.pathParameter("FunctionName"), "functionName",
                request.region(), stores.accountId());
        String qualifier = reference.qualifierWith(request.query("Qualifier"));
        LambdaStore store = stores.of(reference);
        Function function = store.find(reference.name()).orElseThrow(() -> missing.answer(
                Arns.function(store.region(), store.accountId(), reference.name()), qualifier));
        return new FunctionTarget(store, function, qualifier);
    }

    /** A target that names no qualifier, for actions on the function itself. */
    static FunctionTarget unqualified(ApiRequest request, Stores stores) {
        return unqualified(request, stores, Missing.AS_NAMED);
    }

    static FunctionTarget unqualified(ApiRequest request, Stores stores, Missing missing) {
        FunctionTarget target = of(request, stores, missing);
        if (target.qualifier() != null) {
            throw ApiException.invalidParameter("This operation is permitted on Lambda functions only. Aliases and"
                    + " versions do not support this operation. Please specify either a function name or an"
                    + " unqualified function ARN.");
        }
        return target;
    }

    /** A target whose qualifier (if any) exists. */
    static FunctionTarget existing(ApiRequest request, Stores stores) {
        FunctionTarget target = of(request, stores);
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

    /** The version named, as AWS answers it: under the ARN the caller used (an alias's, or {@code :$LATEST}). */
    FunctionVersion answered() {
        return resolved().answeredAs(arn());
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
