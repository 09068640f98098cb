//! Tokenizer: a `logos` scanner for raw tokens plus an indentation layer that
//! produces NEWLINE / INDENT / DEDENT the way CPython's tokenizer does.
//!
//! The output is a vector of `(start, Tok, end)` triples with absolute byte
//! offsets, ready for the lalrpop parser. Tokenizing stops at the first error;
//! the error is returned alongside the tokens seen so far, so the parser can
//! report an earlier syntax error first (as CPython's lazy tokenizer does).

use crate::ast::Span;
use crate::parser::{SyntaxError, SyntaxErrorKind};
use logos::Logos;

/// A string literal token, already decoded unless it is an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum StrTok {
    Str(String),
    Bytes(Vec<u8>),
    /// f-string: the raw text between the quotes, and its absolute offset.
    FStr {
        body: String,
        offset: usize,
        raw: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(String),
    Float(f64),
    Imag(f64),
    Str(StrTok),
    Newline,
    Indent,
    Dedent,
    // Synthetic tokens that select the grammar entry point / with-form.
    StartModule,
    StartExpr,
    WithLParen,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Semi,
    Dot,
    Ellipsis,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amp,
    Pipe,
    Caret,
    Tilde,
    Lt,
    Gt,
    LtE,
    GtE,
    EqEq,
    NotEq,
    Arrow,
    Eq,
    ColonEq,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    DoubleSlashEq,
    PercentEq,
    AtEq,
    LShiftEq,
    RShiftEq,
    AmpEq,
    PipeEq,
    CaretEq,
    DoubleStarEq,
}

impl Tok {
    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            False
                | None
                | True
                | And
                | As
                | Assert
                | Async
                | Await
                | Break
                | Class
                | Continue
                | Def
                | Del
                | Elif
                | Else
                | Except
                | Finally
                | For
                | From
                | Global
                | If
                | Import
                | In
                | Is
                | Lambda
                | Nonlocal
                | Not
                | Or
                | Pass
                | Raise
                | Return
                | Try
                | While
                | With
                | Yield
        )
    }
}

fn keyword(s: &str) -> Option<Tok> {
    use Tok::*;
    Some(match s {
        "False" => False,
        "None" => None,
        "True" => True,
        "and" => And,
        "as" => As,
        "assert" => Assert,
        "async" => Async,
        "await" => Await,
        "break" => Break,
        "class" => Class,
        "continue" => Continue,
        "def" => Def,
        "del" => Del,
        "elif" => Elif,
        "else" => Else,
        "except" => Except,
        "finally" => Finally,
        "for" => For,
        "from" => From,
        "global" => Global,
        "if" => If,
        "import" => Import,
        "in" => In,
        "is" => Is,
        "lambda" => Lambda,
        "nonlocal" => Nonlocal,
        "not" => Not,
        "or" => Or,
        "pass" => Pass,
        "raise" => Raise,
        "return" => Return,
        "try" => Try,
        "while" => While,
        "with" => With,
        "yield" => Yield,
        _ => return Option::None,
    })
}

/// Errors detected inside logos callbacks.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RawErr {
    #[default]
    Invalid,
    InvalidChar(char),
    UntermString,
    UntermTriple,
}

/// Prefix / quote information of a string literal token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrInfo {
    prefix_len: u8,
    raw: bool,
    bytes: bool,
    fmt: bool,
    triple: bool,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(error = RawErr)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
enum Raw {
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"\\(\r\n|\n|\r)?")]
    Backslash,
    #[regex(r"[_a-zA-Z][_a-zA-Z0-9]*", name_cb)]
    #[regex(r"[^\x00-\x7F]", name_cb)]
    Name,
    #[regex(r"[0-9](_?[0-9])*")]
    DecInt,
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    HexInt,
    #[regex(r"0[oO](_?[0-7])+")]
    OctInt,
    #[regex(r"0[bB](_?[01])+")]
    BinInt,
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float,
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imag,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#, string_cb)]
    Str(StrInfo),
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtE,
    #[token(">=")]
    GtE,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("->")]
    Arrow,
    #[token("=")]
    Eq,
    #[token(":=")]
    ColonEq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("//=")]
    DoubleSlashEq,
    #[token("%=")]
    PercentEq,
    #[token("@=")]
    AtEq,
    #[token("<<=")]
    LShiftEq,
    #[token(">>=")]
    RShiftEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("**=")]
    DoubleStarEq,
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

