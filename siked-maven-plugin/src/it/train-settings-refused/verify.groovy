def log = new File(basedir, 'build.log').text
// The GPU line names the libtorch build that lacks CUDA and the two ways to get it.
assert log =~ /siked\.device=gpu but PyTorch 2\.7\.1 cpu \(libtorch [^)]*\) sees no GPU: build with -Pgpu/
assert log.contains('PYTORCH_LIBRARY_PATH=<libtorch>/lib PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128')
assert log.contains('siked.train.precision=bf16 is not available: DJL 0.35.1\'s PyTorch engine aborts the JVM')
assert log.contains('siked.threads \'two\' is not a number of threads: give libtorch\'s CPU threads, for instance 1, or 0 for its default (one per core)')
assert log.contains("siked.engine 'torch' is not a student engine on the class path: use djl")
// No run started training.
assert !log.contains('student on ')
assert !new File(basedir, 'out/student/model.safetensors').exists()
return true
