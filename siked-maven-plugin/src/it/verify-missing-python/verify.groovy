def log = new File(basedir, 'build.log').text
assert log.contains('siked.python=/nonexistent/python3 is not usable')
assert log.contains('Name a Python 3.9+ interpreter, or leave siked.python out to pick one.')
assert !new File(basedir, 'out/graded.jsonl').exists()
return true
