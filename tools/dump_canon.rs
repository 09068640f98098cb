//! Dev aid: canonical AST dump used to compare against CPython's `ast`
//! (see the parser tests). `cargo run --example dump_canon -- FILE`.
use pyproc::ast::*;
use pyproc::parser;
use pyproc::source::LineIndex;
use std::fmt::Write;

struct D<'a> {
    out: String,
    idx: &'a LineIndex,
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl D<'_> {
    fn pos(&mut self, s: Span) {
        let (l, _) = self.idx.line_col(s.start as usize);
        let c = s.start as usize - self.idx.line_start(l);
        let (l2, _) = self.idx.line_col(s.end as usize);
        let c2 = s.end as usize - self.idx.line_start(l2);
        write!(self.out, "@{l}:{c}-{l2}:{c2}").unwrap();
    }
    fn stmts(&mut self, v: &[Stmt]) {
        self.out.push('[');
        for s in v {
            self.stmt(s);
            self.out.push(' ');
        }
        self.out.push(']');
    }
    fn exprs(&mut self, v: &[Expr]) {
        self.out.push('[');
        for e in v {
            self.expr(e);
            self.out.push(' ');
        }
        self.out.push(']');
    }
    fn opt(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.out.push('-'),
        }
    }
    fn params(&mut self, p: &Params) {
        self.out.push_str("(args");
        for (tag, v) in [("po", &p.posonly), ("a", &p.args), ("kw", &p.kwonly)] {
            write!(self.out, " {tag}[").unwrap();
            for a in v {
                self.param(a);
            }
            self.out.push(']');
        }
        self.out.push_str(" va");
        if let Some(a) = &p.vararg {
            self.param(a);
        }
        self.out.push_str(" kwa");
        if let Some(a) = &p.kwarg {
            self.param(a);
        }
        self.out.push_str(" defaults[");
        for a in p.posonly.iter().chain(&p.args) {
            if let Some(d) = &a.default {
                self.expr(d);
                self.out.push(' ');
            }
        }
        self.out.push_str("] kwdefaults[");
        for a in &p.kwonly {
            self.opt(a.default.as_ref());
            self.out.push(' ');
        }
        self.out.push_str("])");
    }
    fn param(&mut self, a: &Param) {
        write!(self.out, "({} ", a.name).unwrap();
        self.opt(a.annotation.as_ref());
        self.out.push(')');
    }
    fn stmt(&mut self, s: &Stmt) {
        let (l, _) = self.idx.line_col(s.span.start as usize);
        write!(self.out, "\n{l}:").unwrap();
        match &s.kind {
            StmtKind::Expr(e) => {
                self.out.push_str("(Expr ");
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                self.out.push_str("(Assign ");
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, op, value } => {
                write!(self.out, "(AugAssign {op:?} ").unwrap();
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.out.push_str("(AnnAssign ");
                self.expr(target);
                self.expr(annotation);
                self.opt(value.as_ref());
            }
            StmtKind::If { test, body, orelse } => {
                self.out.push_str("(If ");
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.out.push_str("(While ");
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.out.push_str("(For ");
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break => self.out.push_str("(Break"),
            StmtKind::Continue => self.out.push_str("(Continue"),
            StmtKind::Pass => self.out.push_str("(Pass"),
            StmtKind::Return(e) => {
                self.out.push_str("(Return ");
                self.opt(e.as_ref());
            }
            StmtKind::FunctionDef(f) => {
                write!(self.out, "(FunctionDef {} ", f.name).unwrap();
                self.params(&f.params);
                self.stmts(&f.body);
                self.exprs(&f.decorators);
                self.opt(f.returns.as_ref());
            }
            StmtKind::ClassDef(c) => {
                write!(self.out, "(ClassDef {} ", c.name).unwrap();
                self.exprs(&c.bases);
                self.keywords(&c.keywords);
                self.stmts(&c.body);
                self.exprs(&c.decorators);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.out.push_str("(Try ");
                self.stmts(body);
                self.out.push('[');
                for h in handlers {
                    self.out.push_str("(handler ");
                    self.opt(h.typ.as_ref());
                    write!(self.out, " {:?}", h.name).unwrap();
                    self.stmts(&h.body);
                    self.out.push(')');
                }
                self.out.push(']');
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                self.out.push_str("(Raise ");
                self.opt(exc.as_ref());
                self.opt(cause.as_ref());
            }
            StmtKind::With { items, body } => {
                self.out.push_str("(With [");
                for i in items {
                    self.expr(&i.context);
                    self.out.push_str(" as ");
                    self.opt(i.target.as_ref());
                    self.out.push(' ');
                }
                self.out.push(']');
                self.stmts(body);
            }
            StmtKind::Assert { test, msg } => {
                self.out.push_str("(Assert ");
                self.expr(test);
                self.opt(msg.as_ref());
            }
            StmtKind::Delete(t) => {
                self.out.push_str("(Delete ");
                self.exprs(t);
            }
            StmtKind::Import(names) => {
                self.out.push_str("(Import");
                for a in names {
                    write!(self.out, " {}:{:?}", a.name, a.asname).unwrap();
                }
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
                star,
            } => {
                write!(self.out, "(ImportFrom {module:?} {level}").unwrap();
                if *star {
                    self.out.push_str(" *:None");
                }
                for a in names {
                    write!(self.out, " {}:{:?}", a.name, a.asname).unwrap();
                }
            }
            StmtKind::Global(n) => write!(self.out, "(Global {n:?}").unwrap(),
            StmtKind::Nonlocal(n) => write!(self.out, "(Nonlocal {n:?}").unwrap(),
        }
        self.out.push(')');
    }
    fn keywords(&mut self, k: &[Keyword]) {
        self.out.push('[');
        for kw in k {
            write!(self.out, "({:?} ", kw.arg).unwrap();
            self.expr(&kw.value);
            self.out.push_str(") ");
        }
        self.out.push(']');
    }
    fn comps(&mut self, g: &[Comprehension]) {
        self.out.push('[');
        for c in g {
            self.out.push_str("(comp ");
            self.expr(&c.target);
            self.expr(&c.iter);
            self.exprs(&c.ifs);
            self.out.push(')');
        }
        self.out.push(']');
    }
    fn fparts(&mut self, parts: &[FStringPart]) {
        // Debug text becomes a literal, adjacent literals merge (as CPython).
        let mut lits: Vec<Result<String, &FStringPart>> = Vec::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => match lits.last_mut() {
                    Some(Ok(prev)) => prev.push_str(s),
                    _ => lits.push(Ok(s.clone())),
                },
                FStringPart::Value { debug_text, .. } => {
                    if let Some(d) = debug_text {
                        match lits.last_mut() {
                            Some(Ok(prev)) => prev.push_str(d),
                            _ => lits.push(Ok(d.clone())),
                        }
                    }
                    lits.push(Err(p));
                }
            }
        }
        self.out.push('[');
        for l in lits {
            match l {
                Ok(s) => write!(self.out, "(Str {}) ", hex(s.as_bytes())).unwrap(),
                Err(FStringPart::Value {
                    value,
                    conversion,
                    spec,
                    ..
                }) => {
                    self.out.push_str("(FV ");
                    self.expr(value);
                    write!(self.out, " {conversion:?} ").unwrap();
                    match spec {
                        Some(s) => self.fparts(s),
                        None => self.out.push('-'),
                    }
                    self.out.push_str(") ");
                }
                Err(_) => unreachable!(),
            }
        }
        self.out.push(']');
    }
    fn expr(&mut self, e: &Expr) {
        self.out.push('(');
        match &e.kind {
            ExprKind::Name(n) => write!(self.out, "Name {n}").unwrap(),
            ExprKind::Constant(c) => match c {
                Constant::Int(s) => {
                    let v = if let Some(h) = s.strip_prefix("0x") {
                        u128::from_str_radix(h, 16)
                            .map(|v| v.to_string())
                            .unwrap_or(s.clone())
                    } else if let Some(h) = s.strip_prefix("0o") {
                        u128::from_str_radix(h, 8)
                            .map(|v| v.to_string())
                            .unwrap_or(s.clone())
                    } else if let Some(h) = s.strip_prefix("0b") {
                        u128::from_str_radix(h, 2)
                            .map(|v| v.to_string())
                            .unwrap_or(s.clone())
                    } else {
                        s.trim_start_matches('0').to_string()
                    };
                    let v = if v.is_empty() { "0".to_string() } else { v };
                    write!(self.out, "Int {v}").unwrap()
                }
                Constant::Float(f) => write!(self.out, "Float {}", f.to_bits()).unwrap(),
                Constant::Imaginary(f) => write!(self.out, "Imag {}", f.to_bits()).unwrap(),
                Constant::Str(s) => write!(self.out, "Str {}", hex(s.as_bytes())).unwrap(),
                Constant::Bytes(b) => write!(self.out, "Bytes {}", hex(b)).unwrap(),
                Constant::None => self.out.push_str("None"),
                Constant::True => self.out.push_str("True"),
                Constant::False => self.out.push_str("False"),
                Constant::Ellipsis => self.out.push_str("Ellipsis"),
            },
            ExprKind::JoinedStr(p) => {
                self.out.push_str("JoinedStr ");
                self.fparts(p);
            }
            ExprKind::Tuple(v) => {
                self.out.push_str("Tuple ");
                self.exprs(v);
            }
            ExprKind::List(v) => {
                self.out.push_str("List ");
                self.exprs(v);
            }
            ExprKind::Set(v) => {
                self.out.push_str("Set ");
                self.exprs(v);
            }
            ExprKind::Dict(v) => {
                self.out.push_str("Dict [");
                for (k, v) in v {
                    self.opt(k.as_ref());
                    self.out.push(':');
                    self.expr(v);
                    self.out.push(' ');
                }
                self.out.push(']');
            }
            ExprKind::Starred(x) => {
                self.out.push_str("Starred ");
                self.expr(x);
            }
            ExprKind::Attribute { value, attr } => {
                write!(self.out, "Attribute {attr} ").unwrap();
                self.expr(value);
            }
            ExprKind::Subscript { value, index } => {
                self.out.push_str("Subscript ");
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.out.push_str("Slice ");
                self.opt(lower.as_deref());
                self.opt(upper.as_deref());
                self.opt(step.as_deref());
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.out.push_str("Call ");
                self.expr(func);
                self.exprs(args);
                self.keywords(keywords);
            }
            ExprKind::BinOp { left, op, right } => {
                write!(self.out, "BinOp {op:?} ").unwrap();
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { op, operand } => {
                write!(self.out, "UnaryOp {op:?} ").unwrap();
                self.expr(operand);
            }
            ExprKind::BoolOp { op, values } => {
                write!(self.out, "BoolOp {op:?} ").unwrap();
                self.exprs(values);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                write!(self.out, "Compare {ops:?} ").unwrap();
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.out.push_str("IfExp ");
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.out.push_str("Lambda ");
                self.params(params);
                self.expr(body);
            }
            ExprKind::ListComp { elt, generators } => {
                self.out.push_str("ListComp ");
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.out.push_str("SetComp ");
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.out.push_str("GeneratorExp ");
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.out.push_str("DictComp ");
                self.expr(key);
                self.expr(value);
                self.comps(generators);
            }
            ExprKind::Yield(v) => {
                self.out.push_str("Yield ");
                self.opt(v.as_deref());
            }
            ExprKind::YieldFrom(v) => {
                self.out.push_str("YieldFrom ");
                self.expr(v);
            }
            ExprKind::Await(v) => {
                self.out.push_str("Await ");
                self.expr(v);
            }
            ExprKind::NamedExpr { target, value } => {
                self.out.push_str("NamedExpr ");
                self.expr(target);
                self.expr(value);
            }
        }
        self.pos(e.span);
        self.out.push(')');
    }
}

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).unwrap();
        let idx = LineIndex::new(&src);
        match parser::parse_module(&src) {
            Ok(m) => {
                let mut d = D {
                    out: String::new(),
                    idx: &idx,
                };
                d.stmts(&m.body);
                println!("{}", d.out);
            }
            Err(e) => println!("ERROR {e}"),
        }
    }
}
