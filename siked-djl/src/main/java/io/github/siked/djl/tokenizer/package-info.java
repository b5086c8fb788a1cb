/**
 * Tokenizers for DJL students: {@link io.github.siked.djl.tokenizer.HfStudentTokenizer} wraps a
 * Hugging Face {@code tokenizer.json} as a core {@link io.github.siked.student.StudentTokenizer}
 * (no special tokens added, no word-start space, no truncation), and {@link
 * io.github.siked.djl.tokenizer.VocabularyFit} checks any tokenizer against the model's {@code
 * vocab_size}, and {@link io.github.siked.djl.tokenizer.TokenizerFiles} copies a tokenizer's files
 * into the folder of a student trained with it. The tiny from-scratch student uses the core's {@link
 * io.github.siked.student.WordTokenizer} directly.
 *
 * <p>Package graph: {@code tokenizer} → the core's {@code student}; nothing else in this module.
 */
package io.github.siked.djl.tokenizer;
