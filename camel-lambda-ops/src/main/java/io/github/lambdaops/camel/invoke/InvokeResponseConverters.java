package io.github.lambdaops.camel.invoke;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Converter;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Reads the payload of an {@link InvokeResponse} as text (always UTF-8), bytes or a stream. */
@Converter(generateLoader = true)
public final class InvokeResponseConverters {

    private InvokeResponseConverters() {
    }

    /** Malformed UTF-8 becomes U+FFFD, as in Camel's own byte[] to String conversion. */
    @Converter
    public static String toString(InvokeResponse response) {
        SdkBytes payload = response.payload();
        // the SDK's asUtf8String decodes through a CharsetDecoder and a CharBuffer: several copies per call
        return payload == null ? "" : new String(payload.asByteArrayUnsafe(), StandardCharsets.UTF_8);
    }

    @Converter
    public static byte[] toByteArray(InvokeResponse response) {
        SdkBytes payload = response.payload();
        return payload == null ? new byte[0] : payload.asByteArray();
    }

    @Converter
    public static InputStream toInputStream(InvokeResponse response) {
        SdkBytes payload = response.payload();
        return payload == null ? new ByteArrayInputStream(new byte[0]) : payload.asInputStream();
    }
}