fn name_cb(lex: &mut logos::Lexer<Raw>) -> Result<(), RawErr> {
    let first = lex.slice().chars().next().unwrap_or(' ');
    if !first.is_ascii() && !first.is_alphabetic() {
        return Err(RawErr::InvalidChar(first));
    }
    let rem = lex.remainder();
    let mut n = 0;
    for c in rem.chars() {
        if is_id_continue(c) {
            n += c.len_utf8();
        } else {
            break;
        }
    }
    lex.bump(n);
    Ok(())
}

fn string_cb(lex: &mut logos::Lexer<Raw>) -> Result<StrInfo, RawErr> {
    let slice = lex.slice().as_bytes();
    let q = slice[slice.len() - 1];
    let prefix = &slice[..slice.len() - 1];
    let mut info = StrInfo {
        prefix_len: prefix.len() as u8,
        raw: false,
        bytes: false,
        fmt: false,
        triple: false,
    };
    for &c in prefix {
        match c {
            b'r' | b'R' => info.raw = true,
            b'b' | b'B' => info.bytes = true,
            b'f' | b'F' => info.fmt = true,
            _ => {}
        }
    }
    let rem = lex.remainder().as_bytes();
    let mut i = 0;
    if rem.len() >= 2 && rem[0] == q && rem[1] == q {
        info.triple = true;
        i = 2;
    }
    loop {
        if i >= rem.len() {
            lex.bump(rem.len());
            return Err(if info.triple {
                RawErr::UntermTriple
            } else {
                RawErr::UntermString
            });
        }
        let c = rem[i];
        if c == b'\\' {
            if rem.get(i + 1) == Some(&b'\r') && rem.get(i + 2) == Some(&b'\n') {
                i += 3;
            } else {
                i += 2;
            }
            continue;
        }
        if c == q {
            if !info.triple {
                i += 1;
                break;
            }
            if rem.get(i + 1) == Some(&q) && rem.get(i + 2) == Some(&q) {
                i += 3;
                break;
            }
        }
        if !info.triple && (c == b'\n' || c == b'\r') {
            lex.bump(i);
            return Err(RawErr::UntermString);
        }
        i += 1;
    }
    lex.bump(i);
    Ok(info)
}

pub type Spanned = (usize, Tok, usize);

/// The result of tokenizing: tokens up to the first error, the error if any,
/// and the index of the first DEDENT synthesized at end of input (so the
/// parser can tell "input ended too early" from a real error).
pub struct Tokens {
    pub toks: Vec<Spanned>,
    pub error: Option<SyntaxError>,
    pub eof_dedents_at: usize,
}

/// 1-based line number of byte offset `pos` in `src`.
pub(crate) fn line_of(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    src.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub(crate) fn err(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
    SyntaxError {
        message: msg.into(),
        span: Span::new(start, end),
        hint: Option::None,
        incomplete: false,
        kind: SyntaxErrorKind::SyntaxError,
    }
}

struct Indenter<'a> {
    src: &'a str,
    base: usize,
    toks: Vec<Spanned>,
    /// (column with tabs to 8, column with tabs as 1)
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    expr_mode: bool,
}

/// Tokenize a whole module.
pub fn tokenize(src: &str) -> Tokens {
    tokenize_impl(src, 0, false)
}

/// Tokenize an f-string replacement expression: newlines are ignored (as if
/// inside parentheses), offsets are shifted by `base`.
pub fn tokenize_expr(src: &str, base: usize) -> Tokens {
    tokenize_impl(src, base, true)
}

