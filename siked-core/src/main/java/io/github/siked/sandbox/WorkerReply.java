package io.github.siked.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.number.CanonicalNumber;
import java.util.Optional;

/** Turns one reply line of worker.py into a {@link SandboxResult}. */
final class WorkerReply {

    private WorkerReply() {}

    static SandboxResult toResult(JsonNode reply, PythonInterpreter interpreter) {
        String status = reply.path("status").asText("");
        switch (status) {
            case "answer":
                String value = reply.path("value").asText("");
                Optional<String> canonical = CanonicalNumber.canonical(value);
                if (canonical.isEmpty()) {
                    return new SandboxResult.Failed("the worker answered an unreadable number: " + value);
                }
                return new SandboxResult.Answer(canonical.get());
            case "no_answer":
                return new SandboxResult.NoAnswer();
            case "wrong_type":
                return new SandboxResult.WrongType(reply.path("type").asText("unknown"));
            case "timeout":
                return new SandboxResult.Timeout();
            case "rejected":
                return new SandboxResult.Rejected(reply.path("reason").asText("refused"));
            case "failed":
                return new SandboxResult.Failed(reply.path("error").asText("failed"));
            case "missing_sympy":
                throw new SandboxUnavailableException(
                        interpreter.missingSympyMessage(reply.path("name").asText("solve")));
            default:
                return new SandboxResult.Failed("the worker answered an unknown status: " + reply);
        }
    }
}
