package io.github.siked.djl.train;

import io.github.siked.event.Durations;
import io.github.siked.event.EventListener;
import java.time.Duration;

/**
 * One log line per logged step: step, loss (mean since the last line), learning rate, tokens/s
 * (token slots the model processed, padding included), elapsed and time left.
 */
final class StepLog {

    private final EventListener events;
    private final long totalSteps;
    private final long firstStep;
    private final long start = System.nanoTime();
    private double lossSum;
    private int losses;
    private long slots;
    private double lastLoss = Double.NaN;

    StepLog(EventListener events, long totalSteps, long firstStep) {
        this.events = events;
        this.totalSteps = totalSteps;
        this.firstStep = firstStep;
    }

    void record(long step, double loss, double learningRate, long stepSlots, int every) {
        lossSum += loss;
        losses++;
        slots += stepSlots;
        boolean last = step + 1 == totalSteps;
        if ((step + 1) % every != 0 && !last) {
            return;
        }
        lastLoss = lossSum / losses;
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        long done = step + 1 - firstStep;
        Duration left = Duration.ofMillis(Math.round(1000 * seconds / done * (totalSteps - step - 1)));
        events.info(String.format(
                "step %,d/%,d loss %.4f lr %.2e %,.0f tokens/s elapsed %s, %s left",
                step + 1,
                totalSteps,
                lastLoss,
                learningRate,
                slots / seconds,
                Durations.readable(Duration.ofNanos(System.nanoTime() - start)),
                Durations.readable(left)));
        lossSum = 0;
        losses = 0;
    }

    /** The mean loss of the steps behind the last line. */
    double lastLoss() {
        return lastLoss;
    }
}
