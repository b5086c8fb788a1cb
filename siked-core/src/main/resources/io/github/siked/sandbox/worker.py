# siked program-of-thought worker, part 3 of 3: the audit hook, running one program under its
# limits, and the request loop. See prelude.py for the protocol and the layers.

# ---- audit hook ----------------------------------------------------------------------------
WORKER_FILE = "siked-worker"
STDLIB = os.path.dirname(os.__file__)
LIBRARY_DIRS = tuple(os.path.dirname(m.__file__) + os.sep for m in
                     [sys.modules.get("sympy"), sys.modules.get("mpmath")] if m is not None)
# Events that library code (sympy, mpmath, the standard library) may raise while a program runs:
# sympy compiles monomial code and parses number strings, inspect reads __code__, and a lazily
# imported sympy module is read from disk. Raised from a program frame, they are refused.
LIBRARY_ONLY = {"compile", "exec", "import", "open", "object.__getattr__", "object.__setattr__",
                "os.listdir", "os.scandir", "marshal.loads", "sys._getframe"}
DENIED_PREFIXES = ("os.", "socket.", "subprocess.", "shutil.", "ctypes.", "resource.", "signal.",
                   "sys.", "gc.", "pty.", "fcntl.", "mmap.", "http.", "urllib.", "ftplib.",
                   "smtplib.", "poplib.", "imaplib.", "nntplib.", "telnetlib.", "webbrowser.",
                   "sqlite3.", "winreg.", "msvcrt.", "_winapi.", "_thread.", "cpython.", "code.",
                   "function.", "pickle.", "marshal.", "tempfile.", "glob.", "shelve.", "dbm.",
                   "syslog.", "ssl.", "select.", "time.sleep")
DENIED = {"builtins.input", "builtins.input/result", "builtins.breakpoint", "object.__delattr__",
          "setopencode"}

def trusted(filename):
    if filename == WORKER_FILE or filename.startswith("<frozen ") or filename.startswith(LIBRARY_DIRS):
        return True
    return filename.startswith(STDLIB) and "-packages" not in filename

class Hook:
    busy = False  # sys._getframe raises an event of its own

def audit(event, args):
    if not State.running or Hook.busy:
        return
    if event in LIBRARY_ONLY:
        Hook.busy = True
        try:
            caller = sys._getframe(1).f_code.co_filename
        finally:
            Hook.busy = False
        if not trusted(caller):
            refuse(event + " from " + caller)
        if event == "import" and str(args[0]).split(".")[0] not in ("sympy", "mpmath"):
            refuse("import " + str(args[0]))
        if event == "open" and not (args[1] in ("r", "rb") and isinstance(args[0], str)
                                    and args[0].startswith(LIBRARY_DIRS)):
            refuse("open " + str(args[0]))
        if event in ("os.listdir", "os.scandir") and not str(args[0]).startswith(LIBRARY_DIRS):
            refuse(event + " " + str(args[0]))
    elif event in DENIED or event.startswith(DENIED_PREFIXES):
        refuse(event)

# ---- running one program -------------------------------------------------------------------
def on_timer(signum, frame):
    if State.armed:
        raise ProgramTimeout()

def set_cpu_backstop(seconds):
    # The timer cannot interrupt one long C call; the kernel's SIGXCPU ends the whole worker.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    soft = int(math.ceil(usage.ru_utime + usage.ru_stime + seconds + 3))
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))

def number_reply(text):
    return {"status": "answer", "value": text}

