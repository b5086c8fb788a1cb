def log = new File(basedir, 'build.log').text
assert log.contains('siked:verify')
assert log.contains('siked.samples')
assert log.contains('siked.dataset')
assert log.contains('siked:evaluate')
['siked.engine', 'siked.device', 'siked.threads', 'siked.train.precision', 'siked.gate.fail'].each {
  assert log.contains("User property: $it") : "siked:evaluate's help does not list $it"
}
return true
