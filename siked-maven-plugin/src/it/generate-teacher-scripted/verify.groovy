import groovy.json.JsonSlurper

def stage = new File(basedir, 'target/siked/generate-teacher')
def samples = new File(stage, 'teacher-samples.jsonl').readLines()
assert samples.size() == 50 * 3 * 3
def kept = new File(stage, 'd_llm.jsonl').readLines().collect { new JsonSlurper().parseText(it) }
assert kept.every { it.correct && it.origin == 'teacher' && it.iteration == 0 }
// At most one per problem and strategy; with half the samples wrong, some problems lose a strategy.
assert kept.collect { it.id + '/' + it.strategy }.unique().size() == kept.size()
assert kept.size() > 100 && kept.size() < 150
def manifest = new JsonSlurper().parse(new File(stage, 'manifest.json'))
assert manifest.stage == 'generate-teacher'
assert manifest.config.teacher.samples == 3
assert manifest.inputs.keySet().containsAll(['cot.txt', 'l2m.txt', 'pot.txt', 'dataset synthetic:train'])
assert manifest.results.requests.asked == 150
def log = new File(basedir, 'build.log').text
assert log.contains('teacher yield pot:')
return true
