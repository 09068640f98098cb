//! Bytecode: the instruction set shared by the compiler and the VM, and the
//! code object that carries a compiled function body.
//!
//! The machine is a stack machine in the style of CPython 3.9: each frame has
//! fast-local slots, cells, an operand stack and a block stack for `try`.
//! Every instruction is one `Op` (8 bytes: a tag and at most one u32 operand).
//! Jump targets are absolute instruction indexes into `Code::ops`.
//!
//! Stack effects are written `[before] -> [after]`, top of stack rightmost.
//! `NULL` is the internal `Value::Null` marker, never visible to programs.

use crate::ast::Span;
use crate::value::{Str, Value};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    // ---- constants and stack shuffling ----
    /// [] -> [consts[i]]
    LoadConst(u32),
    /// [a] -> []
    Pop,
    /// [a] -> [a, a]
    Dup,
    /// [a, b] -> [a, b, a, b]
    DupTwo,
    /// [a, b] -> [b, a]
    Rot2,
    /// [a, b, c] -> [c, a, b]   (top moves down two)
    Rot3,
    /// [a, b, c, d] -> [d, a, b, c]   (top moves down three)
    Rot4,

    // ---- variables ----
    /// Fast locals live in slots `0..code.varnames.len()`. Loading an unbound
    /// slot raises UnboundLocalError ("cannot access local variable 'x' where
    /// it is not associated with a value").
    /// [] -> [locals[i]]
    LoadFast(u32),
    /// [v] -> []
    StoreFast(u32),
    /// Unbinds the slot; raises UnboundLocalError if already unbound.
    DeleteFast(u32),
    /// Cells: indexes `0..cellvars.len()` are this frame's own cells, then
    /// `freevars` (captured from the closure) follow. Loading an empty cell
    /// raises NameError ("cannot access free variable 'x' where it is not
    /// associated with a value in enclosing scope") for a free variable, or
    /// UnboundLocalError for an own cell.
    /// [] -> [cell[i].value]
    LoadDeref(u32),
    /// [v] -> []
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Pushes the cell object itself, to build a closure tuple.
    /// [] -> [cell]
    LoadClosure(u32),
    /// In a class body: look `names`-free variable up in the class namespace
    /// first (by the cell's name), then the cell.
    /// [] -> [v]
    LoadClassDeref(u32),
    /// Globals then builtins by `names[i]`; NameError "name 'x' is not defined".
    /// [] -> [v]
    LoadGlobal(u32),
    /// [v] -> []
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: the frame's locals mapping, then globals,
    /// then builtins. In a module frame the locals mapping is the globals.
    /// [] -> [v]
    LoadName(u32),
    /// [v] -> []
    StoreName(u32),
    DeleteName(u32),

    // ---- attributes and items ----
    /// [obj] -> [obj.names[i]]
    LoadAttr(u32),
    /// [v, obj] -> []        (obj.names[i] = v)
    StoreAttr(u32),
    /// [obj] -> []
    DeleteAttr(u32),
    /// Method-call fast path, paired with `CallMethod`. If `obj.name` is a
    /// plain function found on the type, pushes the unbound function and
    /// `obj`; otherwise pushes `NULL` and the attribute value.
    /// [obj] -> [meth, obj] | [NULL, attr]
    LoadMethod(u32),
    /// [container, key] -> [container[key]]
    BinarySubscr,
    /// [v, container, key] -> []        (container[key] = v)
    StoreSubscr,
    /// [container, key] -> []
    DeleteSubscr,
    /// Operand 2: [lower, upper] -> [slice]; operand 3: [lower, upper, step] -> [slice].
    BuildSlice(u32),

    // ---- operators ----
    /// Operand is `ast::BinOp as u32`. [a, b] -> [a op b]
    BinaryOp(u32),
    /// Augmented assignment: tries `__iadd__` and friends first.
    /// Operand is `ast::BinOp as u32`. [a, b] -> [a op= b]
    InplaceOp(u32),
    /// Operand is `ast::UnaryOp as u32`. [a] -> [op a]
    UnaryOp(u32),
    /// Operand is `ast::CmpOp as u32` (Eq, NotEq, Lt, LtE, Gt, GtE, Is,
    /// IsNot, In, NotIn). [a, b] -> [result]
    CompareOp(u32),
    /// Exception matching for `except T:`; T may be a class or a tuple of
    /// classes (TypeError "catching classes that do not inherit from
    /// BaseException is not allowed" otherwise).
    /// [exc, T] -> [exc, bool]
    CheckExcMatch,

    // ---- control flow ----
    /// Unconditional jump to the instruction index.
    Jump(u32),
    /// [v] -> []; jumps if not truthy.
    PopJumpIfFalse(u32),
    /// [v] -> []; jumps if truthy.
    PopJumpIfTrue(u32),
    /// For `and`: if v is falsy jump and keep it, else pop it.
    /// [v] -> [v] (jumped) | [] (fell through)
    JumpIfFalseOrPop(u32),
    /// For `or`: if v is truthy jump and keep it, else pop it.
    JumpIfTrueOrPop(u32),
    /// [iterable] -> [iterator]
    GetIter,
    /// [iter] -> [iter, next]; when exhausted pops the iterator and jumps.
    ForIter(u32),

    // ---- building containers ----
    /// [a1..an] -> [(a1, .., an)]
    BuildTuple(u32),
    /// [a1..an] -> [[a1, .., an]]
    BuildList(u32),
    /// [a1..an] -> [{a1, .., an}]
    BuildSet(u32),
    /// [k1, v1, .., kn, vn] -> [{k1: v1, ..}]
    BuildMap(u32),
    /// Comprehension helpers: the target container is `depth` entries below
    /// the value (after popping it): `stack[len - depth]` once v is popped.
    /// [.., list, .., v] -> [.., list, ..]
    ListAppend(u32),
    /// [.., set, .., v] -> [.., set, ..]
    SetAdd(u32),
    /// [.., dict, .., k, v] -> [.., dict, ..]
    MapAdd(u32),
    /// Unpacking displays: extend the container `depth` below with an
    /// iterable. [.., list, .., iterable] -> [.., list, ..]
    ListExtend(u32),
    /// [.., set, .., iterable] -> [.., set, ..]
    SetUpdate(u32),
    /// `{**m}`: [.., dict, .., mapping] -> [.., dict, ..]
    DictUpdate(u32),
    /// `f(**m)`: like DictUpdate but a repeated key raises TypeError
    /// "f() got multiple values for keyword argument 'k'" (the function is
    /// found `depth + 2` below: [func, args_tuple, kwdict, .., mapping]).
    DictMerge(u32),
    /// [list] -> [tuple]
    ListToTuple,
    /// f-strings: concatenates n strings. [s1..sn] -> [s]
    BuildString(u32),
    /// f-string field. Operand bits 0-1: conversion (0 none, 1 `!s`,
    /// 2 `!r`, 3 `!a`); bit 2: a format spec string is on the stack.
    /// [v] -> [format(v)] | [v, spec] -> [format(v, spec)]
    FormatValue(u32),

    // ---- unpacking ----
    /// Exactly n items, pushed so the first item ends on top.
    /// [seq] -> [vn, .., v1]. Errors: "not enough values to unpack
    /// (expected 3, got 2)", "too many values to unpack (expected 2)",
    /// "cannot unpack non-iterable int object".
    UnpackSequence(u32),
    /// Starred target: operand = before | (after << 8). Pushes `after`
    /// items, a list of the middle, then `before` items, first on top.
    UnpackEx(u32),

    // ---- calls ----
    /// [func, a1..an] -> [result]
    Call(u32),
    /// Keyword call: the top is a tuple of keyword names (constant) naming
    /// the last k of the n arguments.
    /// [func, a1..an, names] -> [result]
    CallKw(u32),
    /// `f(*args, **kw)` forms. Operand 1 when the kwargs dict is present.
    /// [func, args_tuple] -> [result] | [func, args_tuple, kwargs_dict] -> [result]
    CallEx(u32),
    /// Pairs with LoadMethod.
    /// [meth, obj, a1..an] -> [result] | [NULL, callable, a1..an] -> [result]
    CallMethod(u32),
    /// Builds a function from a code object. Operand flags: 1 positional
    /// defaults tuple, 2 keyword-only defaults dict, 8 closure tuple of
    /// cells. The qualified name is in the code object.
    /// [defaults?, kwdefaults?, closure?, code] -> [function]
    MakeFunction(u32),
    /// [v] -> (frame returns v)
    ReturnValue,

    // ---- classes ----
    /// Pushes the builtin `__build_class__`, called as
    /// `__build_class__(body_function, name, *bases, **keywords)`.
    /// The body function runs with a fresh namespace dict as its locals
    /// mapping (LoadName/StoreName). If the body uses `__class__` or
    /// zero-argument `super()`, it has a `__class__` cell and returns that
    /// cell (via LoadClosure + ReturnValue); `__build_class__` fills it with
    /// the new class. Otherwise the body returns None.
    LoadBuildClass,

    // ---- exceptions and blocks ----
    /// Pushes a block: if an exception is raised before the matching
    /// PopBlock, the stack is cut back to its height at setup, the block is
    /// replaced by an except-handler block (which saves the currently
    /// handled exception), the exception becomes the handled one, it is
    /// pushed, and execution jumps to the target.
    /// Handler entry: [..] -> [.., exc]
    SetupFinally(u32),
    /// Pops the top block (normal exit from the protected region).
    PopBlock,
    /// End of an except clause that handled the exception: pops the
    /// except-handler block and restores the previously handled exception.
    /// The exception value itself must already be popped.
    PopExcept,
    /// Operand 0: re-raise the currently handled exception (bare `raise`;
    /// RuntimeError "No active exception to reraise" if none).
    /// Operand 1: [exc] -> raise exc. Operand 2: [exc, cause] -> raise exc
    /// from cause. A class is instantiated with no arguments.
    Raise(u32),
    /// Ends a handler that did not handle: [exc] -> re-raises exc with its
    /// traceback unchanged (the except-handler block is popped while
    /// unwinding).
    Reraise,
    /// Pushes the builtin AssertionError class (not shadowable).
    LoadAssertionError,
    /// `with`: [mgr] -> [exit, enter_result]. Looks up `__exit__` (bound)
    /// and `__enter__` on the type, calls enter, and pushes a SetupFinally
    /// block for the target whose stack height includes `exit`.
    /// Handler entry: [exit, exc].
    SetupWith(u32),
    /// On the handler path of `with`: [exit, exc] -> [exit, exc, res]
    /// where res = exit(type(exc), exc, traceback).
    WithExceptStart,

    // ---- generators ----
    /// [v] -> (frame suspends yielding v); on resume -> [sent]
    YieldValue,
    /// `yield from`: [iter] -> [iterator] (generators pass through, other
    /// iterables go through iter()).
    GetYieldFromIter,
    /// [subiter, v] -> delegates: sends v (None means next()) to subiter.
    /// If subiter yields x, the frame suspends yielding x and re-executes
    /// this instruction on resume with the sent value pushed. When subiter
    /// finishes with return value r: [subiter, v] -> [r].
    YieldFrom,

    // ---- imports ----
    /// [level, fromlist] -> [module]. Imports `names[i]` (dotted). With an
    /// empty/None fromlist pushes the top-level package, else the leaf.
    ImportName(u32),
    /// [module] -> [module, module.names[i]] (ImportError "cannot import
    /// name 'x' from 'm'" if missing; tries submodule import first).
    ImportFrom(u32),
    /// [module] -> []; copies public names (or `__all__`) into locals.
    ImportStar,

    // ---- misc ----
    /// REPL: [v] -> []; prints repr(v) unless None and binds `_`.
    PrintExpr,
    /// Annotations in module/class bodies: [value] -> [] stores
    /// `__annotations__[names[i]] = value` in the locals mapping.
    StoreAnnotation(u32),
    /// No operation (jump-target padding).
    Nop,
}

