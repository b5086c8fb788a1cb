import groovy.json.JsonSlurper

def rows = new File(basedir, 'out/graded.jsonl').readLines().collect { new JsonSlurper().parseText(it) }
assert rows*.gold == ['18', '18', '3', '70000', '540', '540']
assert rows*.verdict == ['correct', 'correct', 'correct', 'correct', 'correct', 'wrong']
def summary = new JsonSlurper().parse(new File(basedir, 'out/graded.summary.json'))
assert summary.total == 6 && summary.correct == 5
// lm-evaluation-harness: only gsm8k-test-1 writes "#### N" (strict); the last number is right in 4 of 5 prose rows.
assert summary.harness.samples == 5
assert Math.abs(summary.harness.strictMatch - 0.2) < 1e-9
assert Math.abs(summary.harness.flexibleExtract - 0.8) < 1e-9
return true
