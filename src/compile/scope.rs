//! Symbol-table pass: decides, for every name in every scope, whether it is
//! a fast local, a cell, a free variable, an explicit or implicit global, or
//! a name looked up through the locals mapping. Follows CPython 3.11's
//! `symtable.c` closely: a first walk records how each name is used in each
//! scope (flags), a second pass resolves the flags top-down with the sets of
//! names bound by enclosing function scopes.

use super::CompileError;
use crate::ast::*;
use indexmap::IndexMap;
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

/// How a name was used in one scope (CPython's `DEF_*` flags).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// A class-level name that is also free in a method: the class must
    /// pass the enclosing cell through its own closure.
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const ANNOT: u32 = 128;
    /// Bound as a comprehension iteration variable.
    pub const COMP_ITER: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions all get fast locals and cells
    /// (CPython's `FunctionBlock`).
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Keyed by the mangled name, in first-use order.
    pub symbols: IndexMap<String, Symbol>,
    /// Parameter names (mangled), in declaration order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    /// A class whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// Span of the `global`/`nonlocal` statement naming each name, for
    /// errors found during resolution.
    directives: HashMap<String, Span>,
    /// Inside a comprehension: binding iteration targets right now.
    comp_iter_target: bool,
    /// Inside a comprehension's iterable expression (walrus forbidden).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            symbols: IndexMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            needs_class_closure: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn lookup(&self, mangled: &str) -> Option<NameScope> {
        self.symbols.get(mangled).map(|s| s.scope)
    }

    fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// Own cells in CPython 3.11's `co_cellvars` order: captured
    /// parameters in parameter order, then the other cells sorted.
    pub fn cellvars(&self) -> Vec<String> {
        if self.needs_class_closure {
            return vec!["__class__".to_string()];
        }
        let is_cell = |n: &String| self.lookup(n) == Some(NameScope::Cell);
        let mut v: Vec<String> = self.params.iter().filter(|n| is_cell(n)).cloned().collect();
        let mut others: Vec<String> = self
            .symbols
            .iter()
            .filter(|(n, s)| s.scope == NameScope::Cell && !self.params.contains(n))
            .map(|(n, _)| n.clone())
            .collect();
        others.sort();
        v.extend(others);
        v
    }

    /// Captured variables, sorted as CPython sorts `co_freevars`.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.flags & def::FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// All scopes of a module; scopes of nested code are found by the address
/// of the AST node that opens them (FunctionDef, ClassDef, lambda or
/// comprehension expression).
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope_of_node<T>(&self, node: &T) -> ScopeId {
        self.by_node[&node_key(node)]
    }
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's `_Py_Mangle`: `__x` inside class `_Cls` becomes `_Cls__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

type Res<T = ()> = Result<T, CompileError>;

fn err(message: String, span: Span) -> CompileError {
    CompileError { message, span }
}

