//! The bytecode compiler: AST -> code objects.
//!
//! A symbol-table pass (`scope`) first decides where every name lives; code
//! generation then walks the AST once, one `Unit` (code object under
//! construction) per module, class body, function, lambda or comprehension.

mod assign;
mod call;
mod constant;
mod control;
pub mod disasm;
mod display;
mod exceptions;
mod expr;
mod function;
mod scope;
pub mod stackdepth;
mod stmt;
mod unit;

#[cfg(test)]
mod tests;

use crate::ast::{self, Span};
use crate::bytecode::{Code, Op, SourceFile, flags};
use crate::value::Value;
use scope::{NameScope, ScopeKind, SymbolTable};
use std::rc::Rc;
use unit::{ConstKey, Label, Unit};

pub use disasm::disassemble;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    /// Top-level expression statements print their value (PrintExpr).
    Repl,
}

/// A compile-time error, reported to the program as SyntaxError.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub message: String,
    pub span: ast::Span,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

pub(crate) fn error<T>(message: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError {
        message: message.into(),
        span,
    })
}

/// Compiles a whole module into its `<module>` code object.
pub fn compile_module(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: Mode,
) -> Result<Rc<Code>, CompileError> {
    let table = scope::build(module)?;
    let mut c = Compiler {
        source,
        table,
        mode,
        units: Vec::new(),
    };
    let code = Rc::new(c.module(module)?);
    crate::code_registry::register_tree(&code);
    Ok(code)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

pub(crate) struct Compiler<'a> {
    source: Rc<SourceFile>,
    table: SymbolTable,
    mode: Mode,
    /// Innermost unit last.
    units: Vec<Unit<'a>>,
}

impl<'a> Compiler<'a> {
    fn module(&mut self, module: &'a ast::Module) -> CResult<Code> {
        let span = module.body.first().map(|s| s.span).unwrap_or_default();
        let mut unit = Unit::new(0, ScopeKind::Module, "<module>", "<module>", span);
        unit.flags = flags::MODULE;
        self.units.push(unit);
        let body = if self.mode == Mode::Exec {
            self.docstring_to_name(&module.body)?
        } else {
            &module.body[..]
        };
        self.stmts(body)?;
        self.return_none(module.body.last().map(|s| s.span));
        Ok(self.finish_unit())
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn unit(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub(crate) fn emit(&mut self, op: Op) {
        self.u().emit(op);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.u().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.u().bind(label);
    }

    /// Jump-style instructions carry a label id until the unit finishes.
    pub(crate) fn emit_jump(&mut self, make: fn(u32) -> Op, label: Label) {
        self.emit(make(label.0));
    }

    /// Runs `f` with instructions attributed to `span`.
    pub(crate) fn with_span<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.u().span, span);
        let r = f(self);
        self.u().span = saved;
        r
    }

    pub(crate) fn load_const(&mut self, value: Value, key: Option<ConstKey>) {
        let i = self.u().add_const(value, key);
        self.emit(Op::LoadConst(i));
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(Value::None, Some(ConstKey::None));
    }

    pub(crate) fn load_str(&mut self, s: &str) {
        self.load_const(constant::str_value(s), Some(ConstKey::Str(s.to_string())));
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        self.u().add_name(name)
    }

    /// Mangles a `__private` name with the enclosing class's name.
    pub(crate) fn mangle(&self, name: &str) -> String {
        scope::mangle(self.unit().private.as_deref(), name)
    }

    fn scope_kind(&self) -> ScopeKind {
        self.unit().kind
    }

    fn name_scope(&self, mangled: &str) -> Option<NameScope> {
        self.table.scopes[self.unit().scope].lookup(mangled)
    }

    /// Loads, stores or deletes a variable with the instruction its scope
    /// calls for (CPython's `compiler_nameop`).
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangle(name);
        let function_like = self.scope_kind().is_function_like();
        match self.name_scope(&mangled) {
            Some(NameScope::Free | NameScope::Cell) => self.deref_op(&mangled, ctx),
            Some(NameScope::Local) if function_like => {
                let slot = self.u().varname(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Op::LoadFast(slot),
                    NameCtx::Store => Op::StoreFast(slot),
                    NameCtx::Del => Op::DeleteFast(slot),
                });
            }
            Some(NameScope::GlobalImplicit) if function_like => self.global_op(&mangled, ctx),
            Some(NameScope::GlobalExplicit) => self.global_op(&mangled, ctx),
            _ => {
                let i = self.name_index(&mangled);
                self.emit(match ctx {
                    NameCtx::Load => Op::LoadName(i),
                    NameCtx::Store => Op::StoreName(i),
                    NameCtx::Del => Op::DeleteName(i),
                });
            }
        }
    }

    fn global_op(&mut self, mangled: &str, ctx: NameCtx) {
        let i = self.name_index(mangled);
        self.emit(match ctx {
            NameCtx::Load => Op::LoadGlobal(i),
            NameCtx::Store => Op::StoreGlobal(i),
            NameCtx::Del => Op::DeleteGlobal(i),
        });
    }

    fn deref_op(&mut self, mangled: &str, ctx: NameCtx) {
        let i = self
            .unit()
            .cell_index(mangled)
            .expect("symbol table cell/free names are in cellvars/freevars");
        let in_class = self.scope_kind() == ScopeKind::Class;
        self.emit(match ctx {
            // A class body sees its own namespace before the enclosing cell.
            NameCtx::Load if in_class => Op::LoadClassDeref(i),
            NameCtx::Load => Op::LoadDeref(i),
            NameCtx::Store => Op::StoreDeref(i),
            NameCtx::Del => Op::DeleteDeref(i),
        });
    }

    /// Appends `return None` unless the code already ends in a terminator.
    fn return_none(&mut self, last: Option<Span>) {
        if self.unit().ends_with_terminator() {
            return;
        }
        let span = last.unwrap_or(self.unit().span);
        self.with_span(span, |c| {
            c.load_none();
            c.emit(Op::ReturnValue);
        });
    }

    fn finish_unit(&mut self) -> Code {
        let unit = self.units.pop().unwrap();
        unit.finish(self.source.clone())
    }

    /// Line of a byte offset, for `first_line`.
    fn line_of(&self, span: Span) -> u32 {
        self.source.line_of(span.start)
    }

    /// A leading string literal: stored in `__doc__` (modules and classes);
    /// returns the statements that remain.
    fn docstring_to_name(&mut self, body: &'a [ast::Stmt]) -> CResult<&'a [ast::Stmt]> {
        let Some(doc) = docstring(body) else {
            return Ok(body);
        };
        self.with_span(body[0].span, |c| {
            c.load_str(doc);
            c.name_op("__doc__", NameCtx::Store);
        });
        Ok(&body[1..])
    }
}

/// The docstring of a body: its first statement, if a string literal.
pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}
