package io.github.lambdaops.emulator.http;

import io.github.lambdaops.emulator.domain.ApiException;
import io.github.lambdaops.emulator.domain.Arns;
import io.github.lambdaops.emulator.domain.FunctionCode;
import io.github.lambdaops.emulator.domain.LayerStore;
import io.github.lambdaops.emulator.domain.LayerVersion;
import io.github.lambdaops.emulator.domain.PolicyStatement;
import io.github.lambdaops.emulator.domain.ResourcePolicy;
import io.github.lambdaops.emulator.domain.Stores;
import io.github.lambdaops.emulator.http.model.GetPolicyResponse;
import io.github.lambdaops.emulator.http.model.LayerMessages.AddLayerVersionPermissionRequest;
import io.github.lambdaops.emulator.http.model.LayerMessages.AddLayerVersionPermissionResponse;
import io.github.lambdaops.emulator.http.model.LayerMessages.LayerContentInput;
import io.github.lambdaops.emulator.http.model.LayerMessages.LayerVersionResponse;
import io.github.lambdaops.emulator.http.model.LayerMessages.LayerVersionsListItem;
import io.github.lambdaops.emulator.http.model.LayerMessages.LayersListItem;
import io.github.lambdaops.emulator.http.model.LayerMessages.ListLayerVersionsResponse;
import io.github.lambdaops.emulator.http.model.LayerMessages.ListLayersResponse;
import io.github.lambdaops.emulator.http.model.LayerMessages.PublishLayerVersionRequest;
import io.github.lambdaops.emulator.runtime.Runtimes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Layers: their versions (with the zip kept, see {@link Stores#layerContent}) and each version's policy. */
final class LayersApi {
    /** A layer a request names: the store of its region and its name there. */
    private record LayerRef(LayerStore layers, String name) {
        String arn() {
            return layers.layerArn(name);
        }
    }

    private final Stores stores;

    LayersApi(Stores stores) {
        this.stores = stores;
    }

    ApiResponse publishLayerVersion(ApiRequest request) {
        LayerRef layer = layerOf(request);
        PublishLayerVersionRequest body = request.bodyAs(PublishLayerVersionRequest.class);
        List<String> runtimes = body.compatibleRuntimes();
        List<String> architectures = body.compatibleArchitectures();
        Validation.all(
                () -> Validation.maxLength(body.description(), "description", 256),
                () -> Validation.maxLength(body.licenseInfo(), "licenseInfo", 512),
                () -> compatibleRuntimes(runtimes),
                () -> {
                    Validation.size(architectures, "compatibleArchitectures", 0, 2);
                    Validation.elements(architectures, "compatibleArchitectures",
                            CreateFunctionValidator.ARCHITECTURES::contains,
                            Validation.enumConstraint(CreateFunctionValidator.ARCHITECTURES));
                });
        FunctionCode content = contentOf(body.content());
        String sha256 = FunctionFactory.codeSha256(content);
        String layerArn = layer.arn();
        LayerVersion published = layer.layers().publish(layerArn, number -> new LayerVersion(layerArn, number, content,
                sha256, content.hasZip() ? content.zipFile().length : 0,
                body.description() == null ? "" : body.description(), Timestamps.now(),
                runtimes == null ? List.of() : runtimes, architectures == null ? List.of() : architectures,
                body.licenseInfo()));
        return ApiResponse.json(201, responseOf(published, request));
    }

    /** AWS quotes the whole Runtime enum for a list with a runtime it does not know. */
    private static void compatibleRuntimes(List<String> runtimes) {
        Validation.size(runtimes, "compatibleRuntimes", 0, 15);
        if (runtimes != null && runtimes.stream().anyMatch(
                runtime -> !Runtimes.isSupported(runtime) && !Runtimes.isDeprecated(runtime))) {
            throw ApiException.constraintViolation(runtimes, "compatibleRuntimes",
                    Validation.enumConstraint(Runtimes.apiEnum()));
        }
    }

    ApiResponse getLayerVersion(ApiRequest request) {
        return ApiResponse.json(200, responseOf(versionOf(request), request));
    }

    ApiResponse getLayerVersionByArn(ApiRequest request) {
        String arn = Validation.requiredPattern(request.query("Arn"), "arn", Arns.LAYER_VERSION, 140);
        Arns.LambdaArn parsed = Arns.parse(arn).orElseThrow();
        LayerStore layers = stores.of(parsed.account(), parsed.region()).layers();
        return ApiResponse.json(200, responseOf(layers.get(layers.layerArn(parsed.name()),
                Validation.number(parsed.qualifier(), "arn")), request));
    }

    ApiResponse deleteLayerVersion(ApiRequest request) {
        LayerRef layer = layerOf(request);
        long version = versionNumberOf(request);
        if (version < 1) {
            throw ApiException.invalidParameter("Layer Version Cannot be less than 1");
        }
        layer.layers().delete(layer.arn(), version);
        return ApiResponse.empty(204);
    }

    ApiResponse listLayerVersions(ApiRequest request) {
        LayerRef layer = layerOf(request);
        Compatibility wanted = Compatibility.of(request);
        List<LayerVersion> versions = layer.layers().versions(layer.arn()).stream()
                .filter(wanted::matches).toList();
        Pages.Page<LayerVersion> page = Pages.of(versions, LayersApi::newestFirst, request);
        return ApiResponse.json(200, new ListLayerVersionsResponse(
                page.items().stream().map(LayerVersionsListItem::of).toList(), page.nextMarker()));
    }

    ApiResponse listLayers(ApiRequest request) {
        Compatibility wanted = Compatibility.of(request);
        LayerStore layers = stores.of(request.region()).layers();
        List<LayersListItem> matching = layers.layerArns().stream()
                .flatMap(arn -> layers.versions(arn).stream().filter(wanted::matches).findFirst()
                        .stream())
                .map(latest -> new LayersListItem(latest.layerName(), latest.layerArn(), LayerVersionsListItem.of(latest)))
                .toList();
        Pages.Page<LayersListItem> page = Pages.of(matching, LayersListItem::layerArn, request);
        return ApiResponse.json(200, new ListLayersResponse(page.items(), page.nextMarker()));
    }

    ApiResponse addLayerVersionPermission(ApiRequest request) {
        LayerRef layer = layerOf(request);
        LayerVersion version = layer.layers().withPolicy(layer.arn(), versionNumberOf(request));
        AddLayerVersionPermissionRequest body = request.bodyAs(AddLayerVersionPermissionRequest.class);
        String sid = Validation.requiredPattern(body.statementId(), "statementId", "([a-zA-Z0-9-_]+)", 100);
        String action = Validation.requiredPattern(body.action(), "action", "lambda:GetLayerVersion", 22);
        String principal = Validation.requiredPattern(body.principal(), "principal",
                Arns.LAYER_PRINCIPAL, 256);
        String organization = Validation.pattern(body.organizationId(), "organizationId", "o-[a-z0-9]{10,32}", 34);
        if (organization != null && !principal.equals("*")) {
            throw ApiException.invalidParameter("OrganizationId can only be given with the Principal *.");
        }
        Object principalOf = principal.equals("*") ? "*"
                : Map.of("AWS", principal.startsWith("arn:") ? principal : Arns.accountRoot(principal));
        PolicyStatement statement = new PolicyStatement(sid, "Allow", principalOf, action, version.layerVersionArn(),
                organization == null ? Map.of() : Map.of("StringEquals", Map.of("aws:PrincipalOrgID", organization)));
        String revision = layer.layers().addPermission(version, statement, request.query("RevisionId"));
        return ApiResponse.json(201, new AddLayerVersionPermissionResponse(Json.writeString(statement), revision));
    }

    ApiResponse removeLayerVersionPermission(ApiRequest request) {
        LayerRef layer = layerOf(request);
        layer.layers().removePermission(layer.layers().withPolicy(layer.arn(), versionNumberOf(request)),
                request.pathParameter("StatementId"), request.query("RevisionId"));
        return ApiResponse.empty(204);
    }

    ApiResponse getLayerVersionPolicy(ApiRequest request) {
        LayerRef layer = layerOf(request);
        LayerVersion version = layer.layers().withPolicy(layer.arn(), versionNumberOf(request));
        ResourcePolicy.Revised policy = layer.layers().policy(version).orElseThrow(ApiException::noPolicy);
        return ApiResponse.json(200, new GetPolicyResponse(Json.writeString(policy.policy()), policy.revisionId()));
    }

    /** Not part of the Lambda API: serves a layer version's zip at the {@code Content.Location} it reports. */
    ApiResponse downloadContent(ApiRequest request) {
        String arn = request.pathParameter("LayerVersionArn");
        return ApiResponse.raw(200, "application/zip", stores.layerContent(arn).orElseThrow(() -> ApiException.notFound(
                "The emulator holds no zip for " + arn)));
    }

    private static LayerVersionResponse responseOf(LayerVersion version, ApiRequest request) {
        String host = Optional.ofNullable(request.header("Host")).orElse("127.0.0.1");
        String location = version.content().hasZip() ? "http://" + host + "/_lambda-ops/layers/"
                + URLEncoder.encode(version.layerVersionArn(), StandardCharsets.UTF_8) : null;
        return LayerVersionResponse.of(version, location);
    }

    /** The runtime and architecture a listing asks versions to be compatible with (null for any). */
    private record Compatibility(String runtime, String architecture) {
        static Compatibility of(ApiRequest request) {
            String runtime = emptyToNull(request.query("CompatibleRuntime"));
            String architecture = emptyToNull(request.query("CompatibleArchitecture"));
            Validation.oneOf(runtime, "compatibleRuntime", Runtimes.apiEnum().toArray(String[]::new));
            Validation.oneOf(architecture, "compatibleArchitecture",
                    CreateFunctionValidator.ARCHITECTURES.toArray(String[]::new));
            return new Compatibility(runtime, architecture);
        }

        boolean matches(LayerVersion version) {
            return (runtime == null || version.compatibleRuntimes() != null
                    && version.compatibleRuntimes().contains(runtime))
                    && (architecture == null || version.compatibleArchitectures() != null
                    && version.compatibleArchitectures().contains(architecture));
        }

        private static String emptyToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** A key that sorts newest versions first, as the versions are listed. */
    private static String newestFirst(LayerVersion version) {
        return String.format("%019d", Long.MAX_VALUE - version.version());
    }

    private static FunctionCode contentOf(LayerContentInput content) {
        if (content != null && content.zipFile() != null) {
            CreateFunctionValidator.validateZip(content.zipFile());
            return new FunctionCode(content.zipFile(), null, null, null, null);
        }
        if (content == null || content.s3Bucket() == null || content.s3Key() == null) {
            throw ApiException.invalidParameter("Please provide a source for the layer content: Content.ZipFile, or"
                    + " Content.S3Bucket and Content.S3Key.");
        }
        return new FunctionCode(null, content.s3Bucket(), content.s3Key(), content.s3ObjectVersion(), null);
    }

    private LayerVersion versionOf(ApiRequest request) {
        LayerRef layer = layerOf(request);
        return layer.layers().get(layer.arn(), versionNumberOf(request));
    }

    /** The layer named by {@code {LayerName}}: a name in the request's region, or a layer ARN. */
    private LayerRef layerOf(ApiRequest request) {
        String name = Validation.requiredPattern(request.pathParameter("LayerName"), "layerName", Arns.LAYER_NAME, 140);
        return Arns.parse(name)
                .map(arn -> new LayerRef(stores.of(arn.account(), arn.region()).layers(), arn.name()))
                .orElseGet(() -> new LayerRef(stores.of(request.region()).layers(), name));
    }

    private static long versionNumberOf(ApiRequest request) {
        long version = Validation.number(request.pathParameter("VersionNumber"), "versionNumber");
        if (version < 1) {
            throw ApiException.invalidParameter("Layer Version Cannot be less than 1");
        }
        return version;
    }
}
