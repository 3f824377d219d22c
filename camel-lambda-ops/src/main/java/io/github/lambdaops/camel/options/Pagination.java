package io.github.lambdaops.camel.options;

/** How an operation the SDK paginates answers: one page per call, or the items of every page. */
public enum Pagination {
    page,
    all
}
