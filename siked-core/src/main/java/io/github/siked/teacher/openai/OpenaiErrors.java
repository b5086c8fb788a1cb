package io.github.siked.teacher.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.event.Durations;
import io.github.siked.record.Jsonl;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages a user reads when the teacher's server fails: each names the setting to look at and
 * the value it has, and none shows the API key (only whether its variable is set).
 */
final class OpenaiErrors {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"),
            Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(408, "Request Timeout"),
            Map.entry(413, "Content Too Large"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    /** Server messages are quoted up to this length: enough to read the cause, not a whole page. */
    private static final int QUOTE_LIMIT = 300;

    private OpenaiErrors() {}

    static String statusLine(int status) {
        String reason = REASONS.get(status);
        return reason == null ? String.valueOf(status) : status + " " + reason;
    }

    static TeacherException unreachable(OpenaiConfig config, IOException cause) {
        return new TeacherException(
                "`siked.teacher.endpoint` " + config.server().endpoint() + " cannot be reached ("
                        + (cause instanceof java.net.http.HttpConnectTimeoutException
                                ? "no connection within " + Durations.readable(config.requestTimeout())
                                : "connection refused")
                        + "): check that the server is up and listens on that host and port",
                cause);
    }

    static TeacherException unauthorized(OpenaiConfig config, int status) {
        String key;
        if (config.key().variable() == null) {
            key = "now none, so no key is sent";
        } else if (config.key().isSet()) {
            key = "now " + config.key().variable() + ", which is set, but the server refused its value";
        } else {
            key = "now " + config.key().variable() + ", which is not set";
        }
        return new TeacherException(
                "`siked.teacher.endpoint` " + config.server().endpoint() + " answered "
                        + statusLine(status) + ": set the API key in the environment variable named by"
                        + " `<apiKeyEnv>` (" + key + ")");
    }

    /** Redirects are not followed: a POST would lose its body, and the endpoint should be the real one. */
    static TeacherException redirected(OpenaiConfig config, int status, Optional<String> location) {
        return new TeacherException(
                "`siked.teacher.endpoint` " + config.server().endpoint() + " answered "
                        + statusLine(status)
                        + location.map(to -> ", redirecting to " + to).orElse("")
                        + ": set `<endpoint>` to the address the server really answers at (often https:// instead"
                        + " of http://)");
    }

    static TeacherException modelNotServed(OpenaiConfig config, List<String> served) {
        return new TeacherException("`siked.teacher.model` '" + config.server().model() + "' is not served by "
                + config.server().endpoint()
                + (served.isEmpty()
                        ? ", which lists no models at all: check that the server has loaded one"
                        : "; it serves: " + String.join(", ", served) + ". Set `<model>` to one of them"));
    }

    /**
     * A 404 that is not about the model: the endpoint's path is wrong or the server lacks the API.
     *
     * @param request what got the 404, for instance {@code POST /completions}
     * @param models how {@code GET /models} failed too, or null when it answered
     */
    static TeacherException notFound(OpenaiConfig config, String request, String models) {
        return new TeacherException(
                "`siked.teacher.endpoint` " + config.server().endpoint() + " answered 404 Not Found"
                        + " to " + request + (models == null ? "" : " and to GET /models (" + models + ")")
                        + ": check that the endpoint ends with the API's base path (for instance "
                        + OpenaiServer.ENDPOINT_EXAMPLE + ") and that the server offers the `<api>` "
                        + config.server().api().id() + " (the other is "
                        + other(config.server().api()).id() + ")");
    }

    static TeacherException exhausted(OpenaiConfig config, String request, int attempts, String last, Throwable cause) {
        return new TeacherException(
                "`siked.teacher.endpoint` " + config.server().endpoint() + " failed " + request
                        + " " + attempts + " times; the last: " + last + ". Check the server's log, or allow more"
                        + " retries with `<maxRetries>` (now "
                        + config.retries().max() + ")",
                cause);
    }

    static String refused(OpenaiConfig config, String request, int status, String said) {
        return "`siked.teacher.endpoint` " + config.server().endpoint() + " refused " + request + " with "
                + statusLine(status) + (said.isEmpty() ? "" : ": \"" + said + "\"") + ". Check `<model>` (now '"
                + config.server().model() + "') and the sampling settings";
    }

    /**
     * What an error body says: {@code error.message}, {@code message} or {@code detail} when it is
     * JSON, else its start; cut to a readable length, with the key masked should a server echo it.
     */
    static String said(String body, String key) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode root = Jsonl.MAPPER.readTree(text);
            if (root != null && root.isObject()) {
                JsonNode message = root.path("error").isObject()
                        ? root.path("error").path("message")
                        : root.has("message") ? root.get("message") : root.path("detail");
                if (message.isTextual()) {
                    text = message.asText();
                } else if (root.path("error").isTextual()) {
                    text = root.get("error").asText();
                }
            }
        } catch (IOException e) {
            // Not JSON (an HTML error page, a proxy's text): quote its start as it is.
        }
        if (key != null && !key.isEmpty()) {
            text = text.replace(key, "***");
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
    }

    /** Whether an error body says the model is unknown, as vLLM, OpenAI and Ollama word it. */
    static boolean mentionsUnknownModel(String said) {
        String text = said.toLowerCase(java.util.Locale.ROOT);
        return text.contains("model")
                && (text.contains("not found")
                        || text.contains("does not exist")
                        || text.contains("not_found")
                        || text.contains("unknown"));
    }

    private static OpenaiApi other(OpenaiApi api) {
        return api == OpenaiApi.CHAT ? OpenaiApi.COMPLETIONS : OpenaiApi.CHAT;
    }
}
