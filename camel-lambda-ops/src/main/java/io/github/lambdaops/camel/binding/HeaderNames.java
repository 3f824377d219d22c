package io.github.lambdaops.camel.binding;

/**
 * The naming rule of the contract: every request property is a header named {@code CamelLambdaOps} + the property in
 * UpperCamelCase, acronyms written as words ({@code KMSKeyArn} -> {@code CamelLambdaOpsKmsKeyArn},
 * {@code PrincipalOrgID} -> {@code CamelLambdaOpsPrincipalOrgId}). Camel's headers are case-insensitive, so the SDK's
 * own spelling works as well.
 */
public final class HeaderNames {

    public static final String PREFIX = "CamelLambdaOps";

    private HeaderNames() {
    }

    public static String header(String memberName) {
        return PREFIX + property(memberName);
    }

    /** The member name with runs of capitals folded to words: {@code KMSKeyArn} -> {@code KmsKeyArn}. */
    public static String property(String memberName) {
        StringBuilder out = new StringBuilder(memberName.length());
        int length = memberName.length();
        for (int i = 0; i < length; i++) {
            char c = memberName.charAt(i);
            boolean previousUpper = i > 0 && Character.isUpperCase(memberName.charAt(i - 1));
            boolean nextLower = i + 1 < length && Character.isLowerCase(memberName.charAt(i + 1));
            if (Character.isUpperCase(c) && previousUpper && !nextLower) {
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lowerCamelCase form used for URI options and documentation: {@code KMSKeyArn} -> {@code kmsKeyArn}. */
    public static String lowerCamel(String memberName) {
        String property = property(memberName);
        return Character.toLowerCase(property.charAt(0)) + property.substring(1);
    }
}