fn tokenize_impl(src: &str, base: usize, expr_mode: bool) -> Tokens {
    let mut st = Indenter {
        src,
        base,
        toks: Vec::with_capacity(src.len() / 4 + 4),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        at_line_start: true,
        expr_mode,
    };
    st.toks.push((
        base,
        if expr_mode {
            Tok::StartExpr
        } else {
            Tok::StartModule
        },
        base,
    ));
    let mut error = Option::None;
    let mut lex = Raw::lexer(src);
    while let Some(res) = lex.next() {
        let span = lex.span();
        let r = match res {
            Ok(t) => st.token(t, span.start, span.end, lex.slice()),
            Err(e) => Err(st.raw_error(e, span.start, span.end)),
        };
        if let Err(e) = r {
            error = Some(e);
            break;
        }
    }
    let mut eof_dedents_at = usize::MAX;
    if error.is_none() {
        if let Some(&(c, pos)) = st.brackets.last() {
            let mut e = err(
                format!("'{}' was never closed", c as char),
                base + pos,
                base + pos + 1,
            );
            e.incomplete = true;
            error = Some(e);
        } else if !expr_mode {
            let end = base + src.len();
            if !st.at_line_start {
                st.toks.push((end, Tok::Newline, end));
            }
            eof_dedents_at = st.toks.len();
            for _ in 1..st.indents.len() {
                st.toks.push((end, Tok::Dedent, end));
            }
        }
    }
    if error.is_some() {
        eof_dedents_at = usize::MAX;
    }
    with_paren_pass(&mut st.toks);
    Tokens {
        toks: st.toks,
        error,
        eof_dedents_at,
    }
}

/// Mark `with (` whose matching `)` is directly followed by `:` as the
/// parenthesized with-items form, which the grammar parses separately.
fn with_paren_pass(toks: &mut [Spanned]) {
    for i in 0..toks.len() {
        if toks[i].1 != Tok::With || toks.get(i + 1).map(|t| &t.1) != Some(&Tok::LParen) {
            continue;
        }
        let mut depth = 0usize;
        let mut j = i + 1;
        while j < toks.len() {
            match toks[j].1 {
                Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::WithLParen => depth += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Tok::Newline => break,
                _ => {}
            }
            j += 1;
        }
        let top_level_sep = toks[i + 2..j.min(toks.len())].iter().scan(0i32, |d, t| {
            let at_top = *d == 0;
            match t.1 {
                Tok::LParen | Tok::LBracket | Tok::LBrace => *d += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => *d -= 1,
                _ => {}
            }
            Some(at_top && matches!(t.1, Tok::As | Tok::Comma))
        });
        let mut top_level_sep = top_level_sep;
        if j < toks.len()
            && depth == 0
            && top_level_sep.any(|x| x)
            && toks[j].1 == Tok::RParen
            && toks.get(j + 1).map(|t| &t.1) == Some(&Tok::Colon)
        {
            toks[i + 1].1 = Tok::WithLParen;
        }
    }
}