/// Flags on a code object.
pub mod flags {
    /// Has a `*args` parameter (the slot after the named parameters).
    pub const VARARGS: u32 = 1;
    /// Has a `**kwargs` parameter (after `*args` if both).
    pub const VARKEYWORDS: u32 = 2;
    /// Contains `yield`: calling creates a generator.
    pub const GENERATOR: u32 = 4;
    /// A class body: runs with a namespace dict as its locals mapping.
    pub const CLASS_BODY: u32 = 8;
    /// A module body: locals mapping is the globals.
    pub const MODULE: u32 = 16;
    /// The body is a comprehension (`<listcomp>` etc.).
    pub const COMPREHENSION: u32 = 32;
}

/// Source text and name shared by every code object of one file: used to
/// turn spans into line numbers and to show source lines in tracebacks.
#[derive(Debug)]
pub struct SourceFile {
    pub filename: String,
    pub text: String,
    /// Byte offset at which each line starts.
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(filename: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            filename: filename.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Text of a 1-based line without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }
}

/// A compiled function, module, class body, lambda or comprehension body.
#[derive(Debug)]
pub struct Code {
    /// LOAD_GLOBAL's cache, one slot per entry of `names`.
    pub global_cache: Box<[std::cell::Cell<crate::vm::global_cache::GlobalSlot>]>,
    /// Instance attribute caches, one slot per entry of `names`.
    pub attr_cache: Box<[std::cell::RefCell<crate::vm::attr_cache::AttrSlot>]>,
    /// Method caches for LoadMethod, one slot per entry of `names`.
    pub method_cache: Box<[std::cell::RefCell<crate::vm::attr_cache::MethodSlot>]>,
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name.
    pub name: Str,
    /// `C.method`, `f.<locals>.g`.
    pub qualname: Str,
    pub source: Rc<SourceFile>,
    pub ops: Vec<Op>,
    /// Parallel to `ops`: the source span each instruction came from.
    pub spans: Vec<Span>,
    pub consts: Vec<Value>,
    /// Global, attribute and import names.
    pub names: Vec<Str>,
    /// Fast-local slot names: parameters first, in order (positional-only,
    /// positional-or-keyword, keyword-only, then `*args`, then `**kwargs`),
    /// then other locals.
    pub varnames: Vec<Str>,
    /// Locals captured by inner functions (cells created at frame start).
    pub cellvars: Vec<Str>,
    /// Variables captured from enclosing scopes (cells from the closure).
    pub freevars: Vec<Str>,
    /// For each cellvar that is also a parameter, `(cell index, varname
    /// slot)`: the argument is moved into the cell at frame start.
    pub cell_params: Vec<(u32, u32)>,
    /// Parameters counted for binding: positional-only + positional-or-keyword.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Deepest the operand stack gets, so the frame can reserve it.
    pub max_stack: u32,
    /// Line of the `def`/`class`/`lambda` (or 1 for a module).
    pub first_line: u32,
    /// The docstring, if the body starts with a string literal.
    pub doc: Option<Str>,
}

impl Code {
    pub fn line_at(&self, ip: usize) -> u32 {
        match self.spans.get(ip) {
            Some(span) => self.source.line_of(span.start),
            None => self.first_line,
        }
    }
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}
