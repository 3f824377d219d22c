package io.github.lambdaops.emulator.sts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static io.github.lambdaops.emulator.sts.StsXml.element;

/** The session a role was assumed as: its id ({@code AROA...:session}) and its assumed-role ARN. */
record AssumedRoleUser(String assumedRoleId, String arn) implements StsXml.Elements {

    static AssumedRoleUser of(IssuedCredentials.Issued issued) {
        return new AssumedRoleUser(issued.assumedRoleId(), issued.assumedRoleArn());
    }

    @Override
    public void writeTo(XMLStreamWriter xml) throws XMLStreamException {
        element(xml, "AssumedRoleId", assumedRoleId);
        element(xml, "Arn", arn);
    }
}
