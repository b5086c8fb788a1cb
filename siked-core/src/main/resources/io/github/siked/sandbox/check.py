# siked program-of-thought worker, part 2 of 3: the static check of a program's syntax tree,
# and the rewrite that guards integer powers. Uses SYMPY_NAMES from prelude.py.

# ---- static check --------------------------------------------------------------------------
FORBIDDEN_NAMES = {"open", "exec", "eval", "compile", "globals", "locals", "vars", "dir", "getattr",
                   "setattr", "delattr", "hasattr", "breakpoint", "input", "help", "memoryview",
                   "type", "object", "super", "classmethod", "staticmethod", "property", "exit",
                   "quit", "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
                   "license", "credits", "copyright", "bytearray", "id"}
# Attributes that lead from a value to frames, code, globals or str.format's attribute walks.
FORBIDDEN_ATTRS = {"format", "format_map", "mro", "func_globals", "im_func", "im_class", "im_self"}
FRAME_ATTR_PREFIXES = ("gi_", "cr_", "ag_", "f_", "tb_", "co_")
NOT_ALLOWED = (ast.Global, ast.Nonlocal, ast.With, ast.AsyncWith, ast.AsyncFunctionDef,
               ast.AsyncFor, ast.Await)
CATCH_ALL = {"BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit"}

def check_handler(handler):
    if handler.type is None:
        return "bare except"
    types_ = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    for t in types_:
        if not isinstance(t, ast.Name):
            return "except with a computed exception type"
        if t.id in CATCH_ALL:
            return "except " + t.id
    return None

def check_import(node):
    if isinstance(node, ast.Import):
        bad = [a.name for a in node.names if a.name != "math"]
        return "import " + ", ".join(bad) if bad else None
    names = [a.name for a in node.names]
    if node.level == 0 and node.module == "math":
        return None
    if node.level == 0 and node.module == "sympy" and all(n in SYMPY_NAMES for n in names):
        return None
    return "from %s import %s" % ("." * node.level + (node.module or ""), ", ".join(names))

def check(tree):
    """The reason to refuse a parsed program, or None when it may run."""
    count = 0
    for node in ast.walk(tree):
        count += 1
        if count > MAX_NODES:
            return "program too large (over %d syntax nodes)" % MAX_NODES
        if isinstance(node, NOT_ALLOWED):
            return type(node).__name__ + " statements are not allowed"
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            reason = check_import(node)
            if reason:
                return reason
            if any(a.asname and a.asname.startswith("__") for a in node.names):
                return "import alias " + next(a.asname for a in node.names if a.asname)
        elif isinstance(node, ast.Name):
            if node.id.startswith("__") or node.id in FORBIDDEN_NAMES:
                return "name " + node.id
        elif isinstance(node, ast.Attribute):
            if node.attr.startswith("_") or node.attr in FORBIDDEN_ATTRS or node.attr.startswith(
                    FRAME_ATTR_PREFIXES):
                return "attribute ." + node.attr
            if not isinstance(node.ctx, ast.Load):
                return "assignment to attribute ." + node.attr
        elif isinstance(node, ast.ExceptHandler):
            reason = check_handler(node)
            if reason:
                return reason
        elif isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))) and node.finalbody:
            return "finally blocks are not allowed"
        elif isinstance(node, ast.ClassDef) and node.keywords:
            return "class keywords (metaclass) are not allowed"
        for field in ("name", "arg", "asname"):
            value = getattr(node, field, None)
            if isinstance(value, str) and value.startswith("__"):
                return "name " + value
    return None

class GuardPowers(ast.NodeTransformer):
    """Turns `a ** b` into a call that refuses integer powers too large to compute in time."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow):
            call = ast.Call(func=ast.Name(id="__siked_pow", ctx=ast.Load()),
                            args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow) and isinstance(node.target, ast.Name):
            load = ast.Name(id=node.target.id, ctx=ast.Load())
            call = ast.Call(func=ast.Name(id="__siked_pow", ctx=ast.Load()),
                            args=[load, node.value], keywords=[])
            return ast.copy_location(ast.Assign(targets=[node.target], value=call), node)
        return node
