package io.github.lambdaops.camel.binding;

import java.util.Set;

/** What the binder needs to know of an operation. */
public interface RequestSpec {

    String name();

    Class<?> requestType();

    BodyRole bodyRole();

    /** Members the API requires in the request body (path members are always required and need no listing). */
    Set<String> requiredBodyMembers();
}
