//! Public parsing API: source text -> `ast::Module`, with CPython-style
//! syntax errors.

use crate::ast::{Expr, Module, Span};
use crate::lexer::{self, Tok, Tokens};
use lalrpop_util::{ParseError, lalrpop_mod};
use std::cell::Cell;
use std::fmt;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, dead_code)]
    grammar,
    "/python.rs"
);

/// Which Python exception class a syntax error corresponds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
    pub hint: Option<String>,
    /// True when the only problem is that the input ended too early (the
    /// REPL then asks for a continuation line).
    pub incomplete: bool,
    pub kind: SyntaxErrorKind,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// What the grammar's start symbol yields.
#[doc(hidden)]
pub enum Top {
    Module(Module),
    Expr(Expr),
}

/// Parse a whole module (a file, a REPL entry, an `exec` string).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    match run(source, 0, false)? {
        Top::Module(m) => Ok(m),
        Top::Expr(_) => unreachable!("module parse produced an expression"),
    }
}

/// Parse a single expression (for `eval`). Newlines are ignored, as if the
/// text were wrapped in parentheses.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    match run(source, 0, true)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => unreachable!("expression parse produced a module"),
    }
}

/// Parse an f-string replacement field's expression text, located at byte
/// `base` of the original source.
fn parse_fstring_expr(text: &str, base: usize) -> Result<Expr, SyntaxError> {
    match run(text, base, true) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => unreachable!(),
        Err(mut e) => {
            if e.message == "unexpected EOF while parsing" {
                e.message = "invalid syntax".into();
            }
            if !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            e.incomplete = false;
            Err(e)
        }
    }
}

fn tokenize(src: &str, base: usize, expr_mode: bool) -> Tokens {
    if expr_mode {
        lexer::tokenize_expr(src, base)
    } else {
        lexer::tokenize(src)
    }
}

fn run(src: &str, base: usize, expr_mode: bool) -> Result<Top, SyntaxError> {
    let Tokens {
        toks,
        error,
        eof_dedents_at,
    } = tokenize(src, base, expr_mode);
    let consumed = Cell::new(0usize);
    let iter = toks
        .into_iter()
        .map(Ok)
        .chain(error.map(Err))
        .inspect(|_| consumed.set(consumed.get() + 1));
    match grammar::TopParser::new().parse(iter) {
        Ok(top) => Ok(top),
        Err(e) => {
            // Errors are rare: tokenize again to get context for the message.
            let again = tokenize(src, base, expr_mode);
            Err(convert_error(
                src,
                base,
                &again.toks,
                consumed.get().saturating_sub(1),
                e,
                eof_dedents_at,
            ))
        }
    }
}

