package io.github.lambdaops.emulator.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code conformance/known-differences.yaml}: the cases where the emulator is known to answer otherwise than AWS,
 * each {@code family/case-id: reason}. Such a case passes while it differs and fails once it agrees, so the list
 * can only shrink as fixes land.
 */
final class KnownDifferences {
    private final Map<String, String> reasons;

    private KnownDifferences(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static KnownDifferences load() {
        try {
            Map<String, String> reasons = CaseFiles.YAML.readValue(
                    CaseFiles.resource("known-differences.yaml").toFile(),
                    new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, String>>() {
                    });
            return new KnownDifferences(reasons == null ? Map.of() : reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String caseId) {
        return reasons.containsKey(caseId);
    }

    String reason(String caseId) {
        return reasons.get(caseId);
    }

    Map<String, String> all() {
        return reasons;
    }
}
