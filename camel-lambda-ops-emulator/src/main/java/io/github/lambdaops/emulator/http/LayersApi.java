package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.runtime.Runtimes;
import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionCode;
import io.github.lambdaops.emulator.domain.LayerStore;
import io.github.lambdaops.emulator.domain.LayerVersion;
import io.github.lambdaops.emulator.domain.PolicyStatement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.lambdaops.emulator.http.Validation.document;

/** Layers: their versions (with the zip kept, see {@link LayerStore#content}) and each version's policy. */
final class LayersApi {
    private static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

    private final LayerStore layers;

    LayersApi(LayerStore layers) {
        this.layers = layers;
    }

    ApiResponse publishLayerVersion(ApiRequest request) {
        String layerArn = layerArnOf(request);
        Body body = Body.of(request);
        body.pattern("Description", "(?s).*", 256);
        body.pattern("LicenseInfo", "(?s).*", 512);
        List<String> runtimes = body.strings("CompatibleRuntimes");
        if (runtimes != null) {
            if (runtimes.size() > 15) {
                throw ApiException.constraintViolation(runtimes, "compatibleRuntimes",
                        "Member must have length less than or equal to 15");
            }
            runtimes.stream().filter(runtime -> !Runtimes.isSupported(runtime) && !Runtimes.isDeprecated(runtime))
                    .findFirst().ifPresent(runtime -> {
                        throw ApiException.constraintViolation(runtimes, "compatibleRuntimes",
                                "Member must satisfy enum value set: " + Runtimes.known());
                    });
        }
        List<String> architectures = body.strings("CompatibleArchitectures");
        if (architectures != null && (architectures.size() > 2 || !ARCHITECTURES.containsAll(architectures))) {
            throw ApiException.constraintViolation(architectures, "compatibleArchitectures",
                    "Member must have length less than or equal to 2, Member must satisfy enum value set: [x86_64, arm64]");
        }
        FunctionCode content = contentOf(body.object("Content"));
        String sha256 = FunctionFactory.codeSha256(content);
        LayerVersion published = layers.publish(layerArn, number -> new LayerVersion(layerArn, number, content, sha256,
                content.hasZip() ? content.zipFile().length : 0, body.string("Description") == null ? ""
                : body.string("Description"), Timestamps.now(), runtimes, architectures, body.string("LicenseInfo")));
        return ApiResponse.json(201, documentOf(published, request));
    }

    ApiResponse getLayerVersion(ApiRequest request) {
        return ApiResponse.json(200, documentOf(versionOf(request), request));
    }

    ApiResponse getLayerVersionByArn(ApiRequest request) {
        String arn = Validation.pattern(request.query("Arn"), "arn", Arns.LAYER_VERSION, 140);
        Arns.LambdaArn parsed = Arns.parse(arn).orElseThrow();
        LayerVersion version = layers.get(layers.layerArn(parsed.region(), parsed.name()),
                Validation.number(parsed.qualifier(), "arn"));
        return ApiResponse.json(200, documentOf(version, request));
    }

    ApiResponse deleteLayerVersion(ApiRequest request) {
        layers.delete(layerArnOf(request), versionNumberOf(request));
        return ApiResponse.empty(204);
    }

    ApiResponse listLayerVersions(ApiRequest request) {
        List<LayerVersion> versions = layers.versions(layerArnOf(request)).stream()
                .filter(version -> matches(version, request)).toList();
        Pages.Page<LayerVersion> page = Pages.of(versions, LayersApi::newestFirst, request);
        return ApiResponse.json(200, document("LayerVersions", page.items().stream().map(LayersApi::itemOf).toList(),
                "NextMarker", page.nextMarker()));
    }

    ApiResponse listLayers(ApiRequest request) {
        List<Map<String, Object>> matching = layers.layerArns(request.region()).stream()
                .flatMap(arn -> layers.versions(arn).stream().filter(version -> matches(version, request)).findFirst()
                        .stream())
                .map(latest -> document("LayerName", latest.layerName(), "LayerArn", latest.layerArn(),
                        "LatestMatchingVersion", itemOf(latest)))
                .toList();
        Pages.Page<Map<String, Object>> page = Pages.of(matching, layer -> (String) layer.get("LayerArn"), request);
        return ApiResponse.json(200, document("Layers", page.items(), "NextMarker", page.nextMarker()));
    }

