import groovy.json.JsonSlurper

def results = new File(basedir, 'target/results/experiment-tiny')
def metrics = new JsonSlurper().parse(new File(results, 'metrics.json'))
assert metrics.experiment == 'experiment-tiny'
assert metrics.method == 'siked'
assert metrics.iterations.size() == 2
assert metrics.iterations[1].studentRows >= 0
assert metrics.test.keySet() == ['synthetic:ood-steps', 'synthetic:test'] as Set
assert metrics.test['synthetic:test'].n == 12
assert metrics.test['synthetic:test'].ci95.size() == 2
assert metrics.comparison*.variant == ['siked', 'control']
['README.md', 'accuracy.svg', 'strategy-share.svg', 'alpha.svg'].each { assert new File(results, it).isFile() }
assert new File(basedir, 'target/results/README.md').text.contains('experiment-tiny')

def junit = new File(basedir, 'target/surefire-reports/TEST-siked.experiment-tiny.xml').text
assert junit.contains('failures="0"')

// The stages of one seed; the control shares iteration 0 with SIKeD.
def seed = new File(basedir, 'target/siked/seed-1')
assert new File(seed, 'generate-teacher/d_llm.jsonl').isFile()
assert new File(seed, 'iteration-0-combined/train/student/model.safetensors').isFile()
assert new File(seed, 'siked/iteration-1/sample/graded.jsonl').isFile()
assert new File(seed, 'control/iteration-1/mix/data.jsonl').isFile()

// The second and third builds found every stage done: the manifests record the engine's device and
// precision, not its thread count.
def log = new File(basedir, 'build.log').text
// The control reuses SIKeD's iteration 0 in the first build (1 skip); the others skip all 4 trainings.
assert log.count('train: up to date, skipped') == 9
assert log.count('generate-teacher: up to date, skipped') == 2
def trained = new JsonSlurper().parse(new File(seed, 'iteration-0-combined/train/student/manifest.json'))
assert trained.config.engine.settings.device == 'cpu'
return true
