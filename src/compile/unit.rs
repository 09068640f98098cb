//! A code object under construction: instructions with their spans, the
//! constant/name/varname tables, jump labels, and the static block stack
//! used to unwind `try`/`with`/loops on break, continue and return.

use super::scope::{ScopeId, ScopeKind};
use super::stackdepth;
use crate::ast::{Span, Stmt};
use crate::bytecode::{Code, Op, SourceFile};
use crate::value::{Value, intern};
use std::collections::HashMap;
use std::rc::Rc;

/// A jump target; resolved to an instruction index when the unit finishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// An enclosing construct that break/continue/return must unwind.
#[derive(Clone, Copy, Debug)]
pub enum Block<'a> {
    While {
        start: Label,
        end: Label,
    },
    /// The iterator sits on the stack for the loop's duration.
    For {
        start: Label,
        end: Label,
    },
    /// The body of `try` with handlers: a SetupFinally block is active.
    TryExcept,
    /// The body of `try` with `finally`: leaving it runs the finally body.
    TryFinally(&'a [Stmt]),
    /// The finally body on the exception path: the exception is on the
    /// stack and an except-handler block is active.
    FinallyEnd,
    /// An except clause body (`as name` adds a cleanup SetupFinally).
    Handler(Option<&'a str>),
    /// The body of `with`: `exit` is on the stack, a SetupWith block active.
    With,
    /// A value kept on the stack while an inline finally body runs for a
    /// `return`: anything leaving that finally body must drop it.
    PopValue,
}

/// Hashable identity of a constant, so equal constants share a slot while
/// `1`, `1.0` and `True` stay distinct.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Big(String),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    /// Class name used for mangling `__private` names.
    pub private: Option<String>,
    pub ops: Vec<Op>,
    pub spans: Vec<Span>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    pub blocks: Vec<Block<'a>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub first_line: u32,
    pub doc: Option<String>,
    /// Span given to instructions emitted now.
    pub span: Span,
}

impl<'a> Unit<'a> {
    pub fn new(scope: ScopeId, kind: ScopeKind, name: &str, qualname: &str, span: Span) -> Self {
        Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            private: None,
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            blocks: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            first_line: 1,
            doc: None,
            span,
        }
    }

    pub fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.spans.push(self.span);
        self.ops.len() - 1
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds the label to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        debug_assert!(self.labels[label.0 as usize].is_none());
        self.labels[label.0 as usize] = Some(self.ops.len() as u32);
    }

    /// Adds a constant; `key` None means never share (code objects).
    pub fn add_const(&mut self, value: Value, key: Option<ConstKey>) -> u32 {
        if let Some(k) = &key
            && let Some(&i) = self.const_index.get(k)
        {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(value);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// Fast-local slot of a name, added on first use.
    pub fn varname(&mut self, name: &str) -> u32 {
        if let Some(i) = self.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        self.varnames.push(name.to_string());
        self.varnames.len() as u32 - 1
    }

    /// Cell slot: own cells first, then free variables.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        let i = self.freevars.iter().position(|n| n == name)?;
        Some((self.cellvars.len() + i) as u32)
    }

    /// True when the last instruction never falls through, so an implicit
    /// `return None` would be dead code.
    /// A label bound past the last instruction still needs a target.
    pub fn ends_with_terminator(&self) -> bool {
        let end = self.ops.len() as u32;
        let label_at_end = self.labels.contains(&Some(end));
        !label_at_end
            && matches!(
                self.ops.last(),
                Some(Op::ReturnValue | Op::Jump(_) | Op::Raise(_) | Op::Reraise)
            )
    }

    /// Replaces label ids in jump operands by instruction indexes.
    fn resolve_jumps(&mut self) {
        let labels = &self.labels;
        let at = |l: u32| labels[l as usize].expect("jump to unbound label");
        for op in &mut self.ops {
            *op = match *op {
                Op::Jump(l) => Op::Jump(at(l)),
                Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(at(l)),
                Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(at(l)),
                Op::JumpIfFalseOrPop(l) => Op::JumpIfFalseOrPop(at(l)),
                Op::JumpIfTrueOrPop(l) => Op::JumpIfTrueOrPop(at(l)),
                Op::ForIter(l) => Op::ForIter(at(l)),
                Op::SetupFinally(l) => Op::SetupFinally(at(l)),
                Op::SetupWith(l) => Op::SetupWith(at(l)),
                other => other,
            };
        }
    }

    /// `(cell index, varname slot)` for parameters that live in cells.
    fn cell_params(&self, nparams: usize) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for (ci, cell) in self.cellvars.iter().enumerate() {
            if let Some(slot) = self.varnames[..nparams].iter().position(|v| v == cell) {
                out.push((ci as u32, slot as u32));
            }
        }
        out
    }

    /// Number of parameter slots at the front of `varnames`.
    fn nparams(&self) -> usize {
        use crate::bytecode::flags;
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        n += (self.flags & flags::VARARGS != 0) as usize;
        n += (self.flags & flags::VARKEYWORDS != 0) as usize;
        n
    }

    pub fn finish(mut self, source: Rc<SourceFile>) -> Code {
        self.resolve_jumps();
        let max_stack = stackdepth::max_stack(&self.ops);
        let strs = |v: &[String]| v.iter().map(|s| intern(s)).collect::<Vec<_>>();
        Code {
            global_cache: (0..self.names.len()).map(|_| Default::default()).collect(),
            attr_cache: (0..self.names.len()).map(|_| Default::default()).collect(),
            method_cache: (0..self.names.len()).map(|_| Default::default()).collect(),
            name: intern(&self.name),
            qualname: intern(&self.qualname),
            source,
            cell_params: self.cell_params(self.nparams()),
            names: strs(&self.names),
            varnames: strs(&self.varnames),
            cellvars: strs(&self.cellvars),
            freevars: strs(&self.freevars),
            ops: self.ops,
            spans: self.spans,
            consts: self.consts,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            max_stack,
            first_line: self.first_line,
            doc: self
                .doc
                .as_deref()
                .map(|d| Rc::new(crate::value::PyStr::new(d))),
        }
    }
}
