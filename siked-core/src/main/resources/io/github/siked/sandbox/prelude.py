# siked program-of-thought worker, part 1 of 3 (prelude.py, check.py, worker.py; sent as one
# script in that order): the prelude a program runs after, and the sympy guards.
#
# Request:  {"id": 7, "program": "a = 3\nanswer = a * 4", "cpu": 10.0}
# Reply:    {"id": 7, "status": "answer", "value": "12"}; status is one of answer, no_answer,
#           wrong_type (with "type"), timeout, rejected (with "reason"), failed (with "error"),
#           missing_sympy. The first line written is {"ready": true, "python": ..., "sympy": ...}.
#
# Layers, each meant to hold on its own: an AST check before running (imports, underscore and
# frame attributes, reflective builtins, exception handlers that could swallow the time limit),
# restricted builtins, sympy with string parsing refused, an audit hook that refuses files,
# sockets, processes and new imports while a program runs, and resource limits (CPU timer with
# an RLIMIT_CPU backstop, address space, no file writes, no core dumps, no new processes).
#
# The AST check is the wall that matters: a program that got past it could reach this module's
# own state through object walks, which is why the tests also run the later layers alone
# (layers_driver.py) and why bubblewrap is used where the machine has it.
#
# Decisions: names may start with one underscore (`for _ in ...` is common) but not two;
# attributes may not start with an underscore at all. bool answers are wrong_type (a truth value
# is not a quantity); nan and inf are wrong_type too; None counts as no answer. print output is formatted and discarded.
import sys

if sys.version_info < (3, 9):
    sys.stdout.write('{"ready": false, "error": "Python %d.%d is too old: 3.9 or newer is required"}\n'
                     % sys.version_info[:2])
    sys.stdout.flush()
    sys.exit(3)

import ast, gc, json, math, os, re, resource, signal, types, warnings
from fractions import Fraction

warnings.simplefilter("ignore")  # warnings would open source files through linecache
OUT = sys.stdout.buffer
IN = sys.stdin.buffer
PROGRAM = "<program>"
MAX_SOURCE = 100_000
MAX_NODES = 20_000
MAX_POW_BITS = 1_000_000  # an integer power beyond this is no word-problem answer
MAX_FACTORIAL = 100_000

class ProgramTimeout(BaseException):
    """Raised by the CPU timer; BaseException so that `except Exception` cannot swallow it."""

class Refused(BaseException):
    """Raised when a running program reaches something the sandbox forbids."""

class MissingSympy(BaseException):
    """Raised when a program calls an equation helper and sympy is not installed."""

class State:
    armed = False      # the CPU timer may raise
    running = False    # the audit hook guards
    violation = None   # the first refused action of the current program

def refuse(what):
    if State.violation is None:
        State.violation = what
    raise Refused(what)

# ---- prelude -------------------------------------------------------------------------------
SYMPY_NAMES = ("Symbol", "symbols", "Eq", "simplify", "solve", "Rational", "Integer", "Float",
               "sqrt", "Abs", "floor", "ceiling", "pi", "E", "expand", "factor", "nsimplify",
               "N", "Min", "Max")
try:
    import sympy
    import sympy.parsing.sympy_parser as sympy_parser
except ImportError:
    sympy = None

def contains_str(value, depth=0):
    if isinstance(value, (str, bytes)):
        return True
    if depth < 4 and isinstance(value, (list, tuple, set, frozenset)):
        return any(contains_str(v, depth + 1) for v in value)
    if depth < 4 and isinstance(value, dict):
        return any(contains_str(k, depth + 1) or contains_str(v, depth + 1) for k, v in value.items())
    return False

def no_strings(fn, name):
    # sympy turns strings into expressions with eval: a program may only pass expressions.
    def call(*args, **kwargs):
        if contains_str(args) or contains_str(tuple(kwargs.values())):
            refuse("string argument to sympy " + name)
        return fn(*args, **kwargs)
    call.__name__ = name
    return call

def missing(name):
    def call(*args, **kwargs):
        raise MissingSympy(name)
    call.__name__ = name
    return call

SAFE_PARSE_NAMES = {"sqrt", "exp", "log", "pi", "E", "e", "I", "Integer", "Rational", "Float"}

def guard_parsing():
    # sympy itself parses number strings while solving (nsimplify via mpmath.identify), and
    # names while importing; while a program runs, allow only arithmetic on numbers and a few
    # constants, so that no string can reach a name that could escape.
    original = sympy_parser.parse_expr
    def parse_expr(s, *args, **kwargs):
        if State.running and (not isinstance(s, str) or not re.fullmatch(r"[\w\s.+\-*/(),]*", s) or "_" in s
                or any(n not in SAFE_PARSE_NAMES for n in re.findall(r"[A-Za-z]\w*", s))):
            refuse("sympy string parsing")
        return original(s, *args, **kwargs)
    sympy_parser.parse_expr = parse_expr
    sympy.parse_expr = parse_expr
    if hasattr(sympy, "parsing"):
        sympy.parsing.parse_expr = parse_expr

