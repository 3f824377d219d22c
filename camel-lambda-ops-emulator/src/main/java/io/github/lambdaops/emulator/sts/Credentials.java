package io.github.lambdaops.emulator.sts;

import java.time.Instant;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static io.github.lambdaops.emulator.sts.StsXml.element;

/** Temporary credentials as STS answers them: the key pair, its session token and when they expire. */
record Credentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration)
        implements StsXml.Elements {

    static Credentials of(IssuedCredentials.Issued issued) {
        return new Credentials(issued.accessKeyId(), issued.key().secretAccessKey(), issued.key().sessionToken(),
                issued.expiration());
    }

    @Override
    public void writeTo(XMLStreamWriter xml) throws XMLStreamException {
        element(xml, "AccessKeyId", accessKeyId);
        element(xml, "SecretAccessKey", secretAccessKey);
        element(xml, "SessionToken", sessionToken);
        element(xml, "Expiration", expiration.toString());
    }
}
