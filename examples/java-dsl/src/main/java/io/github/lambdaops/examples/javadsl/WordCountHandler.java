package io.github.lambdaops.examples.javadsl;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The Lambda function the example deploys: counts the words of {@code {"text": "..."}}. */
public class WordCountHandler implements RequestHandler<Map<String, String>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, String> event, Context context) {
        String[] words = event.getOrDefault("text", "").trim().split("\\s+");
        context.getLogger().log("counting " + words.length + " words");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("words", words[0].isEmpty() ? 0 : words.length);
        result.put("longest", Arrays.stream(words).max(Comparator.comparingInt(String::length)).orElse(""));
        return result;
    }
}
