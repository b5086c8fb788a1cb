/**
 * safetensors files in plain Java: {@link io.github.siked.djl.safetensors.SafetensorsReader}
 * (F32, F16 and BF16, all widened to float32, because DJL 0.35.1 aborts the JVM on bf16 arrays),
 * {@link io.github.siked.djl.safetensors.SafetensorsWriter} (the same three types, names sorted,
 * data 8-byte aligned) and {@link io.github.siked.djl.safetensors.Checkpoint} for a Hugging Face
 * directory's single file or sharded index. {@link io.github.siked.djl.safetensors.ModelFileException}
 * names the file at fault; the model package's config.json reader raises it too, so a model folder
 * has one kind of error.
 *
 * <p>Depends on Jackson only: no DJL types, so the trainer's exports and tests can use it freely.
 */
package io.github.siked.djl.safetensors;