fn is_compound_kw(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

/// Index of the first token of the logical line containing token `i`.
fn line_start(toks: &[lexer::Spanned], i: usize) -> usize {
    let mut j = i.min(toks.len());
    while j > 0 {
        match toks[j - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartExpr => break,
            _ => j -= 1,
        }
    }
    j
}

fn indent_err(msg: String, span: Span) -> SyntaxError {
    SyntaxError {
        message: msg,
        span,
        hint: Some("indent the block body (e.g. by 4 spaces)".into()),
        incomplete: false,
        kind: SyntaxErrorKind::IndentationError,
    }
}

fn expected_block(
    src: &str,
    base: usize,
    toks: &[lexer::Spanned],
    i: usize,
    span: Span,
) -> SyntaxError {
    // Token i-1 is the NEWLINE ending the header line.
    let ls = line_start(toks, i.saturating_sub(1));
    let mut msg = "expected an indented block".to_string();
    if let Some((s, t, _)) = toks.get(ls)
        && let Some(what) = is_compound_kw(t)
    {
        let line = lexer::line_of(src, s - base);
        msg = format!("expected an indented block after {what} on line {line}");
    }
    indent_err(msg, span)
}

fn convert_error(
    src: &str,
    base: usize,
    toks: &[lexer::Spanned],
    idx: usize,
    e: ParseError<usize, Tok, SyntaxError>,
    eof_dedents_at: usize,
) -> SyntaxError {
    let has = |expected: &[String], s: &str| expected.iter().any(|x| x == s);
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            lexer::err("invalid syntax", location, location + 1)
        }
        ParseError::ExtraToken { token: (l, _, r) } => lexer::err("invalid syntax", l, r),
        ParseError::UnrecognizedEof { location, expected } => {
            let span = Span::new(location, location);
            let mut e = if has(&expected, "INDENT") {
                expected_block(src, base, toks, toks.len(), span)
            } else if has(&expected, "\"except\"") && has(&expected, "\"finally\"") {
                lexer::err("expected 'except' or 'finally' block", location, location)
            } else {
                lexer::err("unexpected EOF while parsing", location, location)
            };
            e.incomplete = true;
            e
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let span = Span::new(l, r);
            let at_eof = idx >= eof_dedents_at;
            if tok == Tok::Indent {
                let mut e = lexer::err("unexpected indent", r, r);
                e.kind = SyntaxErrorKind::IndentationError;
                return e;
            }
            if has(&expected, "INDENT") {
                let mut e = expected_block(src, base, toks, idx, span);
                e.incomplete = at_eof;
                return e;
            }
            if has(&expected, "\"except\"") && has(&expected, "\"finally\"") {
                let mut e = lexer::err("expected 'except' or 'finally' block", l, r);
                e.incomplete = at_eof;
                return e;
            }
            if at_eof {
                let mut e = lexer::err("unexpected EOF while parsing", l, r);
                e.incomplete = true;
                return e;
            }
            let ls = line_start(toks, idx);
            // `print x`
            if idx >= 1
                && ls == idx - 1
                && matches!(&toks[idx - 1].1, Tok::Name(n) if n == "print")
                && matches!(
                    tok,
                    Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_) | Tok::Imag(_)
                )
            {
                let start = toks[idx - 1].0;
                let mut end = r;
                let mut j = idx;
                while j < toks.len() && toks[j].1 != Tok::Newline {
                    end = toks[j].2;
                    j += 1;
                }
                let arg = src
                    .get(l - base..end - base)
                    .unwrap_or("...")
                    .trim()
                    .to_string();
                let mut e = lexer::err(
                    "Missing parentheses in call to 'print'. Did you mean print(...)?",
                    start,
                    end,
                );
                e.hint = Some(format!("print is a function: print({arg})"));
                return e;
            }
            if expected.len() == 1 && has(&expected, "\"else\"") {
                let start = toks.get(ls).map(|t| t.0).unwrap_or(l);
                let mut e = lexer::err("expected 'else' after 'if' expression", start, l);
                e.hint =
                    Some("a conditional expression needs both parts: `a if cond else b`".into());
                return e;
            }
            if tok == Tok::Newline
                && has(&expected, "\":\"")
                && toks.get(ls).is_some_and(|t| is_compound_kw(&t.1).is_some())
            {
                let mut e = lexer::err("expected ':'", l, l);
                e.hint = Some("add ':' at the end of the line".into());
                return e;
            }
            if tok == Tok::Colon && toks.get(ls).is_some_and(|t| is_compound_kw(&t.1).is_none()) {
                let mut depth = 0i32;
                let mut comma = false;
                for t in &toks[ls..idx] {
                    match t.1 {
                        Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
                        Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
                        Tok::Comma if depth == 0 => comma = true,
                        Tok::Eq | Tok::Lambda => {
                            comma = false;
                            break;
                        }
                        _ => {}
                    }
                }
                if comma {
                    return lexer::err(
                        "only single target (not tuple) can be annotated",
                        toks[ls].0,
                        toks[idx - 1].2,
                    );
                }
            }
            let mut e = lexer::err("invalid syntax", l, r);
            if tok.is_keyword() {
                if let Tok::Name(_) = toks
                    .get(idx.wrapping_sub(1))
                    .map(|t| &t.1)
                    .unwrap_or(&Tok::Comma)
                {
                } else if has(&expected, "\"name\"") {
                    e.hint = Some(format!(
                        "'{}' is a keyword and cannot be used as a name",
                        src.get(l - base..r - base).unwrap_or("")
                    ));
                }
            } else if tok == Tok::Eq
                && idx >= 1
                && matches!(
                    toks[idx - 1].1,
                    Tok::Name(_) | Tok::RParen | Tok::RBracket | Tok::Int(_) | Tok::Str(_)
                )
            {
                e.hint = Some("maybe you meant '==' instead of '='?".into());
            }
            e
        }
    }
}

