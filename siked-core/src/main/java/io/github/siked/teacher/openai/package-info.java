/**
 * The {@code openai} teacher: a client for OpenAI-compatible servers (vLLM, llama.cpp's server,
 * Ollama, TGI, OpenAI itself), on the JDK's HTTP client.
 *
 * <ul>
 *   <li>{@link io.github.siked.teacher.openai.OpenaiConfig}: where the server is and how to talk to
 *       it (server, key, concurrency, timeout, retries), validated as the pom gives it.
 *   <li>{@link io.github.siked.teacher.openai.OpenaiTeacher}: the backend; asks for n samples and
 *       fills in choices a server did not return, one seed at a time.
 *   <li>{@code OpenaiCaller}, {@code OpenaiBackoff}, {@code OpenaiBody}, {@code OpenaiAnswer} and
 *       {@code OpenaiErrors}: one request sent, retried with jittered backoff, written, read, and
 *       explained to the user without ever showing the API key.
 * </ul>
 */
package io.github.siked.teacher.openai;
