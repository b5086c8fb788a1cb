import groovy.json.JsonSlurper

def summary = new JsonSlurper().parse(new File(basedir, 'out/graded.summary.json'))
assert summary.total == 100000
assert summary.correct == 90000
assert summary.byStrategy.pot.total == 10000 && summary.byStrategy.pot.correct == 10000
def lines = 0
new File(basedir, 'out/graded.jsonl').eachLine { lines++ }
assert lines == 100000
return true
