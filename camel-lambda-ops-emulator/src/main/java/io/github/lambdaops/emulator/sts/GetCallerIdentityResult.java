package io.github.lambdaops.emulator.sts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static io.github.lambdaops.emulator.sts.StsXml.element;

/** GetCallerIdentity's answer: who signed the request. */
record GetCallerIdentityResult(String userId, String account, String arn) implements StsXml.Elements {

    @Override
    public void writeTo(XMLStreamWriter xml) throws XMLStreamException {
        element(xml, "UserId", userId);
        element(xml, "Account", account);
        element(xml, "Arn", arn);
    }
}
