/**
 * The published math word problem datasets, read exactly as upstream publishes them, and
 * normalized problem files.
 *
 * <p>{@link io.github.siked.data.DatasetResolver} turns a name ({@code gsm8k-test},
 * {@code svamp}, {@code asdiv}, {@code multiarith}, {@code gsm-hard}, {@code jsonl:<path>}) into a
 * {@link io.github.siked.data.Dataset}; one {@link io.github.siked.data.DatasetLoader} per upstream
 * format does the reading; {@link io.github.siked.data.DatasetSource} pins each upstream file to a
 * commit and a sha256, and {@link io.github.siked.data.DatasetDownloader} fetches a missing one.
 *
 * <p>ASDiv: a problem is kept only when its answer is one plain number, with an optional unit in
 * parentheses. On the full file (2,305 problems) that keeps 2,084 and skips 221: 90 with several
 * answers, 56 word answers, 61 ratios and clock times, 9 fractions, 5 numbers inside words
 * (docs/contracts.md, "Dataset names"). The often quoted figure of 2,159 numeric answers counts
 * every answer that has a digit and no {@code ;}, so it keeps {@code 3:4}, {@code 12:50},
 * {@code 5/2} and {@code February 3rd}; those are not one number, and reading any of them as one
 * would make a wrong gold answer.
 *
 * <p>Also serves the built-in generator's splits as {@code synthetic:<split>}
 * ({@link io.github.siked.data.SyntheticDatasets}).
 */
package io.github.siked.data;
