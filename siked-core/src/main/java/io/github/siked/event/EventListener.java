package io.github.siked.event;

/** Receives the core's events. Implementations must be thread-safe: stages report from workers. */
@FunctionalInterface
public interface EventListener {

    /** A listener that drops every event. */
    EventListener NONE = event -> {};

    void on(Event event);

    default void info(String message) {
        on(new Event.Info(message));
    }

    default void warn(String message) {
        on(new Event.Warning(message));
    }
}