def read_answer(ns):
    value = ns.get("answer")
    if value is None:
        return {"status": "no_answer"}
    if isinstance(value, (list, tuple)):
        if not value:
            return {"status": "wrong_type", "type": "empty " + type(value).__name__}
        value = value[0]
    if isinstance(value, bool):
        return {"status": "wrong_type", "type": "bool"}
    if isinstance(value, int):
        return number_reply(str(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            return {"status": "wrong_type", "type": "float " + repr(value)}
        return number_reply(repr(value))
    if isinstance(value, Fraction):
        return number_reply("%d/%d" % (value.numerator, value.denominator))
    if sympy is not None and isinstance(value, sympy.Basic):
        return read_sympy(value)
    return {"status": "wrong_type", "type": type(value).__name__}

def read_sympy(value):
    if value.is_Integer:
        return number_reply(str(int(value)))
    if value.is_Rational:
        return number_reply("%d/%d" % (value.p, value.q))
    if value.is_Float and value.is_finite:
        return number_reply(str(value))  # at its own precision: more digits would be binary noise
    if value.is_number:
        number = value.evalf(20)
        if number.is_real and number.is_finite and number.is_Number:
            return number_reply(str(number))
        return {"status": "wrong_type", "type": "sympy " + str(number)[:40]}
    return {"status": "wrong_type", "type": "sympy expression " + type(value).__name__}

def describe(error):
    try:
        text = str(error)
    except BaseException:
        text = ""
    return (type(error).__name__ + (": " + text if text else ""))[:300]

def execute(code, seconds):
    ns = dict(PRELUDE)
    State.violation = None
    set_cpu_backstop(seconds)
    State.running = State.armed = True
    signal.setitimer(signal.ITIMER_PROF, seconds, 0.05)  # re-fires until disarmed
    try:
        try:
            exec(code, ns)
            reply = read_answer(ns)
        except Exception as error:
            reply = {"status": "failed", "error": describe(error)}
        ns.clear()  # inside the timer, so that freeing a program's objects counts against it
    except ProgramTimeout:
        reply = {"status": "timeout"}
    except MissingSympy as missing_name:
        reply = {"status": "missing_sympy", "name": str(missing_name)}
    except Refused:
        reply = {}
    except BaseException as error:  # no program can name one, but the worker must survive it
        reply = {"status": "failed", "error": describe(error)}
    finally:
        State.armed = False
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        State.running = False
    if State.violation is not None:
        return {"status": "rejected", "reason": "refused at run time: " + State.violation}
    return reply

def run(source, seconds):
    if not isinstance(source, str) or len(source) > MAX_SOURCE:
        return {"status": "rejected", "reason": "program is not text of at most %d characters" % MAX_SOURCE}
    try:
        tree = ast.parse(source, PROGRAM)
        reason = check(tree)
        if reason is not None:
            return {"status": "rejected", "reason": reason}
        tree = ast.fix_missing_locations(GuardPowers().visit(tree))
        code = compile(tree, PROGRAM, "exec")
    except Exception as error:  # SyntaxError mostly; deep nesting gives RecursionError or MemoryError
        return {"status": "failed", "error": describe(error)}
    return execute(code, seconds)

# ---- start-up ------------------------------------------------------------------------------
def address_space_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0

def limit_resources(memory_mib):
    if memory_mib > 0:
        limit = address_space_bytes() + memory_mib * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write then fails instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # Counted per user; ignored for root outside a user namespace, where the hook still refuses.
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))

def answer_line(reply):
    OUT.write(json.dumps(reply).encode("utf-8") + b"\n")
    OUT.flush()

def prepare(memory_mib):
    """Loads and warms the prelude, then closes the doors: limits, timer, audit hook."""
    if sympy is not None:
        guard_parsing()
        warm_up()
    sys.setrecursionlimit(1000)
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(4300)
    signal.signal(signal.SIGPROF, on_timer)
    gc.collect()
    gc.freeze()  # the prelude's objects are never garbage; keep collections cheap
    sys.addaudithook(audit)
    limit_resources(memory_mib)

def serve():
    answer_line({"ready": True, "python": "%d.%d.%d" % sys.version_info[:3],
                 "sympy": sympy.__version__ if sympy is not None else None})
    for line in IN:
        try:
            request = json.loads(line)
            reply = run(request.get("program"), float(request.get("cpu", 10.0)))
            reply["id"] = request.get("id")
        except (ValueError, AttributeError, TypeError) as error:
            reply = {"status": "failed", "error": "bad request: " + describe(error)}
        answer_line(reply)

if __name__ == "__main__":
    prepare(int(sys.argv[1]) if len(sys.argv) > 1 else 1024)
    serve()
