package io.github.lambdaops.camel.binding;

import software.amazon.awssdk.core.SdkField;

/**
 * One header of one request: the top-level member it fills and, for a flattened header, the member inside it.
 */
record MemberBinding(String header, SdkField<?> member, SdkField<?> nested, MemberConverter converter) {

    boolean isNested() {
        return nested != null;
    }
}
