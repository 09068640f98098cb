//! Nested code objects: functions, lambdas, classes and comprehensions;
//! their qualified names, parameters, closures and MakeFunction.

use super::scope::{CompKind, NameScope, ScopeKind};
use super::unit::Unit;
use super::{CResult, Compiler, NameCtx, docstring};
use crate::ast::{ClassDef, Comprehension, Expr, ExprKind, FunctionDef, Params, Span};
use crate::bytecode::{Code, Op, flags};
use crate::value::Value;
use std::rc::Rc;

/// MakeFunction operand bits.
const HAS_DEFAULTS: u32 = 1;
const HAS_KWDEFAULTS: u32 = 2;
const HAS_CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    /// CPython's `compiler_set_qualname`: `f.<locals>.g` inside functions,
    /// `C.m` inside classes, plain name at module level or when declared
    /// `global` in the parent.
    fn qualname(&self, name: &str, kind: ScopeKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit();
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = self.mangle(name);
            if self.table.scopes[parent.scope].lookup(&mangled) == Some(NameScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    /// Starts the code object of a nested scope, with its cell and free
    /// variable tables from the symbol table.
    fn enter_unit(&mut self, node_scope: usize, name: &str, span: Span, first_line_span: Span) {
        let scope = &self.table.scopes[node_scope];
        let kind = scope.kind;
        let qualname = self.qualname(name, kind);
        let mut unit = Unit::new(node_scope, kind, name, &qualname, span);
        unit.cellvars = scope.cellvars();
        unit.freevars = scope.freevars();
        unit.varnames = scope.params.clone();
        unit.private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.unit().private.clone(),
        };
        unit.first_line = self.line_of(first_line_span);
        if scope.is_generator && kind.is_function_like() {
            unit.flags |= flags::GENERATOR;
        }
        self.units.push(unit);
    }

    fn set_params(&mut self, p: &Params) {
        let u = self.u();
        u.posonlyargcount = p.posonly.len() as u32;
        u.argcount = (p.posonly.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonly.len() as u32;
        if p.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    /// Pushes a function object for `code`, made in the current unit:
    /// defaults and closure first, as MakeFunction expects.
    fn make_function(&mut self, code: Code, mut flag_bits: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // Cells of this unit, or its own free variables passed on.
                let i = self
                    .unit()
                    .cell_index(name.as_str())
                    .expect("a child's free variable is a cell or free here");
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flag_bits |= HAS_CLOSURE;
        }
        self.load_const(Value::Code(Rc::new(code)), None);
        self.emit(Op::MakeFunction(flag_bits));
    }

    /// Pushes the defaults tuple and keyword-only defaults dict that exist;
    /// returns their MakeFunction bits.
    fn defaults(&mut self, p: &'a Params) -> CResult<u32> {
        let mut bits = 0;
        let positional: Vec<&Expr> = p
            .posonly
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_ref())
            .collect();
        if !positional.is_empty() {
            for d in &positional {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(positional.len() as u32));
            bits |= HAS_DEFAULTS;
        }
        let mut n = 0;
        for a in &p.kwonly {
            if let Some(d) = &a.default {
                let key = self.mangle(&a.name);
                self.load_str(&key);
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap(n));
            bits |= HAS_KWDEFAULTS;
        }
        Ok(bits)
    }

    fn decorators(&mut self, decorators: &'a [Expr]) -> CResult {
        decorators.iter().try_for_each(|d| self.expr(d))
    }

    /// Applies decorators innermost (last written) first.
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        for d in decorators.iter().rev() {
            self.with_span(d.span, |c| c.emit(Op::Call(1)));
        }
    }

    /// Decorated definitions start on their first decorator's line.
    fn first_line_span(decorators: &[Expr], span: Span) -> Span {
        decorators.first().map_or(span, |d| d.span)
    }

    pub(crate) fn function_def(&mut self, f: &'a FunctionDef) -> CResult {
        self.decorators(&f.decorators)?;
        let bits = self.with_span(f.span, |c| c.defaults(&f.params))?;
        let scope = self.table.scope_of_node(f);
        let first = Self::first_line_span(&f.decorators, f.span);
        self.enter_unit(scope, &f.name, f.span, first);
        self.set_params(&f.params);
        let body = match docstring(&f.body) {
            Some(doc) => {
                self.u().doc = Some(doc.to_string());
                &f.body[1..]
            }
            None => &f.body[..],
        };
        let r = self.stmts(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.return_none(f.body.last().map(|s| s.span));
        let code = self.finish_unit();
        self.with_span(f.span, |c| {
            c.make_function(code, bits);
            c.apply_decorators(&f.decorators);
            c.name_op(&f.name, NameCtx::Store);
        });
        Ok(())
    }

    pub(crate) fn lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> CResult {
        let bits = self.defaults(params)?;
        let scope = self.table.scope_of_node(e);
        self.enter_unit(scope, "<lambda>", e.span, e.span);
        self.set_params(params);
        if let Err(err) = self.expr(body) {
            self.units.pop();
            return Err(err);
        }
        // A generator lambda's value is discarded, as in CPython.
        if self.u().flags & flags::GENERATOR != 0 {
            self.emit(Op::Pop);
            self.load_none();
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        self.make_function(code, bits);
        Ok(())
    }

    /// `class C(bases, **kw): body` calls
    /// `__build_class__(body_function, 'C', *bases, **kw)`.
    pub(crate) fn class_def(&mut self, cls: &'a ClassDef) -> CResult {
        self.decorators(&cls.decorators)?;
        let scope = self.table.scope_of_node(cls);
        let first = Self::first_line_span(&cls.decorators, cls.span);
        self.enter_unit(scope, &cls.name, cls.span, first);
        self.u().flags |= flags::CLASS_BODY;
        if let Err(e) = self.class_body(cls) {
            self.units.pop();
            return Err(e);
        }
        let code = self.finish_unit();
        self.with_span(cls.span, |c| {
            c.emit(Op::LoadBuildClass);
            c.make_function(code, 0);
            c.load_str(&cls.name);
        });
        self.with_span(cls.span, |c| c.call_helper(2, &cls.bases, &cls.keywords))?;
        self.with_span(cls.span, |c| {
            c.apply_decorators(&cls.decorators);
            c.name_op(&cls.name, NameCtx::Store);
        });
        Ok(())
    }

    /// Sets `__module__`, `__qualname__` and `__doc__`, runs the body, and
    /// returns the `__class__` cell when methods need it (else None).
    fn class_body(&mut self, cls: &'a ClassDef) -> CResult {
        self.name_op_const("__name__", NameCtx::Load);
        self.name_op_const("__module__", NameCtx::Store);
        let qualname = self.unit().qualname.clone();
        self.load_str(&qualname);
        self.name_op_const("__qualname__", NameCtx::Store);
        let body = self.docstring_to_name(&cls.body)?;
        self.stmts(body)?;
        let span = cls.body.last().map_or(cls.span, |s| s.span);
        self.with_span(span, |c| {
            match c.unit().cell_index("__class__") {
                Some(i) if c.table.scopes[c.unit().scope].needs_class_closure => {
                    c.emit(Op::LoadClosure(i))
                }
                _ => c.load_none(),
            }
            c.emit(Op::ReturnValue);
        });
        Ok(())
    }

    /// Names the compiler itself uses in class bodies always go through the
    /// namespace (they are not in the symbol table).
    fn name_op_const(&mut self, name: &str, ctx: NameCtx) {
        let i = self.name_index(name);
        self.emit(match ctx {
            NameCtx::Load => Op::LoadName(i),
            NameCtx::Store => Op::StoreName(i),
            NameCtx::Del => Op::DeleteName(i),
        });
    }

    /// Comprehensions are functions called with the iterator of their
    /// outermost iterable, which is evaluated in the enclosing scope.
    pub(crate) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, generators, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, generators, elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, generators, elt, None),
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (CompKind::Dict, generators, key, Some(&**value)),
            _ => unreachable!("not a comprehension"),
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let scope = self.table.scope_of_node(e);
        self.enter_unit(scope, name, e.span, e.span);
        self.u().argcount = 1;
        self.u().flags |= flags::COMPREHENSION;
        if let Err(err) = self.comprehension_body(kind, generators, elt, value) {
            self.units.pop();
            return Err(err);
        }
        let code = self.finish_unit();
        self.make_function(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.comprehension_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.load_none();
        }
        self.emit(Op::ReturnValue);
        Ok(())
    }

    /// One `for` clause with its `if`s, wrapping the remaining clauses; the
    /// innermost adds the element to the result `depth` entries down (one
    /// iterator per enclosing clause sits above the result).
    fn comprehension_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let comp = &generators[index];
        let start = self.new_label();
        let end = self.new_label();
        if index == 0 {
            // The iterator of the outermost iterable is the argument `.0`.
            self.with_span(comp.iter.span, |c| c.emit(Op::LoadFast(0)));
        } else {
            self.expr(&comp.iter)?;
            self.with_span(comp.iter.span, |c| c.emit(Op::GetIter));
        }
        self.bind(start);
        self.with_span(comp.iter.span, |c| c.emit_jump(Op::ForIter, end));
        self.store_target(&comp.target)?;
        for cond in &comp.ifs {
            self.jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(kind, generators, index + 1, elt, value)?;
        } else {
            self.comprehension_element(kind, generators.len() as u32 + 1, elt, value)?;
        }
        self.emit_jump(Op::Jump, start);
        self.bind(end);
        Ok(())
    }

    fn comprehension_element(
        &mut self,
        kind: CompKind,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        self.expr(elt)?;
        match kind {
            CompKind::List => self.emit(Op::ListAppend(depth)),
            CompKind::Set => self.emit(Op::SetAdd(depth)),
            CompKind::Dict => {
                self.expr(value.expect("dict comprehension has a value"))?;
                self.emit(Op::MapAdd(depth));
            }
            CompKind::Generator => {
                self.emit(Op::YieldValue);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }
}
