def log = new File(basedir, 'build.log').text
assert log.contains('siked:verify')
assert log.contains('siked.samples')
assert log.contains('siked.dataset')
return true
