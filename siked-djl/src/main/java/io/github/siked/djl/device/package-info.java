/**
 * Where the student runs and in what arithmetic: the {@code siked.device} and {@code
 * siked.train.precision} settings, resolved against the GPUs DJL's PyTorch engine reports (auto:
 * the GPU when there is one, and fp16 mixed precision there), and the log line that says which
 * device and libtorch build a stage got.
 */
package io.github.siked.djl.device;
