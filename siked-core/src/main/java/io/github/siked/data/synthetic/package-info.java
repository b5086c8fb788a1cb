/**
 * Seeded synthetic arithmetic word problems for the quickstart experiment, which runs the whole
 * SIKeD loop (arXiv 2410.18574) on a CPU with a tiny from-scratch student.
 *
 * <p>{@link io.github.siked.data.synthetic.SyntheticGenerator} draws the splits, {@link
 * io.github.siked.data.synthetic.SyntheticWriter} and {@link
 * io.github.siked.data.synthetic.SyntheticReader} store them as problem records with two extra
 * fields: {@code family} and {@code computation}. Each problem carries its {@link
 * io.github.siked.data.synthetic.Computation}: the numbers the question states, named as Python
 * identifiers, then the operations in order, each with its value, a noun phrase and a sub-question.
 * That is enough for a scripted teacher to write chain-of-thought steps, least-to-most
 * sub-questions and straight-line programs, correct or wrong on purpose, without parsing the
 * question.
 *
 * <h2>Families</h2>
 *
 * A throwaway spike (docs/method.md, "Quickstart") found that a tiny student learns programs easily
 * and prose arithmetic on big numbers not at all, so that with product problems alone the
 * experiment reduces to "always write pot". The families therefore mix what each strategy is good
 * at; problems take turns across them, so every split is balanced.
 *
 * <ul>
 *   <li>{@code bulk}: a two-digit by two-digit product, then a purchase or a loss. Favours
 *       <b>pot</b>: the interpreter multiplies, prose must do it digit by digit.
 *   <li>{@code chain}: a count changed by 3 to 5 small events, some with a second person. Favours
 *       <b>l2m</b> and <b>cot</b>: one-digit steps prose can learn, and one sub-question per event
 *       keeps the bookkeeping straight; a program gains nothing from the interpreter and must still
 *       get every sign and owner right.
 *   <li>{@code compare}: three people, each stated relative to an earlier one ("4 more", "2 fewer",
 *       "3 times as many"), then added. Small numbers: the difficulty is reading each relation the
 *       right way round, which no strategy escapes, so the strategies should be close.
 *   <li>{@code groups}: two one-digit products (times tables) combined by a sum or a difference.
 *       Two independent sub-results suit <b>l2m</b>; prose arithmetic stays learnable.
 *   <li>{@code rate}: a price for a batch, asked for another count: one exact division, then a
 *       product. The only division, and the one quantity (the unit price) the question never
 *       states.
 * </ul>
 *
 * All families give positive whole answers and never a negative intermediate value.
 *
 * <h2>Splits</h2>
 *
 * {@code train}, {@code validation} and {@code test} share one distribution. Three
 * out-of-distribution tests each shift one thing, mildly, and use only words the training split
 * uses (in the spike, splits with unseen nouns scored 0% for every model, which measures the
 * tokenizer, not generalisation):
 *
 * <ul>
 *   <li>{@code ood-phrasing}: sentence shapes never used in training for that family: the "each
 *       holds" sentence before the counts ({@code bulk}, {@code groups}), events joined in pairs
 *       with "and then" ({@code chain}), relations stated last to first ({@code compare}), "buys N
 *       and pays M dollars" ({@code rate}).
 *   <li>{@code ood-steps}: exactly one operation more than any training problem of the family: a
 *       second change ({@code bulk}), 6 events ({@code chain}), a fourth person ({@code compare}),
 *       a third product ({@code groups}), a second count to add up ({@code rate}).
 *   <li>{@code ood-numbers}: at least one stated number above every number the family states in
 *       training (digits are one token each, so no new words appear).
 * </ul>
 *
 * <h2>Reproducibility</h2>
 *
 * One seed gives byte-identical files: each split draws from its own {@link
 * java.util.SplittableRandom}, seeded from the seed and the split, so a split can be drawn alone
 * and its first n problems do not depend on its size. No question text appears in two splits: a
 * question belongs to one split by a hash of its text (String.hashCode is fixed by the language
 * specification) and draws that belong elsewhere or repeat are redrawn. Nothing iterates a hash map
 * and numbers are written with {@link java.lang.Long#toString(long)}, which ignores the locale.
 */
package io.github.siked.data.synthetic;
