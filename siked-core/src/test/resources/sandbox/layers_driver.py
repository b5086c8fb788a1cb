# Runs programs through worker.py's run-time layers only (restricted builtins, sympy guards, audit
# hook, timer, limits), skipping the AST check, to show that each later layer holds on its own.
# Usage: python3 layers_driver.py SCRIPT_DIR PROGRAMS_JSONL; prints one JSON reply a line.
import json, os, sys

namespace = {"__name__": "siked_worker_under_test"}
source = b""
for part in ("prelude.py", "check.py", "worker.py"):  # as PythonWorker sends them
    with open(os.path.join(sys.argv[1], part), "rb") as file:
        source += file.read() + b"\n"
exec(compile(source, "siked-worker", "exec"), namespace)
with open(sys.argv[2], encoding="utf-8") as corpus:
    entries = [json.loads(line) for line in corpus]
namespace["prepare"](512)
for entry in entries:
    code = compile(entry["program"], "<program>", "exec")
    reply = namespace["execute"](code, 1.0)
    namespace["answer_line"](dict(reply, name=entry["name"]))
