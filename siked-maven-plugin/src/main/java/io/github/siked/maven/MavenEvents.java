package io.github.siked.maven;

import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import org.apache.maven.plugin.logging.Log;

/** Turns the core's events into Maven log lines. */
final class MavenEvents implements EventListener {

    private final Log log;

    MavenEvents(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void on(Event event) {
        if (event instanceof Event.Warning warning) {
            log.warn(warning.message());
        } else if (event instanceof Event.Progress progress) {
            log.info(progress.describe());
        } else if (event instanceof Event.Info info) {
            log.info(info.message());
        }
    }
}
