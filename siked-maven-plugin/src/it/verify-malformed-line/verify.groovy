def log = new File(basedir, 'build.log').text
assert log =~ /samples\.jsonl:3: not valid JSON/
assert !new File(basedir, 'out/graded.jsonl').exists()
return true
