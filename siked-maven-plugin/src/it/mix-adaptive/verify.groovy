import groovy.json.JsonSlurper

// D_LLM: cot p0 p1 p2, l2m p0 p1, pot p0 p1 p2. The student solved cot {p0} (two correct, one kept),
// l2m {p1} (p0's correct answer has no sub-questions), pot {p0, p1, p2}; one untagged sample is dropped.
def stage = new File(basedir, 'target/siked/mix')
def rows = new File(stage, 'data.jsonl').readLines().collect { new JsonSlurper().parseText(it) }
assert rows.collect { "${it.id}/${it.strategy}/${it.origin}/${it.index}".toString() } == [
    'p0/cot/student/0', 'p1/cot/teacher/0', 'p2/cot/teacher/0',
    'p0/l2m/teacher/0', 'p1/l2m/student/0',
    'p0/pot/student/0', 'p1/pot/student/0', 'p2/pot/student/0']
assert rows.every { it.seed == 3 }

def summary = new JsonSlurper().parse(new File(stage, 'data.summary.json'))
assert summary.iteration == 1
assert summary.teacherRows == 3 && summary.studentRows == 5
assert Math.abs(summary.alpha - 0.375) < 1e-9
assert Math.abs(summary.byStrategy.cot.alpha - 2 / 3) < 1e-9
assert summary.byStrategy.pot.alpha == 0 && summary.byStrategy.pot.questionsSolved == 3
assert summary.byStrategy.l2m.questionsSampled == 2 && summary.byStrategy.l2m.questionsSolved == 1

def manifest = new JsonSlurper().parse(new File(stage, 'data.manifest.json'))
assert manifest.stage == 'mix' && manifest.config.recipe.mixing.policy == 'adaptive' && manifest.seeds.draw == 3

// The invocations append to one log: the mix, the skipped rerun, then the bad policy.
def log = new File(basedir, 'build.log').text
assert log.contains('mix: pot teacher 0, student 3, alpha 0.000 (student solved 3 of 3 sampled questions)')
assert log.contains('mix: 1 of 10 student samples start with no strategy tag and were not used')
assert log.contains('mix: up to date, skipped (')
assert log.contains("<mix><policy> is 'sparse': use one of all, adaptive, self-only, fixed-alpha")
return true