/// Builds and resolves the symbol table of a module.
pub fn build(module: &Module) -> Res<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module)],
        by_node: HashMap::new(),
        stack: vec![0],
        private: None,
    };
    b.stmts(&module.body)?;
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve::analyze(&mut table)?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    /// Name of the innermost enclosing class, for mangling.
    private: Option<String>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn cur_kind(&self) -> ScopeKind {
        self.scopes[*self.stack.last().unwrap()].kind
    }

    fn enter(&mut self, kind: ScopeKind, key: usize) {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        self.cur().children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Res {
        let mangled = mangle(self.private.as_deref(), name);
        let id = *self.stack.last().unwrap();
        self.add_def_in(id, &mangled, name, flag, span)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, id: ScopeId, mangled: &str, name: &str, flag: u32, span: Span) -> Res {
        let scope = &mut self.scopes[id];
        let mut val = scope.flags(mangled);
        if flag & def::PARAM != 0 && val & def::PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= def::COMP_ITER;
        }
        let sym = scope.symbols.entry(mangled.to_string()).or_insert(Symbol {
            flags: 0,
            scope: NameScope::GlobalImplicit,
        });
        sym.flags = val;
        if flag & def::PARAM != 0 {
            scope.params.push(mangled.to_string());
        } else if flag & def::GLOBAL != 0 {
            // A `global x` anywhere makes the module's own `x` explicit too.
            let module_sym = self.scopes[0]
                .symbols
                .entry(mangled.to_string())
                .or_insert(Symbol {
                    flags: 0,
                    scope: NameScope::GlobalImplicit,
                });
            module_sym.flags |= flag;
        }
        Ok(())
    }

    fn stmts(&mut self, stmts: &[Stmt]) -> Res {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Res {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.target(t))?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.ann_assign(target, annotation, value.as_ref()),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::Return(v) => self.opt_expr(v.as_ref()),
            StmtKind::FunctionDef(f) => self.function_def(f),
            StmtKind::ClassDef(c) => self.class_def(c),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    self.opt_expr(h.typ.as_ref())?;
                    if let Some(name) = &h.name {
                        self.add_def(name, def::LOCAL, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_ref())?;
                self.opt_expr(cause.as_ref())
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg.as_ref())
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t)),
            StmtKind::Import(aliases) => aliases.iter().try_for_each(|a| self.import_alias(a)),
            StmtKind::ImportFrom { names, star, .. } => {
                if *star && self.cur_kind() != ScopeKind::Module {
                    return Err(err("import * only allowed at module level".into(), s.span));
                }
                names.iter().try_for_each(|a| self.import_alias(a))
            }
            StmtKind::Global(names) => names.iter().try_for_each(|n| self.global(n, s.span)),
            StmtKind::Nonlocal(names) => names.iter().try_for_each(|n| self.nonlocal(n, s.span)),
        }
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> Res {
        e.map_or(Ok(()), |e| self.expr(e))
    }

    fn import_alias(&mut self, a: &Alias) -> Res {
        // `import a.b` binds `a`; `import a.b as c` binds `c`.
        let bound = match &a.asname {
            Some(n) => n.as_str(),
            None => a.name.split('.').next().unwrap_or(""),
        };
        self.add_def(bound, def::IMPORT, a.span)
    }

    fn ann_assign(&mut self, target: &Expr, annotation: &Expr, value: Option<&Expr>) -> Res {
        if let ExprKind::Name(name) = &target.kind {
            let mangled = mangle(self.private.as_deref(), name);
            let cur = self.cur().flags(&mangled);
            if cur & (def::GLOBAL | def::NONLOCAL) != 0 && self.cur_kind() != ScopeKind::Module {
                let what = if cur & def::GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(err(
                    format!("annotated name '{name}' can't be {what}"),
                    target.span,
                ));
            }
            self.add_def(name, def::ANNOT | def::LOCAL, target.span)?;
        } else {
            self.target(target)?;
        }
        // Annotations are only evaluated (hence only uses) outside functions.
        if !self.cur_kind().is_function_like() {
            self.expr(annotation)?;
        }
        self.opt_expr(value)
    }

    fn global(&mut self, name: &str, span: Span) -> Res {
        let mangled = mangle(self.private.as_deref(), name);
        let cur = self.cur().flags(&mangled);
        if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
            let msg = if cur & def::PARAM != 0 {
                format!("name '{name}' is parameter and global")
            } else if cur & def::USE != 0 {
                format!("name '{name}' is used prior to global declaration")
            } else if cur & def::ANNOT != 0 {
                format!("annotated name '{name}' can't be global")
            } else {
                format!("name '{name}' is assigned to before global declaration")
            };
            return Err(err(msg, span));
        }
        self.add_def(name, def::GLOBAL, span)?;
        self.cur().directives.entry(mangled).or_insert(span);
        Ok(())
    }

    fn nonlocal(&mut self, name: &str, span: Span) -> Res {
        if self.cur_kind() == ScopeKind::Module {
            return Err(err(
                "nonlocal declaration not allowed at module level".into(),
                span,
            ));
        }
        let mangled = mangle(self.private.as_deref(), name);
        let cur = self.cur().flags(&mangled);
        if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
            let msg = if cur & def::PARAM != 0 {
                format!("name '{name}' is parameter and nonlocal")
            } else if cur & def::USE != 0 {
                format!("name '{name}' is used prior to nonlocal declaration")
            } else if cur & def::ANNOT != 0 {
                format!("annotated name '{name}' can't be nonlocal")
            } else {
                format!("name '{name}' is assigned to before nonlocal declaration")
            };
            return Err(err(msg, span));
        }
        self.add_def(name, def::NONLOCAL, span)?;
        self.cur().directives.entry(mangled).or_insert(span);
        Ok(())
    }

    fn function_def(&mut self, f: &FunctionDef) -> Res {
        self.add_def(&f.name, def::LOCAL, f.span)?;
        self.param_defaults(&f.params)?;
        f.decorators.iter().try_for_each(|d| self.expr(d))?;
        self.enter(ScopeKind::Function, node_key(f));
        self.params(&f.params)?;
        self.stmts(&f.body)?;
        self.exit();
        Ok(())
    }

    /// Defaults are evaluated in the enclosing scope, when `def` runs.
    fn param_defaults(&mut self, p: &Params) -> Res {
        let all = p.posonly.iter().chain(&p.args).chain(&p.kwonly);
        for param in all {
            self.opt_expr(param.default.as_ref())?;
        }
        Ok(())
    }

    /// Parameters in varnames order: positional-only, positional,
    /// keyword-only, then `*args` and `**kwargs`.
    fn params(&mut self, p: &Params) -> Res {
        let ordered = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(&p.vararg)
            .chain(&p.kwarg);
        for param in ordered {
            self.add_def(&param.name, def::PARAM, param.span)?;
        }
        Ok(())
    }

    fn class_def(&mut self, c: &ClassDef) -> Res {
        self.add_def(&c.name, def::LOCAL, c.span)?;
        c.bases.iter().try_for_each(|b| self.expr(b))?;
        c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
        c.decorators.iter().try_for_each(|d| self.expr(d))?;
        self.enter(ScopeKind::Class, node_key(c));
        let saved = self.private.replace(c.name.clone());
        let result = self.stmts(&c.body);
        self.private = saved;
        self.exit();
        result
    }

    /// Assignment and deletion targets.
    fn target(&mut self, e: &Expr) -> Res {
        match &e.kind {
            ExprKind::Name(name) => self.add_def(name, def::LOCAL, e.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.target(i))
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            // Invalid targets are reported by the code generator.
            _ => self.expr(e),
        }
    }

    fn name_use(&mut self, name: &str, span: Span) -> Res {
        self.add_def(name, def::USE, span)?;
        // Zero-argument `super()` needs the implicit `__class__` cell.
        if name == "super" && self.cur_kind().is_function_like() {
            self.add_def("__class__", def::USE, span)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Res {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> Res {
        match &e.kind {
            ExprKind::Name(name) => self.name_use(name, e.span),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::JoinedStr(parts) => self.fstring(parts),
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                self.exprs(items)
            }
            ExprKind::Dict(entries) => {
                for (k, v) in entries {
                    self.opt_expr(k.as_ref())?;
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
                Ok(())
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                self.enter(ScopeKind::Lambda, node_key(e));
                self.params(params)?;
                self.expr(body)?;
                self.exit();
                Ok(())
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value)),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_seen(e.span)
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_seen(e.span)
            }
            ExprKind::Await(v) => self.expr(v),
            ExprKind::NamedExpr { target, value } => self.named_expr(target, value),
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Res {
        for part in parts {
            if let FStringPart::Value { value, spec, .. } = part {
                self.expr(value)?;
                if let Some(spec) = spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn yield_seen(&mut self, span: Span) -> Res {
        self.cur().is_generator = true;
        let ScopeKind::Comprehension(kind) = self.cur_kind() else {
            return Ok(());
        };
        let msg = match kind {
            CompKind::List => "'yield' inside list comprehension",
            CompKind::Set => "'yield' inside set comprehension",
            CompKind::Dict => "'yield' inside dict comprehension",
            CompKind::Generator => "'yield' inside generator expression",
        };
        Err(err(msg.into(), span))
    }

    /// The outermost iterable is evaluated in the enclosing scope; the rest
    /// runs in the comprehension's own function scope, which receives the
    /// iterator as its single parameter `.0`.
    fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Res {
        let first = &generators[0];
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(ScopeKind::Comprehension(kind), node_key(e));
        self.add_def(".0", def::PARAM, e.span)?;
        for (i, comp) in generators.iter().enumerate() {
            self.comp_target(&comp.target)?;
            if i > 0 {
                self.cur().comp_iter_expr += 1;
                let r = self.expr(&comp.iter);
                self.cur().comp_iter_expr -= 1;
                r?;
            }
            self.exprs(&comp.ifs)?;
        }
        if let Some(v) = value {
            self.expr(elt)?;
            self.expr(v)?;
        } else {
            self.expr(elt)?;
        }
        if kind == CompKind::Generator {
            self.cur().is_generator = true;
        }
        self.exit();
        Ok(())
    }

    fn comp_target(&mut self, target: &Expr) -> Res {
        self.cur().comp_iter_target = true;
        let r = self.target(target);
        self.cur().comp_iter_target = false;
        r
    }

    fn named_expr(&mut self, target: &Expr, value: &Expr) -> Res {
        if self.cur().comp_iter_expr > 0 {
            return Err(err(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                target.span,
            ));
        }
        self.expr(value)?;
        let ExprKind::Name(name) = &target.kind else {
            return self.target(target);
        };
        if matches!(self.cur_kind(), ScopeKind::Comprehension(_)) {
            self.comprehension_walrus(name, target.span)
        } else {
            self.add_def(name, def::LOCAL, target.span)
        }
    }

    /// CPython's `symtable_extend_namedexpr_scope`: a walrus inside a
    /// comprehension binds in the nearest enclosing non-comprehension scope.
    fn comprehension_walrus(&mut self, name: &str, span: Span) -> Res {
        let mangled = mangle(self.private.as_deref(), name);
        for idx in (0..self.stack.len()).rev() {
            let id = self.stack[idx];
            let scope = &self.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension(_) => {
                    if scope.flags(&mangled) & def::COMP_ITER != 0 {
                        return Err(err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            span,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let how = if scope.flags(&mangled) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(name, how, span)?;
                    self.cur().directives.entry(mangled.clone()).or_insert(span);
                    return self.add_def_in(id, &mangled, name, def::LOCAL, span);
                }
                ScopeKind::Module => {
                    self.add_def(name, def::GLOBAL, span)?;
                    self.cur().directives.entry(mangled.clone()).or_insert(span);
                    return self.add_def_in(id, &mangled, name, def::GLOBAL, span);
                }
                ScopeKind::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .into(),
                        span,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The resolution pass (CPython's `analyze_block` and friends).
mod resolve {
    use super::*;

    type Names = HashSet<String>;

    pub fn analyze(table: &mut SymbolTable) -> Res {
        let mut free = Names::new();
        let mut global = Names::new();
        analyze_block(table, 0, None, &mut free, &mut global)
    }

    fn analyze_block(
        t: &mut SymbolTable,
        id: ScopeId,
        mut bound: Option<Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> Res {
        let kind = t.scopes[id].kind;
        let mut local = Names::new();
        let mut scopes: HashMap<String, NameScope> = HashMap::new();
        let mut newbound = Names::new();
        let mut newglobal = Names::new();
        let mut newfree = Names::new();
        // A class namespace is invisible to nested functions: pass the
        // enclosing sets down unchanged, computed before the class's names.
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let names: Vec<(String, u32)> = t.scopes[id]
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.flags))
            .collect();
        for (name, flags) in &names {
            let sc = analyze_name(
                &t.scopes[id],
                name,
                *flags,
                bound.as_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.insert(name.clone(), sc);
        }
        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let children = t.scopes[id].children.clone();
        let mut allfree = Names::new();
        for child in children {
            // Each child works on copies: its findings come back only
            // through `child_free`.
            let mut child_free = newfree.clone();
            let mut child_global = newglobal.clone();
            analyze_block(
                t,
                child,
                Some(newbound.clone()),
                &mut child_free,
                &mut child_global,
            )?;
            allfree.extend(child_free);
        }
        newfree.extend(allfree);
        if kind.is_function_like() {
            analyze_cells(&mut scopes, &mut newfree);
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            t.scopes[id].needs_class_closure = true;
        }
        update_symbols(
            &mut t.scopes[id],
            &scopes,
            bound.as_ref(),
            &newfree,
            kind == ScopeKind::Class,
        );
        free.extend(newfree);
        Ok(())
    }

    fn analyze_name(
        scope: &Scope,
        name: &str,
        flags: u32,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Res<NameScope> {
        let span = scope.directives.get(name).copied().unwrap_or_default();
        if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(err(format!("name '{name}' is nonlocal and global"), span));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if flags & def::NONLOCAL != 0 {
            if !bound.as_ref().is_some_and(|b| b.contains(name)) {
                return Err(err(format!("no binding for nonlocal '{name}' found"), span));
            }
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        if flags & def::BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(NameScope::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            free.insert(name.to_string());
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }

    /// Locals that nested scopes capture become cells.
    fn analyze_cells(scopes: &mut HashMap<String, NameScope>, free: &mut Names) {
        for (name, sc) in scopes.iter_mut() {
            if *sc == NameScope::Local && free.remove(name) {
                *sc = NameScope::Cell;
            }
        }
    }

    /// Records the resolved scopes, and adds names that are free in
    /// children but unknown here as pass-through free variables.
    fn update_symbols(
        scope: &mut Scope,
        scopes: &HashMap<String, NameScope>,
        bound: Option<&Names>,
        free: &Names,
        is_class: bool,
    ) {
        for (name, sym) in scope.symbols.iter_mut() {
            sym.scope = scopes[name];
        }
        let mut free: Vec<&String> = free.iter().collect();
        free.sort();
        for name in free {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if is_class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                    sym.flags |= def::FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: NameScope::Free,
                },
            );
        }
    }
}
