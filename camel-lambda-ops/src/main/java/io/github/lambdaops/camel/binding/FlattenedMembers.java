package io.github.lambdaops.camel.binding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Headers that reach into a nested request object, from the seed connector's flat property names: {@code s3Bucket}
 * is {@code Code.S3Bucket}, {@code environmentVariables} is {@code Environment.Variables}, ... Each applies to every
 * request that has the path; a request with a top-level member of the same name (UpdateFunctionCode's
 * {@code S3Bucket}) binds that member instead.
 */
final class FlattenedMembers {

    /** Header property -> the nested paths ({@code Container.Member}) it may fill. */
    static final Map<String, List<String>> PATHS = Map.ofEntries(
            Map.entry("ZipFile", List.of("Code.ZipFile", "Content.ZipFile")),
            Map.entry("S3Bucket", List.of("Code.S3Bucket", "Content.S3Bucket")),
            Map.entry("S3Key", List.of("Code.S3Key", "Content.S3Key")),
            Map.entry("S3ObjectVersion", List.of("Code.S3ObjectVersion", "Content.S3ObjectVersion")),
            Map.entry("ImageUri", List.of("Code.ImageUri")),
            Map.entry("TargetArn", List.of("DeadLetterConfig.TargetArn")),
            Map.entry("EnvironmentVariables", List.of("Environment.Variables")),
            Map.entry("Mode", List.of("TracingConfig.Mode")),
            Map.entry("SecurityGroupIds", List.of("VpcConfig.SecurityGroupIds")),
            Map.entry("SubnetIds", List.of("VpcConfig.SubnetIds")),
            Map.entry("AdditionalVersionWeights", List.of("RoutingConfig.AdditionalVersionWeights")));

    /** The members that locate a deployment package; the body is the package only when none of them is given. */
    static final Set<String> CODE_LOCATORS = Set.of("ZipFile", "S3Bucket", "S3Key", "S3ObjectVersion", "ImageUri");

    private FlattenedMembers() {
    }
}
