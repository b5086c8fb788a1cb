package io.github.siked.teacher.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One generation response, read. Choices are put in {@code index} order because servers may list
 * them as they finish; a body that is not the JSON an OpenAI server writes is {@link Malformed},
 * which the caller retries like a dropped connection (a proxy cut it, or the server was restarting).
 *
 * @param texts the choices' texts in index order; possibly fewer than were asked
 * @param model the model id the server reports, or null
 * @param fingerprint the server's {@code system_fingerprint}, or null
 * @param promptTokens {@code usage.prompt_tokens}, or 0
 * @param completionTokens {@code usage.completion_tokens}, or 0
 */
record OpenaiAnswer(List<String> texts, String model, String fingerprint, long promptTokens, long completionTokens) {

    OpenaiAnswer {
        texts = List.copyOf(texts);
    }

    /** A response body that cannot be an answer; the message says what was wrong, not the body. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /** Reads a generation response of the given API. */
    static OpenaiAnswer read(OpenaiApi api, String body) throws Malformed {
        JsonNode root = tree(body);
        JsonNode choices = root.get("choices");
        if (choices == null || !choices.isArray()) {
            throw new Malformed("the response has no 'choices' array");
        }
        if (choices.isEmpty()) {
            // Retried like any unreadable answer: asking the same seed again cannot be a duplicate.
            throw new Malformed("the response holds no choices");
        }
        List<JsonNode> ordered = new ArrayList<>();
        choices.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(choice -> choice.path("index").asInt(0)));
        List<String> texts = new ArrayList<>(ordered.size());
        for (JsonNode choice : ordered) {
            String text = api.text(choice);
            if (text == null) {
                throw new Malformed("choice " + choice.path("index").asInt(texts.size()) + " has no text");
            }
            texts.add(text);
        }
        JsonNode usage = root.path("usage");
        return new OpenaiAnswer(
                texts,
                textOrNull(root.get("model")),
                textOrNull(root.get("system_fingerprint")),
                usage.path("prompt_tokens").asLong(0),
                usage.path("completion_tokens").asLong(0));
    }

    /** Reads {@code GET /models}: the ids of {@code data[i].id}. */
    static List<String> readModels(String body) throws Malformed {
        JsonNode data = tree(body).get("data");
        if (data == null || !data.isArray()) {
            throw new Malformed("the model list has no 'data' array");
        }
        List<String> ids = new ArrayList<>();
        data.forEach(model -> {
            if (model.path("id").isTextual()) {
                ids.add(model.get("id").asText());
            }
        });
        return ids;
    }

    private static JsonNode tree(String body) throws Malformed {
        try {
            JsonNode root = Jsonl.MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Malformed("the response is not a JSON object");
            }
            return root;
        } catch (IOException e) {
            // Jackson's message quotes the body; keep only where it broke.
            throw new Malformed("the response is not valid JSON ("
                    + e.getClass().getSimpleName() + " at character " + location(e) + " of " + body.length() + ")");
        }
    }

    private static long location(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return json.getLocation().getCharOffset();
        }
        return -1;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }
}
