package io.github.lambdaops.examples.javadsl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the function's .zip at start-up from the handler's compiled class, as a build would package it. */
public final class DeploymentPackage {

    private DeploymentPackage() {
    }

    public static byte[] zipOf(Class<?> handler) throws IOException {
        String entry = handler.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             InputStream in = handler.getClassLoader().getResourceAsStream(entry)) {
            zip.putNextEntry(new ZipEntry(entry));
            in.transferTo(zip);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
