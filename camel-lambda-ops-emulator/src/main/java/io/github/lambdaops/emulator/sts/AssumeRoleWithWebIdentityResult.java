package io.github.lambdaops.emulator.sts;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import static io.github.lambdaops.emulator.sts.StsXml.element;

/**
 * AssumeRoleWithWebIdentity's answer: AssumeRole's, and what the token's claims said ({@code sub}, {@code aud},
 * {@code iss}), each null when the token did not say it.
 */
record AssumeRoleWithWebIdentityResult(Credentials credentials, AssumedRoleUser assumedRoleUser,
        String subjectFromWebIdentityToken, String audience, String provider) implements StsXml.Elements {

    static AssumeRoleWithWebIdentityResult of(IssuedCredentials.Issued issued, WebIdentityClaims claims) {
        return new AssumeRoleWithWebIdentityResult(Credentials.of(issued), AssumedRoleUser.of(issued),
                claims.subject(), claims.audience(), claims.issuer());
    }

    @Override
    public void writeTo(XMLStreamWriter xml) throws XMLStreamException {
        element(xml, "Credentials", credentials);
        element(xml, "AssumedRoleUser", assumedRoleUser);
        element(xml, "SubjectFromWebIdentityToken", subjectFromWebIdentityToken);
        element(xml, "Audience", audience);
        element(xml, "Provider", provider);
    }
}
