package io.github.siked.teacher.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two OpenAI generation endpoints. The few-shot prompts are complete texts, so the completions
 * API suits base and instruction models alike; the chat API is for servers that offer only chat
 * (OpenAI itself) and sends the prompt as one user message, with no system message, because a
 * system text would be one more prompt to version and the chat template already frames the turn.
 */
public enum OpenaiApi {
    /** {@code POST /completions} with {@code prompt}; a choice's text is {@code choices[i].text}. */
    COMPLETIONS("completions", "/completions"),
    /** {@code POST /chat/completions} with one user message; {@code choices[i].message.content}. */
    CHAT("chat", "/chat/completions");

    private final String id;
    private final String path;

    OpenaiApi(String id, String path) {
        this.id = id;
        this.path = path;
    }

    /** The name used in configuration: {@code completions} or {@code chat}. */
    public String id() {
        return id;
    }

    /** The operation's path below the endpoint, for instance {@code /chat/completions}. */
    public String path() {
        return path;
    }

    /**
     * Reads the API name as written in a pom.
     *
     * @throws IllegalArgumentException naming the bad value and the allowed ones
     */
    public static OpenaiApi fromId(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (OpenaiApi api : values()) {
            if (api.id.equals(key)) {
                return api;
            }
        }
        throw new IllegalArgumentException("`siked.teacher.api` '" + name + "' is unknown: use one of "
                + Arrays.stream(values()).map(OpenaiApi::id).collect(Collectors.joining(", ")));
    }

    /** Puts the prompt into a request body the way this API expects it. */
    void putPrompt(ObjectNode body, String prompt) {
        if (this == COMPLETIONS) {
            body.put("prompt", prompt);
        } else {
            ObjectNode message = body.putArray("messages").addObject();
            message.put("role", "user");
            message.put("content", prompt);
        }
    }

    /** A choice's generated text, or null when the choice carries none. */
    String text(JsonNode choice) {
        JsonNode text = this == COMPLETIONS
                ? choice.get("text")
                : choice.path("message").get("content");
        return text == null || !text.isTextual() ? null : text.asText();
    }
}
