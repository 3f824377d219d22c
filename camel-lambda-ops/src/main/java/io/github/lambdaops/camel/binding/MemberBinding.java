package io.github.lambdaops.camel.binding;

import software.amazon.awssdk.core.SdkField;

/**
 * One header of one request: the top-level member it fills and, for a flattened header, the member inside it; with
 * the names of where a value came from, for error messages, made once rather than per call.
 */
record MemberBinding(String header, SdkField<?> member, SdkField<?> nested, MemberConverter converter,
                     String headerSource, String optionSource) {

    static MemberBinding of(String header, SdkField<?> member, SdkField<?> nested, MemberConverter converter) {
        return new MemberBinding(header, member, nested, converter, "Header " + header,
                optionName(member.memberName()));
    }

    boolean isNested() {
        return nested != null;
    }

    /** Where a value of this member came from: its header, else the endpoint's path or URI option. */
    String source(boolean fromHeader) {
        return fromHeader ? headerSource : optionSource;
    }

    private static String optionName(String member) {
        return "FunctionName".equals(member) ? "Endpoint path functionName"
                : "URI option " + HeaderNames.lowerCamel(member);
    }
}