impl<'a> Indenter<'a> {
    fn raw_error(&self, e: RawErr, start: usize, end: usize) -> SyntaxError {
        let b = self.base;
        match e {
            RawErr::Invalid => err("invalid syntax", b + start, b + end),
            RawErr::InvalidChar(c) => {
                let msg = if c.is_control() || c.is_whitespace() {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                };
                err(msg, b + start, b + end)
            }
            RawErr::UntermString => err(
                format!(
                    "unterminated string literal (detected at line {})",
                    line_of(self.src, start)
                ),
                b + start,
                b + start + 1,
            ),
            RawErr::UntermTriple => {
                let mut e = err(
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        line_of(
                            self.src,
                            self.src.len() - usize::from(self.src.ends_with('\n'))
                        )
                    ),
                    b + start,
                    b + start + 1,
                );
                e.incomplete = true;
                e
            }
        }
    }

    fn push(&mut self, start: usize, t: Tok, end: usize) {
        self.toks.push((self.base + start, t, self.base + end));
    }

    fn indentation(&mut self, start: usize) -> Result<(), SyntaxError> {
        let bytes = self.src.as_bytes();
        let mut ls = start;
        while ls > 0 && bytes[ls - 1] != b'\n' && bytes[ls - 1] != b'\r' {
            ls -= 1;
        }
        let (mut col, mut alt) = (0usize, 0usize);
        for &c in &bytes[ls..start] {
            match c {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0C' => {
                    col = 0;
                    alt = 0;
                }
                // Something other than whitespace precedes the token on its
                // line (only possible after a backslash continuation).
                _ => return Ok(()),
            }
        }
        let (top, top_alt) = *self.indents.last().unwrap();
        let tab_err = |s: &Self| {
            let mut e = err(
                "inconsistent use of tabs and spaces in indentation",
                s.base + start,
                s.base + start,
            );
            e.kind = SyntaxErrorKind::TabError;
            e
        };
        if col == top {
            if alt != top_alt {
                return Err(tab_err(self));
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_err(self));
            }
            self.indents.push((col, alt));
            self.push(ls, Tok::Indent, start);
        } else {
            while col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.push(start, Tok::Dedent, start);
            }
            let (top, top_alt) = *self.indents.last().unwrap();
            if col != top {
                let mut e = err(
                    "unindent does not match any outer indentation level",
                    self.base + start,
                    self.base + start,
                );
                e.kind = SyntaxErrorKind::IndentationError;
                return Err(e);
            }
            if alt != top_alt {
                return Err(tab_err(self));
            }
        }
        Ok(())
    }

    fn token(&mut self, raw: Raw, s: usize, e: usize, text: &str) -> Result<(), SyntaxError> {
        let b = self.base;
        match raw {
            Raw::Newline => {
                if self.brackets.is_empty() && !self.at_line_start && !self.expr_mode {
                    self.push(s, Tok::Newline, e);
                    self.at_line_start = true;
                }
                return Ok(());
            }
            Raw::Backslash => {
                if text.len() == 1 {
                    let rest = &self.src[e..];
                    if rest.trim().is_empty() {
                        let mut er = err("unexpected EOF while parsing", b + s, b + e);
                        er.incomplete = true;
                        return Err(er);
                    }
                    return Err(err(
                        "unexpected character after line continuation character",
                        b + s,
                        b + e,
                    ));
                }
                if self.src[e..].trim().is_empty() && self.brackets.is_empty() && !self.expr_mode {
                    let mut er = err("unexpected EOF while parsing", b + s, b + e);
                    er.incomplete = true;
                    return Err(er);
                }
                return Ok(());
            }
            _ => {}
        }
        if self.at_line_start {
            if !self.expr_mode {
                self.indentation(s)?;
            }
            self.at_line_start = false;
        }
        let tok = match raw {
            Raw::Newline | Raw::Backslash => unreachable!(),
            Raw::Name => match keyword(text) {
                Some(k) => k,
                Option::None => Tok::Name(text.to_string()),
            },
            Raw::DecInt => {
                self.check_number_end(e, "decimal")?;
                let t = text.as_bytes();
                if t.len() > 1 && t[0] == b'0' && t.iter().any(|&c| c != b'0' && c != b'_') {
                    return Err(err(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        b + s,
                        b + e,
                    ));
                }
                Tok::Int(text.replace('_', ""))
            }
            Raw::HexInt | Raw::OctInt | Raw::BinInt => {
                let (kind, digits): (&str, fn(char) -> bool) = match raw {
                    Raw::HexInt => ("hexadecimal", |c| c.is_ascii_hexdigit()),
                    Raw::OctInt => ("octal", |c| ('0'..='7').contains(&c)),
                    _ => ("binary", |c| c == '0' || c == '1'),
                };
                if kind != "hexadecimal"
                    && let Some(c) = self.src[e..].chars().next()
                    && c.is_ascii_digit()
                    && !digits(c)
                {
                    return Err(err(
                        format!("invalid digit '{c}' in {kind} literal"),
                        b + e,
                        b + e + 1,
                    ));
                }
                self.check_number_end(e, kind)?;
                let mut v = text.replace('_', "");
                v.make_ascii_lowercase();
                Tok::Int(v)
            }
            Raw::Float => {
                self.check_number_end(e, "decimal")?;
                Tok::Float(text.replace('_', "").parse().unwrap_or(f64::INFINITY))
            }
            Raw::Imag => {
                self.check_number_end(e, "imaginary")?;
                let t = text[..text.len() - 1].replace('_', "");
                Tok::Imag(t.parse().unwrap_or(f64::INFINITY))
            }
            Raw::Str(info) => Tok::Str(self.string(info, s, e, text)?),
            Raw::LParen => self.open(b'(', s, Tok::LParen),
            Raw::LBracket => self.open(b'[', s, Tok::LBracket),
            Raw::LBrace => self.open(b'{', s, Tok::LBrace),
            Raw::RParen => self.close(b')', s, Tok::RParen)?,
            Raw::RBracket => self.close(b']', s, Tok::RBracket)?,
            Raw::RBrace => self.close(b'}', s, Tok::RBrace)?,
            Raw::Comma => Tok::Comma,
            Raw::Colon => Tok::Colon,
            Raw::Semi => Tok::Semi,
            Raw::Dot => Tok::Dot,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::DoubleStar => Tok::DoubleStar,
            Raw::Slash => Tok::Slash,
            Raw::DoubleSlash => Tok::DoubleSlash,
            Raw::Percent => Tok::Percent,
            Raw::At => Tok::At,
            Raw::LShift => Tok::LShift,
            Raw::RShift => Tok::RShift,
            Raw::Amp => Tok::Amp,
            Raw::Pipe => Tok::Pipe,
            Raw::Caret => Tok::Caret,
            Raw::Tilde => Tok::Tilde,
            Raw::Lt => Tok::Lt,
            Raw::Gt => Tok::Gt,
            Raw::LtE => Tok::LtE,
            Raw::GtE => Tok::GtE,
            Raw::EqEq => Tok::EqEq,
            Raw::NotEq => Tok::NotEq,
            Raw::Arrow => Tok::Arrow,
            Raw::Eq => Tok::Eq,
            Raw::ColonEq => Tok::ColonEq,
            Raw::PlusEq => Tok::PlusEq,
            Raw::MinusEq => Tok::MinusEq,
            Raw::StarEq => Tok::StarEq,
            Raw::SlashEq => Tok::SlashEq,
            Raw::DoubleSlashEq => Tok::DoubleSlashEq,
            Raw::PercentEq => Tok::PercentEq,
            Raw::AtEq => Tok::AtEq,
            Raw::LShiftEq => Tok::LShiftEq,
            Raw::RShiftEq => Tok::RShiftEq,
            Raw::AmpEq => Tok::AmpEq,
            Raw::PipeEq => Tok::PipeEq,
            Raw::CaretEq => Tok::CaretEq,
            Raw::DoubleStarEq => Tok::DoubleStarEq,
        };
        self.push(s, tok, e);
        Ok(())
    }

    fn open(&mut self, c: u8, s: usize, t: Tok) -> Tok {
        self.brackets.push((c, s));
        t
    }

    fn close(&mut self, c: u8, s: usize, t: Tok) -> Result<Tok, SyntaxError> {
        let b = self.base;
        match self.brackets.pop() {
            Option::None => Err(err(format!("unmatched '{}'", c as char), b + s, b + s + 1)),
            Some((o, pos)) => {
                let want = match o {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if want == c {
                    return Ok(t);
                }
                let (l1, l2) = (line_of(self.src, pos), line_of(self.src, s));
                let msg = if l1 == l2 {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, o as char
                    )
                } else {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                        c as char, o as char, l1
                    )
                };
                Err(err(msg, b + s, b + s + 1))
            }
        }
    }

    /// CPython rejects a number immediately followed by an identifier
    /// character, except for a few keywords (`1if x else y`).
    fn check_number_end(&self, e: usize, kind: &str) -> Result<(), SyntaxError> {
        let rest = &self.src[e..];
        let Some(c) = rest.chars().next() else {
            return Ok(());
        };
        if c == '.' && kind == "decimal" {
            // `1.e` etc. are handled by the regexes; `1..x` is fine.
        }
        if !is_id_continue(c) {
            return Ok(());
        }
        for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            if rest.starts_with(kw) {
                return Ok(());
            }
        }
        let at = self.base + e;
        Err(err(
            format!("invalid {kind} literal"),
            at,
            at + c.len_utf8(),
        ))
    }

    fn string(&self, info: StrInfo, s: usize, e: usize, text: &str) -> Result<StrTok, SyntaxError> {
        let q = if info.triple { 3 } else { 1 };
        let body_start = info.prefix_len as usize + q;
        let body = &text[body_start..text.len() - q];
        let abs = self.base + s;
        if info.fmt {
            return Ok(StrTok::FStr {
                body: body.to_string(),
                offset: abs + body_start,
                raw: info.raw,
            });
        }
        if info.bytes {
            if !body.is_ascii() {
                return Err(err(
                    "bytes can only contain ASCII literal characters",
                    abs,
                    self.base + e,
                ));
            }
            return decode_bytes(body, info.raw)
                .map(StrTok::Bytes)
                .map_err(|m| err(m, abs, self.base + e));
        }
        decode_str(body, info.raw)
            .map(StrTok::Str)
            .map_err(|m| err(m, abs, self.base + e))
    }
}

