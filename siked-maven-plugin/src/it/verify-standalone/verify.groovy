import groovy.json.JsonSlurper

def graded = new File(basedir, 'out/graded.jsonl')
assert graded.isFile() : 'no graded output'
def rows = graded.readLines().collect { new JsonSlurper().parseText(it) }
assert rows.size() == 10
// Input order is kept, and each row carries the contract's fields.
assert rows*.id == ['example-0', 'example-0', 'example-0', 'example-1', 'example-1', 'example-2', 'example-2', 'example-3', 'example-3', 'example-3']
assert rows.every { it.keySet().containsAll(['id', 'strategy', 'origin', 'iteration', 'index', 'text', 'gold', 'prediction', 'verdict', 'correct']) }
assert rows.collect { it.verdict } == ['correct', 'correct', 'wrong', 'correct', 'correct', 'correct', 'correct', 'rejected', 'timeout', 'correct']
assert rows[2].prediction == '522'
assert rows[7].prediction == null

def summary = new JsonSlurper().parse(new File(basedir, 'out/graded.summary.json'))
assert summary.total == 10
assert summary.correct == 7
assert Math.abs(summary.accuracy - 0.7) < 1e-9
assert summary.verdicts.correct == 7 && summary.verdicts.wrong == 1 && summary.verdicts.rejected == 1 && summary.verdicts.timeout == 1
assert summary.byStrategy.pot.total == 5 && summary.byStrategy.pot.correct == 3
assert summary.byStrategy.cot.total == 3 && summary.byStrategy.cot.correct == 3

def log = new File(basedir, 'build.log').text
assert log.contains('accuracy 70.0% (7/10)')
assert !new File('/tmp/escaped').exists()
return true
