package io.github.lambdaops.camel.invoke;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.apache.camel.Converter;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Reads the payload of an {@link InvokeResponse} as text (always UTF-8), bytes or a stream. */
@Converter(generateLoader = true)
public final class InvokeResponseConverters {

    private InvokeResponseConverters() {
    }

    @Converter
    public static String toString(InvokeResponse response) {
        SdkBytes payload = response.payload();
        return payload == null ? "" : payload.asUtf8String();
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
