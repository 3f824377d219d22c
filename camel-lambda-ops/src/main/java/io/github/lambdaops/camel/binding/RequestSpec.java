package io.github.lambdaops.camel.binding;

import java.util.Set;

/** What the binder needs to know of an operation. */
public interface RequestSpec {

    String name();

    Class<?> requestType();

    BodyRole bodyRole();

    /** Members the API requires besides those bound into the request path (which are always required and derived). */
    Set<String> requiredMembers();
}