/// Helpers called from the grammar's actions.
// Boxed vector elements are deliberate: they keep the parser's symbol stack
// entries small, which matters for parse speed.
#[allow(clippy::vec_box)]
pub(crate) mod helpers {
    use super::SyntaxError;
    use crate::ast::*;
    use crate::lexer::{StrTok, Tok, decode_str};
    use lalrpop_util::ParseError;

    pub type PErr = ParseError<usize, Tok, SyntaxError>;

    // Large values are boxed to keep the parser's symbol stack small.
    pub enum ParamItem {
        Plain(Box<Param>),
        Slash(Span),
        Star(Option<Box<Param>>, Span),
        DStar(Box<Param>),
    }

    pub enum ArgItem {
        Pos(Expr),
        DStar(Expr, Span),
        Kw(Box<(Expr, Expr)>, Span),
        Gen(Expr),
    }

    pub fn err(msg: impl Into<String>, span: Span) -> SyntaxError {
        crate::lexer::err(msg, span.start as usize, span.end as usize)
    }

    pub fn user(e: SyntaxError) -> PErr {
        ParseError::User { error: e }
    }

    fn fail<T>(msg: impl Into<String>, span: Span) -> Result<T, PErr> {
        Err(user(err(msg, span)))
    }

    pub fn mk(lo: usize, hi: usize, kind: ExprKind) -> Expr {
        Expr {
            span: Span::new(lo, hi),
            kind,
        }
    }

    pub fn tuple_or_single(lo: usize, hi: usize, l: (Vec<Expr>, bool)) -> Expr {
        let (mut v, trailing) = l;
        if v.len() == 1 && !trailing {
            v.pop().unwrap()
        } else {
            mk(lo, hi, ExprKind::Tuple(v))
        }
    }

    pub fn paren(lo: usize, hi: usize, l: (Vec<Expr>, bool)) -> Result<Expr, PErr> {
        let (mut v, trailing) = l;
        if v.len() == 1 && !trailing {
            let e = v.pop().unwrap();
            if let ExprKind::Starred(_) = e.kind {
                return fail("cannot use starred expression here", e.span);
            }
            Ok(e)
        } else {
            Ok(mk(lo, hi, ExprKind::Tuple(v)))
        }
    }

    pub fn boolop(lo: usize, hi: usize, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
        let mut values = Vec::with_capacity(rest.len() + 1);
        values.push(first);
        values.extend(rest);
        mk(lo, hi, ExprKind::BoolOp { op, values })
    }

    pub fn binop(lo: usize, hi: usize, l: Expr, op: BinOp, r: Expr) -> Expr {
        mk(
            lo,
            hi,
            ExprKind::BinOp {
                left: Box::new(l),
                op,
                right: Box::new(r),
            },
        )
    }

