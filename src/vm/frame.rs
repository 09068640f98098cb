//! An activation record: one running (or suspended) code object.

use crate::bytecode::Code;
use crate::object::Dict;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A protected region set up by SetupFinally / SetupWith.
    Finally,
    /// Inside an except handler: `saved` holds the previously handled
    /// exception, restored when the handler ends.
    ExceptHandler,
}

pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Operand stack height (above the locals) to cut back to.
    pub level: u32,
    pub saved: Value,
}

/// Frames running inline above an outer one (see `Vm::run_frame`), the
/// last one running. Boxed so that switching frames moves a pointer, not
/// a frame.
#[allow(clippy::vec_box)]
pub type InlineFrames = Vec<Box<Frame>>;

/// The frame running: the last inlined one, else the outer one.
#[inline(always)]
pub fn running<'a>(outer: &'a mut Frame, inlined: &'a mut [Box<Frame>]) -> &'a mut Frame {
    match inlined.last_mut() {
        Some(f) => f,
        None => outer,
    }
}

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Fast locals in `base..stack_base`, then the operand stack. A frame
    /// running inline (see `Vm::run_frame`) has its caller's values below
    /// `base`: its arguments were pushed by the caller where its locals
    /// begin, and its caller gets the vector back when it ends.
    pub stack: Vec<Value>,
    pub base: usize,
    pub stack_base: usize,
    /// For an inline frame, the height the caller's stack is cut back to
    /// when this frame ends (its callee slot included).
    pub return_to: usize,
    /// Own cells followed by the closure's free-variable cells.
    pub cells: Vec<Rc<RefCell<Value>>>,
    pub blocks: Vec<Block>,
    pub globals: Rc<RefCell<Dict>>,
    /// The locals mapping of module and class bodies.
    pub locals: Option<Rc<RefCell<Dict>>>,
    /// An `__init__` run inline for a class call: its caller already
    /// holds the new instance as the call's result, and the return value
    /// must be None.
    pub init_call: bool,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<RefCell<Dict>>) -> Frame {
        Frame::with_stack(code, globals, Vec::new())
    }

    /// A frame reusing a recycled (empty) stack allocation.
    pub fn with_stack(code: Rc<Code>, globals: Rc<RefCell<Dict>>, stack: Vec<Value>) -> Frame {
        Frame::with_args(code, globals, stack, std::iter::empty())
    }

    /// A frame whose first locals are `args` (at most as many as the code
    /// has locals), the rest unbound. The arguments are moved in rather
    /// than written over placeholder slots: each overwrite drops a value,
    /// which showed in call-heavy profiles.
    #[inline]
    pub fn with_args(
        code: Rc<Code>,
        globals: Rc<RefCell<Dict>>,
        mut stack: Vec<Value>,
        args: impl IntoIterator<Item = Value>,
    ) -> Frame {
        let nlocals = code.varnames.len();
        stack.reserve(nlocals + code.max_stack as usize + 1);
        stack.extend(args);
        Frame::around(code, globals, stack, 0, 0)
    }

    /// The frame whose locals begin at `base` of `stack`, which holds its
    /// arguments there: the remaining locals start unbound.
    #[inline(always)]
    fn around(
        code: Rc<Code>,
        globals: Rc<RefCell<Dict>>,
        mut stack: Vec<Value>,
        base: usize,
        return_to: usize,
    ) -> Frame {
        let stack_base = base + code.varnames.len();
        while stack.len() < stack_base {
            stack.push(Value::Null);
        }
        Frame {
            code,
            ip: 0,
            stack,
            base,
            stack_base,
            return_to,
            cells: Vec::new(),
            blocks: Vec::new(),
            globals,
            locals: None,
            init_call: false,
        }
    }

    /// A frame whose first locals are moved out of `src[from..]`, the
    /// caller's operand stack, which is left cut back to `from`. Moving
    /// the slice bitwise costs a copy; extending from a drain cost a
    /// tenth of a small call.
    #[inline]
    pub fn with_args_from(
        code: Rc<Code>,
        globals: Rc<RefCell<Dict>>,
        mut stack: Vec<Value>,
        src: &mut Vec<Value>,
        from: usize,
    ) -> Frame {
        stack.clear();
        let nlocals = code.varnames.len();
        let n = src.len() - from;
        stack.reserve(nlocals.max(n) + code.max_stack as usize + 1);
        // SAFETY: the `n` values change owner: `src` forgets them by
        // shrinking to `from`, and `stack`, empty with room for `n`, takes
        // them. Neither vector drops or reads them in between.
        unsafe {
            std::ptr::copy_nonoverlapping(src.as_ptr().add(from), stack.as_mut_ptr(), n);
            src.set_len(from);
            stack.set_len(n);
        }
        Frame::around(code, globals, stack, 0, 0)
    }

    /// A frame running inline on `stack`, its caller's, whose values from
    /// `from` on are its arguments; the rest of its locals start unbound.
    /// The caller gets the stack back cut to `return_to`.
    #[inline]
    pub fn inline_on(
        code: Rc<Code>,
        globals: Rc<RefCell<Dict>>,
        mut stack: Vec<Value>,
        from: usize,
        return_to: usize,
    ) -> Frame {
        let stack_base = from + code.varnames.len();
        stack.reserve((stack_base + code.max_stack as usize + 1).saturating_sub(stack.len()));
        Frame::around(code, globals, stack, from, return_to)
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        // The compiler guarantees balanced stacks; an empty pop is a VM bug
        // and yields None rather than a panic. (Not `unwrap_or`: its unused
        // default went through the out-of-line drop glue on every pop.)
        match self.stack.pop() {
            Some(v) => v,
            None => empty_pop(),
        }
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }

    /// The value `n` below the top (0 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        &self.stack[len - 1 - n]
    }

    /// Height of the operand stack above the locals.
    pub fn height(&self) -> usize {
        self.stack.len() - self.stack_base
    }

    /// The fast local slots.
    pub fn locals(&self) -> &[Value] {
        &self.stack[self.base..self.stack_base]
    }

    /// Line being executed, for tracebacks.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }
}

/// Cuts `stack` back to `len`, dropping ints and bools without the drop
/// glue (see `Value::discard`).
#[inline]
pub fn cut(stack: &mut Vec<Value>, len: usize) {
    while stack.len() > len {
        if let Some(v) = stack.pop() {
            v.discard();
        }
    }
}

#[cold]
fn empty_pop() -> Value {
    Value::None
}