def build_sympy_module():
    module = types.ModuleType("sympy")
    for name in SYMPY_NAMES:
        if sympy is None:
            setattr(module, name, missing(name))
        elif name in ("Symbol", "symbols", "pi", "E"):
            setattr(module, name, getattr(sympy, name))  # names, not expressions, or constants
        else:
            setattr(module, name, no_strings(getattr(sympy, name), name))
    return module

def guarded_factorial(n):
    if isinstance(n, int) and n > MAX_FACTORIAL:
        raise OverflowError("factorial(%d) is too large for the sandbox" % n)
    return math.factorial(n)

def guarded_pow(base, exponent, modulus=None):
    if modulus is not None:
        return pow(base, exponent, modulus)
    if (type(base) is int and type(exponent) is int and exponent > 0 and abs(base) > 1
            and base.bit_length() * exponent > MAX_POW_BITS):
        raise OverflowError("integer power too large for the sandbox")
    return base ** exponent

def build_math_module():
    module = types.ModuleType("math")
    for name in dir(math):
        if not name.startswith("_"):
            setattr(module, name, getattr(math, name))
    module.factorial = guarded_factorial
    return module

MATH = build_math_module()
SYMPY = build_sympy_module()

def lcm(a, b):
    a, b = int(a), int(b)
    return abs(a * b) // math.gcd(a, b) if a and b else 0

def solve_it(equation, variable):
    solution = SYMPY.solve(equation, variable, dict=True)
    if not solution:
        if isinstance(variable, list):
            return {v: None for v in variable}
        return {variable: None}
    return solution[0]

def restricted_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name == "math":
        return MATH
    if level == 0 and name == "sympy" and fromlist and all(n in SYMPY_NAMES for n in fromlist):
        return SYMPY
    refuse("import " + str(name))

def discard_print(*args, sep=" ", end="\n", file=None, flush=False):
    # Formatting still runs (a program may rely on its errors); the text goes nowhere.
    for a in args:
        str(a)

SAFE_BUILTINS = ("abs", "all", "any", "bin", "bool", "callable", "chr", "complex", "dict", "divmod",
                 "enumerate", "filter", "float", "frozenset", "hash", "hex", "int", "isinstance",
                 "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "range", "repr",
                 "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple", "zip",
                 "Exception", "ArithmeticError", "AssertionError", "AttributeError", "IndexError",
                 "KeyError", "LookupError", "MemoryError", "NameError", "NotImplementedError",
                 "OverflowError", "RecursionError", "RuntimeError", "StopIteration", "TypeError",
                 "UnboundLocalError", "ValueError", "ZeroDivisionError", "True", "False", "None")
BUILTINS = {name: getattr(__builtins__, name) if hasattr(__builtins__, name) else __builtins__[name]
            for name in SAFE_BUILTINS}
BUILTINS.update({"print": discard_print, "pow": guarded_pow, "__import__": restricted_import})

# The prelude in the order of the published one: import math, from math import *, the sympy
# names, then lcm and solve_it (which shadow math.lcm).
PRELUDE = {"__builtins__": BUILTINS, "__name__": "__program__", "math": MATH}
PRELUDE.update({n: getattr(MATH, n) for n in dir(MATH) if not n.startswith("_")})
PRELUDE.update({n: getattr(SYMPY, n) for n in ("Symbol", "Eq", "simplify", "solve")})
PRELUDE.update({"lcm": lcm, "solve_it": solve_it, "__siked_pow": guarded_pow})

def warm_up():
    # sympy imports modules and builds caches on first use; do it before imports are refused.
    x, y = sympy.Symbol("x"), sympy.Symbol("y")
    solve_it(SYMPY.Eq(2 * x + 3, 7), x)
    solve_it([SYMPY.Eq(x + y, 10), SYMPY.Eq(x - y, 2)], [x, y])
    solve_it(SYMPY.Eq(x ** 2, 2), x)
    solve_it(SYMPY.Eq(x / 3 + x * sympy.Rational(1, 4), 14), x)
    solve_it(SYMPY.Eq(0.25 * x + 1.5, 4.75), x)
    solve_it(x * 1.5 - 6, x)
    SYMPY.simplify((x ** 2 - 1) / (x - 1))
    SYMPY.expand((x + 1) ** 3)
    SYMPY.factor(x ** 2 - 1)
    SYMPY.N(sympy.sqrt(2) * sympy.pi)
    read_sympy(sympy.sqrt(8) / 2)
    read_sympy(SYMPY.floor(sympy.Rational(7, 2)) + SYMPY.ceiling(0.5))
    SYMPY.nsimplify(0.125)
