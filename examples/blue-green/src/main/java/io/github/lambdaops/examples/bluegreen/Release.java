package io.github.lambdaops.examples.bluegreen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.github.lambdaops.examples.bluegreen.function.ColorHandler;

/**
 * Builds a release of the function at start-up, as a build would package it: a .zip of {@link ColorHandler}'s
 * compiled class and the {@code color.txt} beside it.
 */
public final class Release {

    /** The Handler setting of both releases: the code stays the same, only its package changes. */
    public static final String HANDLER = ColorHandler.class.getName() + "::handleRequest";

    private Release() {
    }

    public static byte[] zip(String color) throws IOException {
        String classEntry = ColorHandler.class.getName().replace('.', '/') + ".class";
        String packagePath = classEntry.substring(0, classEntry.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             InputStream handler = ColorHandler.class.getClassLoader().getResourceAsStream(classEntry)) {
            zip.putNextEntry(new ZipEntry(classEntry));
            handler.transferTo(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(packagePath + ColorHandler.COLOR_RESOURCE));
            zip.write(color.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
