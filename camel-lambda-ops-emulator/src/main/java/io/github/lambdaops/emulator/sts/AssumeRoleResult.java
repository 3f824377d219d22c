package io.github.lambdaops.emulator.sts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static io.github.lambdaops.emulator.sts.StsXml.element;

/** AssumeRole's answer. */
record AssumeRoleResult(Credentials credentials, AssumedRoleUser assumedRoleUser) implements StsXml.Elements {

    static AssumeRoleResult of(IssuedCredentials.Issued issued) {
        return new AssumeRoleResult(Credentials.of(issued), AssumedRoleUser.of(issued));
    }

    @Override
    public void writeTo(XMLStreamWriter xml) throws XMLStreamException {
        element(xml, "Credentials", credentials);
        element(xml, "AssumedRoleUser", assumedRoleUser);
    }
}
