package io.github.lambdaops.emulator.sts;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.lambdaops.emulator.http.ApiResponse;

/**
 * STS's answers in its Query protocol's XML: {@code <ActionResponse><ActionResult>...</ActionResult>
 * <ResponseMetadata><RequestId/></ResponseMetadata></ActionResponse>}, and {@code <ErrorResponse>} for errors, written
 * with the JDK's XML writer; each result writes its own elements, in STS's order.
 */
final class StsXml {

    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final Map<String, String> CONTENT_TYPE = Map.of("Content-Type", "text/xml");

    /** What writes its child elements: a result, or a structure within one. */
    interface Elements {
        void writeTo(XMLStreamWriter xml) throws XMLStreamException;
    }

    private StsXml() {
    }

    static ApiResponse result(String action, Elements result) {
        return write(200, xml -> {
            xml.writeStartElement(action + "Response");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, action + "Result", result);
            xml.writeStartElement("ResponseMetadata");
            element(xml, "RequestId", UUID.randomUUID().toString());
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    static ApiResponse error(int status, String code, String message) {
        return write(status, xml -> {
            xml.writeStartElement("ErrorResponse");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("Error");
            element(xml, "Type", status >= 500 ? "Receiver" : "Sender");
            element(xml, "Code", code);
            element(xml, "Message", message);
            xml.writeEndElement();
            element(xml, "RequestId", UUID.randomUUID().toString());
            xml.writeEndElement();
        });
    }

    /** An element holding text; none when {@code value} is null, as STS leaves out members it has no value for. */
    static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }

    /** An element holding the elements {@code children} writes. */
    static void element(XMLStreamWriter xml, String name, Elements children) throws XMLStreamException {
        xml.writeStartElement(name);
        children.writeTo(xml);
        xml.writeEndElement();
    }

    private static ApiResponse write(int status, Elements document) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            document.writeTo(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an STS answer", e);
        }
        return new ApiResponse(status, CONTENT_TYPE, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
