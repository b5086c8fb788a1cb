/**
 * The sample goal ({@code siked:sample}): {@link io.github.siked.sample.SampleStage} draws k
 * outputs per problem from a student, each strategy forced by its tag (SIKeD's self-sampling) or
 * left to the student, configured by a {@link io.github.siked.sample.SampleStageConfig}, and
 * records a {@link io.github.siked.sample.SampleSummary}.
 */
package io.github.siked.sample;
