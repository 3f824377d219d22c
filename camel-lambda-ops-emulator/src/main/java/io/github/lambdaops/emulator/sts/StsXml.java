package io.github.lambdaops.emulator.sts;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.lambdaops.emulator.http.ApiResponse;

/**
 * STS's answers in its Query protocol's XML: {@code <ActionResponse><ActionResult>...</ActionResult>
 * <ResponseMetadata><RequestId/></ResponseMetadata></ActionResponse>}, and {@code <ErrorResponse>} for errors, written
 * with the JDK's XML writer.
 */
final class StsXml {

    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final Map<String, String> CONTENT_TYPE = Map.of("Content-Type", "text/xml");

    private StsXml() {
    }

    /**
     * @param result the elements of the result in order; a value that is a Map is an element with children
     */
    static ApiResponse result(String action, Map<String, Object> result) {
        return write(200, xml -> {
            xml.writeStartElement(action + "Response");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement(action + "Result");
            elements(xml, result);
            xml.writeEndElement();
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

    /** An ordered element tree for {@link #result}. */
    static Map<String, Object> elements(Object... namesAndValues) {
        Map<String, Object> elements = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                elements.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return elements;
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static ApiResponse write(int status, Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an STS answer", e);
        }
        return new ApiResponse(status, CONTENT_TYPE, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static void elements(XMLStreamWriter xml, Map<String, Object> elements) throws XMLStreamException {
        for (Map.Entry<String, Object> entry : elements.entrySet()) {
            if (entry.getValue() instanceof Map) {
                xml.writeStartElement(entry.getKey());
                elements(xml, (Map<String, Object>) entry.getValue());
                xml.writeEndElement();
            } else {
                element(xml, entry.getKey(), entry.getValue().toString());
            }
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
