def log = new File(basedir, 'build.log').text
assert log.contains("samples.jsonl:2: sample id 'example-9' is not in dataset jsonl:problems.jsonl")
// Nothing half-written under the output's name.
assert !new File(basedir, 'out/graded.jsonl').exists()
return true
