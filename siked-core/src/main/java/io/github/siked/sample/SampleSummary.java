package io.github.siked.sample;

/**
 * What a sampling run wrote, recorded in the sample stage's manifest.
 *
 * @param samples the sample records written
 */
public record SampleSummary(long samples) {}
