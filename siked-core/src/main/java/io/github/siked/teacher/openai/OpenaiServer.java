package io.github.siked.teacher.openai;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Which server the {@code openai} teacher asks, and what: the API's base address, the model it
 * serves and the endpoint to call.
 *
 * @param endpoint the API's base address, up to and including its version path, for instance
 *     {@code http://127.0.0.1:8000/v1}; a trailing slash is dropped
 * @param model the model id the server serves, as {@code GET /v1/models} lists it
 * @param api which endpoint to call: {@code /completions} or {@code /chat/completions}
 */
public record OpenaiServer(String endpoint, String model, OpenaiApi api) {

    static final String ENDPOINT_EXAMPLE = "http://127.0.0.1:8000/v1";

    public OpenaiServer {
        endpoint = checkEndpoint(endpoint);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(
                    "`siked.teacher.model` is missing: name a model the server serves, as GET " + endpoint
                            + "/models lists it");
        }
        Objects.requireNonNull(api, "api");
    }

    /** The same server and model, called through another API. */
    public OpenaiServer withApi(OpenaiApi value) {
        return new OpenaiServer(endpoint, model, value);
    }

    private static String checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException(
                    "`siked.teacher.endpoint` is missing: give the server's API base address, for instance "
                            + ENDPOINT_EXAMPLE);
        }
        String value = endpoint.strip();
        if (!value.contains("://")) {
            throw malformed(value, "must start with http:// or https://");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw malformed(value, "is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw malformed(value, "must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw malformed(value, "names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw malformed(value, "must not have a query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (path.isEmpty()) {
            throw malformed(value, "has no path; OpenAI-compatible servers answer under /v1");
        }
        if (path.endsWith("/completions") || path.endsWith("/models")) {
            throw malformed(value, "names an operation; give the base the operations hang under");
        }
        return value.replaceAll("/+$", "");
    }

    private static IllegalArgumentException malformed(String value, String why) {
        return new IllegalArgumentException("`siked.teacher.endpoint` " + value + " " + why
                + ": use the API's base address, for instance " + ENDPOINT_EXAMPLE);
    }
}
