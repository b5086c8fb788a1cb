package io.github.siked.teacher;

import io.github.siked.event.EventListener;
import io.github.siked.event.ProgressMeter;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Asks the teacher for every planned request the journal does not hold yet: from the shared cache
 * when it has the answer, else from the backend, a bounded number at a time. Each answer goes to
 * the journal the moment it arrives, then to the cache.
 *
 * @param backend the teacher asked for what neither the journal nor the cache holds
 * @param journal the stage's journal, which every answer reaches first
 * @param cache the shared cache, or null for none
 * @param listener where progress and the request counts go
 */
record TeacherAsker(TeacherBackend backend, TeacherJournal journal, TeacherCache cache, EventListener listener) {

    RequestCounts askAll(List<PlannedRequest> planned, int concurrency) {
        List<PlannedRequest> missing = new ArrayList<>();
        int fromJournal = 0;
        int fromCache = 0;
        for (PlannedRequest p : planned) {
            if (journal.contains(p.key())) {
                fromJournal++;
            } else if (cache != null && cache.get(p.key()).isPresent()) {
                journal.append(cache.get(p.key())
                        .get()
                        .forProblem(p.request().problem().id()));
                fromCache++;
            } else {
                missing.add(p);
            }
        }
        listener.info("teacher: " + planned.size() + " requests; " + fromJournal + " done before, " + fromCache
                + " from the shared cache, " + missing.size() + " to ask " + backend.name());
        ask(missing, concurrency);
        return new RequestCounts(planned.size(), fromJournal, fromCache, missing.size());
    }

    private void ask(List<PlannedRequest> missing, int concurrency) {
        if (missing.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, missing.size()), runnable -> {
            Thread thread = new Thread(runnable, "siked-teacher");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<TeacherCall> done = new ExecutorCompletionService<>(pool);
        ProgressMeter progress =
                new ProgressMeter(listener, "teacher", "requests", missing.size(), Duration.ofSeconds(10));
        try {
            // At most `concurrency` tasks exist at once, so a failure stops the run without a backlog.
            int next = 0;
            int running = 0;
            while (next < missing.size() || running > 0) {
                while (running < concurrency && next < missing.size()) {
                    PlannedRequest p = missing.get(next++);
                    done.submit(() -> answer(p));
                    running++;
                }
                Future<TeacherCall> finished = done.take();
                running--;
                finished.get();
                progress.advance(1);
            }
            progress.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeacherException("interrupted while asking the teacher; answers so far are in the journal", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new TeacherException("the teacher failed: " + e.getCause(), e.getCause());
        } finally {
            // Requests already sent finish and are journaled, so a failure loses no answer that came.
            pool.shutdown();
            awaitInFlight(pool);
        }
    }

    private static void awaitInFlight(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private TeacherCall answer(PlannedRequest p) {
        TeacherReply reply = backend.complete(p.request());
        if (reply.texts().size() != p.request().n()) {
            throw new TeacherException(
                    backend.name() + " answered " + reply.texts().size() + " samples for "
                            + p.request().problem().id() + " (" + p.request().strategy() + "), "
                            + p.request().n() + " were asked");
        }
        TeacherCall call = TeacherCall.of(p.key(), p.request(), reply);
        journal.append(call);
        if (cache != null) {
            cache.put(call);
        }
        return call;
    }
}
