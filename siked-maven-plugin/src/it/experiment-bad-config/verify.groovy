def log = new File(basedir, 'build.log').text
assert log.contains('<testDatasets> lists synthetic:train, which is the <trainDataset>: a test set must not be the training set')
assert log.contains("<strategies> is 'xyz': unknown strategy 'xyz': use one of cot, l2m, pot")
// Nothing ran: the configuration is checked before any stage starts.
assert !new File(basedir, 'target/siked').exists()
return true