    /// CPython's name for an expression kind in error messages.
    pub fn expr_name(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::Starred(_) => "starred",
            ExprKind::Name(_) => "name",
            ExprKind::List(_) => "list",
            ExprKind::Tuple(_) => "tuple",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "expression"
            }
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::Await(_) => "await expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Dict(_) => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::JoinedStr(_) => "f-string expression",
            ExprKind::Constant(Constant::None) => "None",
            ExprKind::Constant(Constant::True) => "True",
            ExprKind::Constant(Constant::False) => "False",
            ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
            ExprKind::Constant(_) => "literal",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Slice { .. } => "slice",
        }
    }

    #[derive(Clone, Copy, PartialEq)]
    pub enum Ctx {
        Other,
        Del,
    }

    /// First sub-expression that cannot be a target.
    fn find_invalid(e: &Expr, ctx: Ctx) -> Option<&Expr> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().find_map(|x| match &x.kind {
                    ExprKind::Starred(inner) if ctx != Ctx::Del => find_invalid(inner, ctx),
                    _ => find_invalid(x, ctx),
                })
            }
            _ => Some(e),
        }
    }

    fn check_stars(e: &Expr) -> Result<(), PErr> {
        if let ExprKind::Tuple(elts) | ExprKind::List(elts) = &e.kind {
            let n = elts
                .iter()
                .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                .count();
            if n > 1 {
                return fail("multiple starred expressions in assignment", e.span);
            }
            for x in elts {
                match &x.kind {
                    ExprKind::Starred(inner) => check_stars(inner)?,
                    _ => check_stars(x)?,
                }
            }
        }
        Ok(())
    }

    /// Validate an assignment target (for/with/comprehension/del).
    pub fn check_store(e: &Expr, ctx: Ctx) -> Result<(), PErr> {
        if let Some(bad) = find_invalid(e, ctx) {
            let name = expr_name(bad);
            return if ctx == Ctx::Del {
                fail(format!("cannot delete {name}"), bad.span)
            } else if let ExprKind::Starred(_) = bad.kind {
                fail(
                    "starred assignment target must be in a list or tuple",
                    bad.span,
                )
            } else {
                fail(format!("cannot assign to {name}"), bad.span)
            };
        }
        if ctx != Ctx::Del {
            check_stars(e)?;
        }
        Ok(())
    }

    fn check_value(v: &Expr) -> Result<(), PErr> {
        if let ExprKind::Starred(_) = v.kind {
            return fail("can't use starred expression here", v.span);
        }
        Ok(())
    }

    pub fn expr_stmt(e: Expr) -> Result<StmtKind, PErr> {
        check_value(&e)?;
        Ok(StmtKind::Expr(e))
    }

    fn is_parenthesized_tuple(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Tuple(elts) => elts.first().is_none_or(|f| f.span.start > e.span.start),
            _ => true,
        }
    }

    pub fn assign(first: Expr, mut rest: Vec<Expr>) -> Result<StmtKind, PErr> {
        let value = rest.pop().unwrap();
        check_value(&value)?;
        let mut targets = Vec::with_capacity(rest.len() + 1);
        targets.push(first);
        targets.extend(rest);
        let single = targets.len() == 1;
        for t in &targets {
            if let Some(bad) = find_invalid(t, Ctx::Other) {
                let name = expr_name(bad);
                if matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                    return fail("assignment to yield expression not possible", bad.span);
                }
                if let ExprKind::Starred(_) = bad.kind {
                    return fail(
                        "starred assignment target must be in a list or tuple",
                        bad.span,
                    );
                }
                let direct = std::ptr::eq(bad, t)
                    || (!is_parenthesized_tuple(t)
                        && matches!(&t.kind, ExprKind::Tuple(elts) if elts.iter().any(|x| std::ptr::eq(x, bad))));
                let excluded = matches!(
                    bad.kind,
                    ExprKind::Tuple(_)
                        | ExprKind::List(_)
                        | ExprKind::GeneratorExp { .. }
                        | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
                        | ExprKind::Compare { .. }
                        | ExprKind::BoolOp { .. }
                        | ExprKind::UnaryOp {
                            op: UnaryOp::Not,
                            ..
                        }
                        | ExprKind::IfExp { .. }
                        | ExprKind::Lambda { .. }
                );
                let msg = if single && direct && !excluded {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {name}")
                };
                return fail(msg, bad.span);
            }
            check_stars(t)?;
        }
        Ok(StmtKind::Assign { targets, value })
    }

    pub fn aug_assign(target: Expr, op: BinOp, value: Expr) -> Result<StmtKind, PErr> {
        match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            _ => {
                return fail(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&target)
                    ),
                    target.span,
                );
            }
        }
        check_value(&value)?;
        Ok(StmtKind::AugAssign { target, op, value })
    }

    pub fn ann_assign(
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    ) -> Result<StmtKind, PErr> {
        match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple(_) => {
                return fail(
                    "only single target (not tuple) can be annotated",
                    target.span,
                );
            }
            ExprKind::List(_) => {
                return fail(
                    "only single target (not list) can be annotated",
                    target.span,
                );
            }
            _ => return fail("illegal target for annotation", target.span),
        }
        if let Some(v) = &value {
            check_value(v)?;
        }
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
        })
    }

    pub fn delete(targets: Vec<Expr>) -> Result<StmtKind, PErr> {
        for t in &targets {
            check_store(t, Ctx::Del)?;
        }
        Ok(StmtKind::Delete(targets))
    }

    pub fn named_expr(lo: usize, hi: usize, t: Expr, v: Expr) -> Result<Expr, PErr> {
        if !matches!(t.kind, ExprKind::Name(_)) {
            return fail(
                format!("cannot use assignment expressions with {}", expr_name(&t)),
                t.span,
            );
        }
        Ok(mk(
            lo,
            hi,
            ExprKind::NamedExpr {
                target: Box::new(t),
                value: Box::new(v),
            },
        ))
    }

    pub fn end_of(body: &[Stmt], orelse: &[Stmt]) -> usize {
        orelse
            .last()
            .or(body.last())
            .map(|s| s.span.end as usize)
            .unwrap_or(0)
    }

    pub type Elif = (usize, Expr, Vec<Stmt>);

    pub fn if_chain(
        lo: usize,
        test: Expr,
        body: Vec<Stmt>,
        elifs: Vec<Box<Elif>>,
        orelse: Option<Vec<Stmt>>,
    ) -> Stmt {
        let mut orelse = orelse.unwrap_or_default();
        for elif in elifs.into_iter().rev() {
            let (elo, t, b) = *elif;
            let hi = end_of(&b, &orelse);
            orelse = vec![Stmt {
                span: Span::new(elo, hi),
                kind: StmtKind::If {
                    test: t,
                    body: b,
                    orelse,
                },
            }];
        }
        let hi = end_of(&body, &orelse);
        Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::If { test, body, orelse },
        }
    }

    pub fn try_stmt(
        lo: usize,
        body: Vec<Stmt>,
        handlers: Vec<Box<ExceptHandler>>,
        orelse: Option<Vec<Stmt>>,
        finalbody: Option<Vec<Stmt>>,
    ) -> Result<Box<Stmt>, PErr> {
        let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| *h).collect();
        for h in handlers.iter().take(handlers.len().saturating_sub(1)) {
            if h.typ.is_none() {
                return fail("default 'except:' must be last", h.span);
            }
        }
        let orelse = orelse.unwrap_or_default();
        let finalbody = finalbody.unwrap_or_default();
        let hi = finalbody
            .last()
            .or(orelse.last())
            .or(handlers.last().and_then(|h| h.body.last()))
            .or(body.last())
            .map(|s| s.span.end as usize)
            .unwrap_or(lo);
        Ok(Box::new(Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        }))
    }

    pub fn with_stmt(lo: usize, items: Vec<Box<WithItem>>, body: Vec<Stmt>) -> Stmt {
        let hi = end_of(&body, &[]);
        let items = items.into_iter().map(|b| *b).collect();
        Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::With { items, body },
        }
    }

    pub fn st(lo: usize, hi: usize, kind: StmtKind) -> Box<Stmt> {
        Box::new(Stmt {
            span: Span::new(lo, hi),
            kind,
        })
    }

    pub fn decorate(decos: Vec<Expr>, mut s: Box<Stmt>) -> Box<Stmt> {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => f.decorators = decos,
            StmtKind::ClassDef(c) => c.decorators = decos,
            _ => {}
        }
        s
    }

    pub fn build_params(items: Vec<ParamItem>, _lo: usize) -> Result<Params, PErr> {
        let mut p = Params::default();
        // 0: positional, 1: after `*`, 2: after `**`
        let mut state = 0;
        let mut seen_slash = false;
        let mut seen_default = false;
        let mut bare_star: Option<Span> = None;
        for item in items {
            match item {
                ParamItem::Plain(param) => match state {
                    0 => {
                        if param.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            return fail(
                                "non-default argument follows default argument",
                                param.span,
                            );
                        }
                        p.args.push(*param);
                    }
                    1 => {
                        bare_star = None;
                        p.kwonly.push(*param);
                    }
                    _ => {
                        return fail("arguments cannot follow var-keyword argument", param.span);
                    }
                },
                ParamItem::Slash(sp) => {
                    if state == 2 {
                        return fail("arguments cannot follow var-keyword argument", sp);
                    }
                    if state == 1 {
                        return fail("/ must be ahead of *", sp);
                    }
                    if seen_slash {
                        return fail("/ may appear only once", sp);
                    }
                    if p.args.is_empty() {
                        return fail("at least one argument must precede /", sp);
                    }
                    p.posonly = std::mem::take(&mut p.args);
                    seen_slash = true;
                }
                ParamItem::Star(param, sp) => {
                    if state == 2 {
                        return fail("arguments cannot follow var-keyword argument", sp);
                    }
                    if state == 1 {
                        return fail("* argument may appear only once", sp);
                    }
                    state = 1;
                    match param {
                        None => bare_star = Some(sp),
                        Some(param) => p.vararg = Some(*param),
                    }
                }
                ParamItem::DStar(param) => {
                    if state == 2 {
                        return fail("arguments cannot follow var-keyword argument", param.span);
                    }
                    if let Some(sp) = bare_star {
                        return fail("named arguments must follow bare *", sp);
                    }
                    p.kwarg = Some(*param);
                    state = 2;
                }
            }
        }
        if let Some(sp) = bare_star {
            return fail("named arguments must follow bare *", sp);
        }
        let all = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg);
        let mut seen: Vec<&str> = Vec::new();
        for param in all {
            if seen.contains(&param.name.as_str()) {
                return fail(
                    format!("duplicate argument '{}' in function definition", param.name),
                    param.span,
                );
            }
            seen.push(&param.name);
        }
        Ok(p)
    }

    pub fn build_args(items: Vec<ArgItem>) -> Result<(Vec<Expr>, Vec<Keyword>), PErr> {
        let n = items.len();
        let mut args = Vec::new();
        let mut kws: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        for item in items {
            match item {
                ArgItem::Pos(e) => {
                    if let ExprKind::Starred(_) = e.kind {
                        if seen_dstar {
                            return fail(
                                "iterable argument unpacking follows keyword argument unpacking",
                                e.span,
                            );
                        }
                    } else if seen_dstar {
                        return fail(
                            "positional argument follows keyword argument unpacking",
                            e.span,
                        );
                    } else if seen_kw {
                        return fail("positional argument follows keyword argument", e.span);
                    }
                    args.push(e);
                }
                ArgItem::Gen(e) => {
                    if n > 1 {
                        return fail("Generator expression must be parenthesized", e.span);
                    }
                    args.push(e);
                }
                ArgItem::Kw(kv, span) => {
                    let (k, v) = *kv;
                    match k.kind {
                        ExprKind::Name(name) => {
                            if kws.iter().any(|kw| kw.arg.as_deref() == Some(&name)) {
                                return fail(format!("keyword argument repeated: {name}"), k.span);
                            }
                            kws.push(Keyword {
                                arg: Some(name),
                                value: v,
                                span,
                            })
                        }
                        ExprKind::Constant(Constant::True | Constant::False | Constant::None) => {
                            return fail(format!("cannot assign to {}", expr_name(&k)), span);
                        }
                        _ => {
                            return fail(
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                                span,
                            );
                        }
                    }
                    seen_kw = true;
                }
                ArgItem::DStar(e, span) => {
                    kws.push(Keyword {
                        arg: None,
                        value: e,
                        span,
                    });
                    seen_dstar = true;
                }
            }
        }
        Ok((args, kws))
    }

    /// Adjacent string literals: concatenate, parse f-strings.
    pub fn strings(parts: Vec<(usize, StrTok, usize)>) -> Result<Expr, PErr> {
        let lo = parts[0].0;
        let hi = parts[parts.len() - 1].2;
        let span = Span::new(lo, hi);
        let nbytes = parts
            .iter()
            .filter(|p| matches!(p.1, StrTok::Bytes(_)))
            .count();
        if nbytes != 0 && nbytes != parts.len() {
            return fail("cannot mix bytes and nonbytes literals", span);
        }
        if nbytes != 0 {
            let mut out = Vec::new();
            for p in parts {
                if let StrTok::Bytes(b) = p.1 {
                    out.extend(b);
                }
            }
            return Ok(mk(lo, hi, ExprKind::Constant(Constant::Bytes(out))));
        }
        if !parts.iter().any(|p| matches!(p.1, StrTok::FStr { .. })) {
            let mut out = String::new();
            for p in parts {
                if let StrTok::Str(s) = p.1 {
                    if out.is_empty() {
                        out = s;
                    } else {
                        out.push_str(&s);
                    }
                }
            }
            return Ok(mk(lo, hi, ExprKind::Constant(Constant::Str(out))));
        }
        let mut out: Vec<FStringPart> = Vec::new();
        for p in parts {
            match p.1 {
                StrTok::Str(s) => push_lit(&mut out, s),
                StrTok::FStr { body, offset, raw } => {
                    for part in super::fstring::parse(&body, offset, raw, 0).map_err(user)? {
                        match part {
                            FStringPart::Literal(s) => push_lit(&mut out, s),
                            v => out.push(v),
                        }
                    }
                }
                StrTok::Bytes(_) => unreachable!(),
            }
        }
        Ok(mk(lo, hi, ExprKind::JoinedStr(out)))
    }

    pub(super) fn push_lit(out: &mut Vec<FStringPart>, s: String) {
        if s.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = out.last_mut() {
            prev.push_str(&s);
        } else {
            out.push(FStringPart::Literal(s));
        }
    }

    pub(super) fn decode_lit(text: &str, raw: bool, at: usize) -> Result<String, SyntaxError> {
        decode_str(text, raw).map_err(|m| crate::lexer::err(m, at, at + text.len()))
    }
}