    ApiResponse addLayerVersionPermission(ApiRequest request) {
        LayerVersion version = versionOf(request);
        Body body = Body.of(request);
        String sid = Validation.pattern(body.string("StatementId"), "statementId", "([a-zA-Z0-9-_]+)", 100);
        String action = Validation.pattern(body.string("Action"), "action", "lambda:GetLayerVersion", 22);
        String principal = Validation.pattern(body.string("Principal"), "principal",
                "\\d{12}|\\*|arn:(aws[a-zA-Z-]*):iam::\\d{12}:root", 256);
        String organization = body.pattern("OrganizationId", "o-[a-z0-9]{10,32}", 34);
        if (organization != null && !principal.equals("*")) {
            throw ApiException.invalidParameter("OrganizationId can only be given with the Principal *.");
        }
        Object principalOf = principal.equals("*") ? "*"
                : Map.of("AWS", principal.startsWith("arn:") ? principal : "arn:aws:iam::" + principal + ":root");
        PolicyStatement statement = new PolicyStatement(sid, "Allow", principalOf, action, version.layerVersionArn(),
                organization == null ? Map.of() : Map.of("StringEquals", Map.of("aws:PrincipalOrgID", organization)));
        String revision = layers.addPermission(version, statement, request.query("RevisionId"));
        return ApiResponse.json(201, document("Statement", Json.writeString(statement), "RevisionId", revision));
    }

    ApiResponse removeLayerVersionPermission(ApiRequest request) {
        layers.removePermission(versionOf(request), request.pathParameter("StatementId"), request.query("RevisionId"));
        return ApiResponse.empty(204);
    }

    ApiResponse getLayerVersionPolicy(ApiRequest request) {
        Map.Entry<?, String> policy = layers.policy(versionOf(request)).orElseThrow(() -> ApiException.notFound(
                "No policy is associated with the given resource."));
        return ApiResponse.json(200, document("Policy", Json.writeString(policy.getKey()), "RevisionId",
                policy.getValue()));
    }

    /** Not part of the Lambda API: serves a layer version's zip at the {@code Content.Location} it reports. */
    ApiResponse downloadContent(ApiRequest request) {
        String arn = request.pathParameter("LayerVersionArn");
        return ApiResponse.raw(200, "application/zip", layers.content(arn).orElseThrow(() -> ApiException.notFound(
                "The emulator holds no zip for " + arn)));
    }

    private static Map<String, Object> documentOf(LayerVersion version, ApiRequest request) {
        FunctionCode content = version.content();
        String host = Optional.ofNullable(request.header("Host")).orElse("127.0.0.1");
        String location = content.hasZip() ? "http://" + host + "/_lambda-ops/layers/"
                + URLEncoder.encode(version.layerVersionArn(), StandardCharsets.UTF_8) : null;
        return document("Content", document("Location", location, "CodeSha256", version.codeSha256(),
                        "CodeSize", version.codeSize()),
                "LayerArn", version.layerArn(), "LayerVersionArn", version.layerVersionArn(),
                "Description", version.description(), "CreatedDate", version.createdDate(),
                "Version", version.version(), "CompatibleRuntimes", version.compatibleRuntimes(),
                "LicenseInfo", version.licenseInfo(), "CompatibleArchitectures", version.compatibleArchitectures());
    }

    private static Map<String, Object> itemOf(LayerVersion version) {
        return document("LayerVersionArn", version.layerVersionArn(), "Version", version.version(),
                "Description", version.description(), "CreatedDate", version.createdDate(),
                "CompatibleRuntimes", version.compatibleRuntimes(), "LicenseInfo", version.licenseInfo(),
                "CompatibleArchitectures", version.compatibleArchitectures());
    }

    private static boolean matches(LayerVersion version, ApiRequest request) {
        String runtime = request.query("CompatibleRuntime");
        String architecture = request.query("CompatibleArchitecture");
        return (runtime == null || runtime.isEmpty()
                || (version.compatibleRuntimes() != null && version.compatibleRuntimes().contains(runtime)))
                && (architecture == null || architecture.isEmpty() || (version.compatibleArchitectures() != null
                && version.compatibleArchitectures().contains(architecture)));
    }

    /** A key that sorts newest versions first, as the versions are listed. */
    private static String newestFirst(LayerVersion version) {
        return String.format("%019d", Long.MAX_VALUE - version.version());
    }

    private static FunctionCode contentOf(Body content) {
        byte[] zip = content.bytes("ZipFile");
        if (zip != null) {
            CreateFunctionValidator.validateZip(zip);
            return new FunctionCode(zip, null, null, null, null);
        }
        if (content.string("S3Bucket") == null || content.string("S3Key") == null) {
            throw ApiException.invalidParameter("Please provide a source for the layer content: Content.ZipFile, or"
                    + " Content.S3Bucket and Content.S3Key.");
        }
        return new FunctionCode(null, content.string("S3Bucket"), content.string("S3Key"),
                content.string("S3ObjectVersion"), null);
    }

    private LayerVersion versionOf(ApiRequest request) {
        return layers.get(layerArnOf(request), versionNumberOf(request));
    }

    private String layerArnOf(ApiRequest request) {
        String name = Validation.pattern(request.pathParameter("LayerName"), "layerName", Arns.LAYER_NAME, 140);
        return Arns.parse(name).map(arn -> layers.layerArn(arn.region(), arn.name()))
                .orElseGet(() -> layers.layerArn(request.region(), name));
    }

    private static long versionNumberOf(ApiRequest request) {
        return Validation.number(request.pathParameter("VersionNumber"), "versionNumber");
    }
}