fn unicode_err(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
    )
}

/// The character a `\\N{...}` escape names (case-insensitive, as
/// CPython's `unicodedata.lookup`, including name aliases).
fn lookup_char_name(name: &str) -> Option<char> {
    if !name.is_ascii() {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    let ch = unicode_names2::character(&upper)?;
    // The crate also accepts UAX44-LM2 loose spellings ("BLACK_STAR",
    // "LATINSMALLLETTERA"); CPython only ignores case. An exact canonical
    // name passes; otherwise only a name that is not a loose spelling of
    // the canonical one (i.e. an alias) does.
    let canonical = unicode_names2::name(ch).map(|n| n.to_string());
    match canonical {
        Some(c) if c == upper => Some(ch),
        Some(c) => {
            let loose = |s: &str| -> String {
                s.chars()
                    .filter(|c| !matches!(c, ' ' | '_' | '-'))
                    .collect()
            };
            (loose(&c) != loose(&upper) && !upper.contains('_')).then_some(ch)
        }
        None => (!upper.contains('_')).then_some(ch),
    }
}

/// Decode the escapes of a (non-f) string body. Raw bodies only get their
/// newlines normalized.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            if raw && c == b'\\' && i + 1 < b.len() {
                // A backslash still protects the next char (e.g. a quote).
                out.push('\\');
                i += 1;
                continue;
            }
            let ch = body[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        // c == '\\', not raw
        let Some(&n) = b.get(i + 1) else {
            out.push('\\');
            i += 1;
            continue;
        };
        let start = i;
        i += 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0C'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0B'),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (len, what) = match n {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = body.get(i..i + len).unwrap_or("");
                if digits.len() != len || !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
                    let mut end = i;
                    while end < b.len() && end < i + len && b[end].is_ascii_hexdigit() {
                        end += 1;
                    }
                    return Err(unicode_err(start, end.max(start + 1), what));
                }
                let v = u32::from_str_radix(digits, 16).unwrap();
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates cannot live in a Rust string.
                    Option::None if (0xD800..0xE000).contains(&v) => out.push('\u{FFFD}'),
                    Option::None => {
                        return Err(unicode_err(start, i + len - 1, "illegal Unicode character"));
                    }
                }
                i += len;
            }
            b'N' => {
                // CPython's error spans: up to the brace for a missing or
                // empty name, to the end for a missing `}`, through the
                // `}` for an unknown name.
                const MALFORMED: &str = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    let end = if i >= b.len() { b.len() } else { i };
                    return Err(unicode_err(start, end - 1, MALFORMED));
                }
                let name_start = i + 1;
                let Some(len) = b[name_start..].iter().position(|&c| c == b'}') else {
                    return Err(unicode_err(start, b.len() - 1, MALFORMED));
                };
                if len == 0 {
                    return Err(unicode_err(start, i, MALFORMED));
                }
                let name = &body[name_start..name_start + len];
                let close = name_start + len;
                match lookup_char_name(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_err(start, close, "unknown Unicode character name"));
                    }
                }
                i = close + 1;
            }
            _ => {
                // Invalid escape: kept verbatim, as CPython does.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Decode a bytes literal body (already checked to be ASCII).
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            if raw && c == b'\\' && i < b.len() {
                out.push(b[i]);
                i += 1;
            }
            continue;
        }
        let n = b[i + 1];
        let start = i;
        i += 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let digits = body.get(i..i + 2).unwrap_or("");
                if digits.len() != 2 || !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {start}"
                    ));
                }
                out.push(u8::from_str_radix(digits, 16).unwrap());
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        let t = tokenize(src);
        assert!(t.error.is_none(), "{:?}", t.error);
        t.toks.into_iter().skip(1).map(|t| t.1).collect()
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.into())
    }

    #[test]
    fn indentation() {
        use Tok::*;
        let toks = kinds("if x:\n    y\n\n  # c\n    z\nw\n");
        assert_eq!(
            toks,
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                name("y"),
                Newline,
                name("z"),
                Newline,
                Dedent,
                name("w"),
                Newline
            ]
        );
    }

    #[test]
    fn eof_dedents_and_newline() {
        use Tok::*;
        let t = tokenize("if x:\n  if y:\n    z");
        let toks: Vec<Tok> = t.toks.iter().skip(1).map(|t| t.1.clone()).collect();
        assert_eq!(
            toks,
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                If,
                name("y"),
                Colon,
                Newline,
                Indent,
                name("z"),
                Newline,
                Dedent,
                Dedent
            ]
        );
        assert_eq!(t.eof_dedents_at, 13);
    }

    #[test]
    fn brackets_and_continuation() {
        use Tok::*;
        assert_eq!(
            kinds("x = (1,\n  2)\ny = 1 + \\\n  2\n"),
            vec![
                name("x"),
                Eq,
                LParen,
                Int("1".into()),
                Comma,
                Int("2".into()),
                RParen,
                Newline,
                name("y"),
                Eq,
                Int("1".into()),
                Plus,
                Int("2".into()),
                Newline
            ]
        );
    }

    #[test]
    fn numbers() {
        use Tok::*;
        assert_eq!(
            kinds("1_000 0x_1F 0O17 0b1 1. .5 1e-3 3j 1.5J 1_0.0_1"),
            vec![
                Int("1000".into()),
                Int("0x1f".into()),
                Int("0o17".into()),
                Int("0b1".into()),
                Float(1.0),
                Float(0.5),
                Float(0.001),
                Imag(3.0),
                Imag(1.5),
                Float(10.01),
                Newline
            ]
        );
        assert_eq!(kinds("00 0_0")[..2], [Int("00".into()), Int("00".into())]);
        assert_eq!(kinds("1if x else 2")[1], If);
    }

    #[test]
    fn number_errors() {
        let e = tokenize("x = 012").error.unwrap();
        assert!(e.message.starts_with("leading zeros"));
        assert_eq!(
            tokenize("x = 1abc").error.unwrap().message,
            "invalid decimal literal"
        );
        assert_eq!(
            tokenize("x = 0x1g").error.unwrap().message,
            "invalid hexadecimal literal"
        );
        assert_eq!(
            tokenize("0b102").error.unwrap().message,
            "invalid digit '2' in binary literal"
        );
    }

    #[test]
    fn operators() {
        use Tok::*;
        assert_eq!(
            kinds("-> := **= //= @ ... . != <<= >>="),
            vec![
                Arrow,
                ColonEq,
                DoubleStarEq,
                DoubleSlashEq,
                At,
                Ellipsis,
                Dot,
                NotEq,
                LShiftEq,
                RShiftEq,
                Newline
            ]
        );
    }

    #[test]
    fn unicode_names_and_keywords() {
        use Tok::*;
        assert_eq!(
            kinds("café = match lambda"),
            vec![name("café"), Eq, name("match"), Lambda, Newline]
        );
        assert_eq!(
            tokenize("x = €").error.unwrap().message,
            "invalid character '€' (U+20AC)"
        );
    }

    fn s(src: &str) -> StrTok {
        match &kinds(src)[0] {
            Tok::Str(s) => s.clone(),
            t => panic!("{t:?}"),
        }
    }

    #[test]
    fn strings() {
        assert_eq!(s(r#""a\tb\n""#), StrTok::Str("a\tb\n".into()));
        assert_eq!(
            s(r#"'\x41\u00e9\U0001F600\101\0'"#),
            StrTok::Str("Aé😀A\0".into())
        );
        assert_eq!(s(r#""\d\q""#), StrTok::Str("\\d\\q".into()));
        assert_eq!(s(r#"r"\n\"""#), StrTok::Str("\\n\\\"".into()));
        assert_eq!(s(r#"Rb'\x00'"#), StrTok::Bytes(b"\\x00".to_vec()));
        assert_eq!(
            s(r#"b'\x00\n\u1234'"#),
            StrTok::Bytes(b"\x00\n\\u1234".to_vec())
        );
        assert_eq!(s("'''a\nb'''"), StrTok::Str("a\nb".into()));
        assert_eq!(s("\"a\\\nb\""), StrTok::Str("ab".into()));
        assert_eq!(
            s(r#"u'\a\b\f\v\r'"#),
            StrTok::Str("\x07\x08\x0C\x0B\r".into())
        );
        assert_eq!(
            s(r#"F"{x}\n""#),
            StrTok::FStr {
                body: "{x}\\n".into(),
                offset: 2,
                raw: false
            }
        );
    }

    #[test]
    fn string_errors() {
        let e = tokenize("x = 'abc\ny = 1").error.unwrap();
        assert_eq!(
            e.message,
            "unterminated string literal (detected at line 1)"
        );
        assert!(!e.incomplete);
        let e = tokenize("x = \"\"\"abc\ny\nz").error.unwrap();
        assert_eq!(
            e.message,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert!(e.incomplete);
        let e = tokenize(r#"x = "\xZZ""#).error.unwrap();
        assert!(
            e.message.contains("truncated \\xXX escape"),
            "{}",
            e.message
        );
        let e = tokenize(r#"x = "\N{DASH}""#).error.unwrap();
        assert_eq!(
            e.message,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"
        );
        let e = tokenize("b'é'").error.unwrap();
        assert_eq!(e.message, "bytes can only contain ASCII literal characters");
    }

    #[test]
    fn bracket_errors() {
        let e = tokenize("x = (1,").error.unwrap();
        assert_eq!(e.message, "'(' was never closed");
        assert!(e.incomplete);
        assert_eq!(e.span, Span::new(4, 5));
        assert_eq!(tokenize("x = 1)").error.unwrap().message, "unmatched ')'");
        assert_eq!(
            tokenize("x = (1]").error.unwrap().message,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            tokenize("x = (1,\n2]").error.unwrap().message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
    }

    #[test]
    fn indentation_errors() {
        let e = tokenize("if x:\n    a\n  b\n").error.unwrap();
        assert_eq!(
            e.message,
            "unindent does not match any outer indentation level"
        );
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
        let e = tokenize("if x:\n\ta\n        b\n").error.unwrap();
        assert_eq!(e.kind, SyntaxErrorKind::TabError);
        let e = tokenize("x = 1 + \\").error.unwrap();
        assert!(e.incomplete);
        let e = tokenize("x = 1 \\ 2").error.unwrap();
        assert_eq!(
            e.message,
            "unexpected character after line continuation character"
        );
    }
}