/// f-string body splitting (Python 3.11 rules).
mod fstring {
    use super::helpers::{decode_lit, push_lit};
    use super::{SyntaxError, parse_fstring_expr};
    use crate::ast::FStringPart;
    use crate::lexer::err;

    struct Ctx<'a> {
        body: &'a str,
        b: &'a [u8],
        offset: usize,
        raw: bool,
    }

    pub fn parse(
        body: &str,
        offset: usize,
        raw: bool,
        _depth: u32,
    ) -> Result<Vec<FStringPart>, SyntaxError> {
        let cx = Ctx {
            body,
            b: body.as_bytes(),
            offset,
            raw,
        };
        let mut out = Vec::new();
        let mut i = 0;
        let mut lit_start = 0;
        let mut lit = String::new();
        let flush = |lit: &mut String, start: usize, end: usize, out: &mut Vec<FStringPart>| {
            if start < end {
                lit.push_str(&cx.body[start..end]);
            }
            if !lit.is_empty() {
                let text = std::mem::take(lit);
                let s = decode_lit(&text, cx.raw, cx.offset + start)?;
                push_lit(out, s);
            }
            Ok::<(), SyntaxError>(())
        };
        while i < cx.b.len() {
            match cx.b[i] {
                b'\\' if !raw => {
                    // Keep escapes together; a backslash before a brace
                    // stays a literal backslash.
                    match cx.b.get(i + 1) {
                        Some(b'{') | Some(b'}') | None => i += 1,
                        Some(b'N') if cx.b.get(i + 2) == Some(&b'{') => {
                            // `\N{NAME}` is an escape, not a replacement field;
                            // the literal decoder checks the name.
                            i = match cx.b[i + 3..].iter().position(|&c| c == b'}') {
                                Some(k) => i + 3 + k + 1,
                                None => cx.b.len(),
                            };
                        }
                        Some(_) => {
                            let c = body[i + 1..].chars().next().unwrap();
                            i += 1 + c.len_utf8();
                        }
                    }
                }
                b'{' => {
                    if cx.b.get(i + 1) == Some(&b'{') {
                        flush(&mut lit, lit_start, i + 1, &mut out)?;
                        i += 2;
                        lit_start = i;
                        continue;
                    }
                    flush(&mut lit, lit_start, i, &mut out)?;
                    let (part, next) = field(&cx, i + 1, 0)?;
                    out.push(part);
                    i = next;
                    lit_start = i;
                }
                b'}' => {
                    if cx.b.get(i + 1) == Some(&b'}') {
                        flush(&mut lit, lit_start, i + 1, &mut out)?;
                        i += 2;
                        lit_start = i;
                        continue;
                    }
                    return Err(err(
                        "f-string: single '}' is not allowed",
                        offset + i,
                        offset + i + 1,
                    ));
                }
                _ => i += 1,
            }
        }
        flush(&mut lit, lit_start, cx.b.len(), &mut out)?;
        Ok(out)
    }

    fn expecting(cx: &Ctx, at: usize) -> SyntaxError {
        let at = cx.offset + at.min(cx.b.len());
        err("f-string: expecting '}'", at, at)
    }

    /// Parse a replacement field whose `{` is just before `start`; returns
    /// the part and the index after its closing `}`.
    fn field(cx: &Ctx, start: usize, nested: u32) -> Result<(FStringPart, usize), SyntaxError> {
        let b = cx.b;
        let mut j = start;
        let mut depth: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut debug = false;
        loop {
            let Some(&c) = b.get(j) else {
                return Err(expecting(cx, j));
            };
            if c == b'\\' {
                return Err(err(
                    "f-string expression part cannot include a backslash",
                    cx.offset + j,
                    cx.offset + j + 1,
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                        quote = None;
                        j += 2;
                    }
                }
                j += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c);
                    quote = Some((c, triple));
                    if triple {
                        j += 2;
                    }
                }
                b'#' => {
                    return Err(err(
                        "f-string expression part cannot include '#'",
                        cx.offset + j,
                        cx.offset + j + 1,
                    ));
                }
                b'(' | b'[' | b'{' => depth.push(c),
                b')' | b']' | b'}' if !depth.is_empty() => {
                    depth.pop();
                }
                b')' | b']' => {
                    return Err(err(
                        format!("f-string: unmatched '{}'", c as char),
                        cx.offset + j,
                        cx.offset + j + 1,
                    ));
                }
                b'}' => break,
                b'!' if depth.is_empty() && b.get(j + 1) != Some(&b'=') => break,
                b':' if depth.is_empty() => break,
                b'=' if depth.is_empty() => {
                    let next = b.get(j + 1).copied();
                    let prev = if j > start { b[j - 1] } else { b' ' };
                    if next == Some(b'=') {
                        j += 2;
                        continue;
                    }
                    if !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        debug = true;
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        let expr_text = &cx.body[start..j];
        if expr_text.trim().is_empty() {
            return Err(err(
                "f-string: empty expression not allowed",
                cx.offset + j,
                cx.offset + j + 1,
            ));
        }
        let value = parse_fstring_expr(expr_text, cx.offset + start)?;
        let mut debug_text = None;
        if debug {
            j += 1;
            while matches!(b.get(j), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                j += 1;
            }
            debug_text = Some(cx.body[start..j].to_string());
        }
        let mut conversion = None;
        if b.get(j) == Some(&b'!') {
            let c = b.get(j + 1).copied().unwrap_or(b'}');
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    cx.offset + j + 1,
                    cx.offset + j + 2,
                ));
            }
            conversion = Some(c as char);
            j += 2;
        }
        let mut spec = None;
        if b.get(j) == Some(&b':') {
            j += 1;
            let mut parts = Vec::new();
            let mut lit_start = j;
            loop {
                let Some(&c) = b.get(j) else {
                    return Err(expecting(cx, j));
                };
                match c {
                    b'{' => {
                        if nested >= 1 {
                            return Err(err(
                                "f-string: expressions nested too deeply",
                                cx.offset + j,
                                cx.offset + j + 1,
                            ));
                        }
                        if lit_start < j {
                            let s =
                                decode_lit(&cx.body[lit_start..j], cx.raw, cx.offset + lit_start)?;
                            push_lit(&mut parts, s);
                        }
                        let (p, next) = field(cx, j + 1, nested + 1)?;
                        parts.push(p);
                        j = next;
                        lit_start = j;
                    }
                    b'}' => break,
                    _ => j += 1,
                }
            }
            if lit_start < j {
                let s = decode_lit(&cx.body[lit_start..j], cx.raw, cx.offset + lit_start)?;
                push_lit(&mut parts, s);
            }
            spec = Some(parts);
        }
        if b.get(j) != Some(&b'}') {
            return Err(expecting(cx, j));
        }
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        Ok((
            FStringPart::Value {
                value: Box::new(value),
                conversion,
                spec,
                debug_text,
            },
            j + 1,
        ))
    }
}

#[cfg(test)]
mod tests;
