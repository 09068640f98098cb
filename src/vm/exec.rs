//! The interpreter loop: `loop { match op }` over one frame.

use super::Vm;
use super::frame::{Block, BlockKind, Frame, InlineFrames, running};
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::bytecode::Op;
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{Dict, Function};
use crate::value::{Str, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];
const CMPOPS: [CmpOp; 10] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];
const UNARYOPS: [UnaryOp; 4] = [UnaryOp::Not, UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert];

impl Vm {
    /// Runs a frame until it returns or yields, handling exceptions raised
    /// inside it through its block stack.
    ///
    /// Calls of plain Python functions run in this same loop rather than
    /// one Rust call deeper: their frames stack up in `inlined` above
    /// `frame`, the last one running, so a call costs no Rust stack and no
    /// re-entry. An exception a frame does not handle passes to its caller
    /// here, gaining that caller's traceback entry, as it would on
    /// returning from a nested `run_frame`.
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        let mut inlined: InlineFrames = Vec::new();
        if let Some(exc) = self.pending_throw.take() {
            self.add_traceback(&exc, frame);
            if !self.unwind(frame, &exc) {
                return Err(PyErr::from_value(exc));
            }
        }
        loop {
            match self.execute(frame, &mut inlined) {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    let exc = self.materialize(err);
                    if !std::mem::take(&mut self.reraising) {
                        self.add_traceback(&exc, running(frame, &mut inlined));
                    }
                    while !self.unwind(running(frame, &mut inlined), &exc) {
                        if inlined.is_empty() {
                            return Err(PyErr::from_value(exc));
                        }
                        self.leave_inline(frame, &mut inlined);
                        self.add_traceback(&exc, running(frame, &mut inlined));
                    }
                }
            }
        }
    }

    /// Looks for a handler in the frame's block stack. Except-handler blocks
    /// passed on the way restore the exception they saved.
    fn unwind(&mut self, frame: &mut Frame, exc: &Value) -> bool {
        while let Some(block) = frame.blocks.pop() {
            let base = frame.stack_base + block.level as usize;
            frame.stack.truncate(base);
            match block.kind {
                BlockKind::ExceptHandler => {
                    self.exc_info = block.saved;
                }
                BlockKind::Finally => {
                    let saved = std::mem::replace(&mut self.exc_info, exc.clone());
                    frame.blocks.push(Block {
                        kind: BlockKind::ExceptHandler,
                        handler: 0,
                        level: block.level,
                        saved,
                    });
                    frame.push(exc.clone());
                    frame.ip = block.handler as usize;
                    return true;
                }
            }
        }
        false
    }

    fn execute(&mut self, outer: &mut Frame, inlined: &mut InlineFrames) -> PyResult<FrameExit> {
        // Entered again each time the running frame changes.
        'frames: loop {
            let frame = running(outer, inlined);
            let code = frame.code.clone();
            let ops = &code.ops[..];
            loop {
                let op = ops[frame.ip];
                frame.ip += 1;
                match op {
                    Op::LoadConst(i) => frame.push(code.consts[i as usize].clone()),
                    Op::Pop => {
                        frame.pop().discard();
                        self.close_dropped_generators();
                    }
                    Op::Dup => {
                        let v = frame.top().clone();
                        frame.push(v);
                    }
                    Op::DupTwo => {
                        let a = frame.peek(1).clone();
                        let b = frame.peek(0).clone();
                        frame.push(a);
                        frame.push(b);
                    }
                    Op::Rot2 => {
                        let n = frame.stack.len();
                        frame.stack.swap(n - 1, n - 2);
                    }
                    Op::Rot3 => {
                        let v = frame.pop();
                        let n = frame.stack.len();
                        frame.stack.insert(n - 2, v);
                    }
                    Op::Rot4 => {
                        let v = frame.pop();
                        let n = frame.stack.len();
                        frame.stack.insert(n - 3, v);
                    }
                    Op::LoadFast(i) => {
                        let v = &frame.stack[frame.base + i as usize];
                        if v.is_null() {
                            return Err(self.unbound_local(&code.varnames[i as usize]));
                        }
                        let v = v.clone();
                        frame.push(v);
                    }
                    Op::StoreFast(i) => {
                        let v = frame.pop();
                        let slot = frame.base + i as usize;
                        std::mem::replace(&mut frame.stack[slot], v).discard();
                    }
                    Op::DeleteFast(i) => {
                        let slot = frame.base + i as usize;
                        if frame.stack[slot].is_null() {
                            return Err(self.unbound_local(&code.varnames[i as usize]));
                        }
                        frame.stack[slot] = Value::Null;
                    }
                    Op::LoadDeref(i) => {
                        let v = frame.cells[i as usize].borrow().clone();
                        if v.is_null() {
                            return Err(self.unbound_cell(&code, i));
                        }
                        frame.push(v);
                    }
                    Op::StoreDeref(i) => {
                        let v = frame.pop();
                        *frame.cells[i as usize].borrow_mut() = v;
                    }
                    Op::DeleteDeref(i) => {
                        let old = std::mem::take(&mut *frame.cells[i as usize].borrow_mut());
                        if old.is_null() {
                            return Err(self.unbound_cell(&code, i));
                        }
                    }
                    Op::LoadClosure(i) => frame.push(Value::Cell(frame.cells[i as usize].clone())),
                    Op::LoadClassDeref(i) => {
                        let name = cell_name(&code, i);
                        let found = frame
                            .locals
                            .as_ref()
                            .and_then(|l| l.borrow().get_str(&name).cloned());
                        let v = match found {
                            Some(v) => v,
                            None => {
                                let v = frame.cells[i as usize].borrow().clone();
                                if v.is_null() {
                                    return Err(self.unbound_cell(&code, i));
                                }
                                v
                            }
                        };
                        frame.push(v);
                    }
                    Op::LoadGlobal(i) => {
                        let v = self.load_global_cached(&code, &frame.globals, i as usize)?;
                        frame.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = frame.pop();
                        self.store_global_cached(&code, &frame.globals, i as usize, v);
                    }
                    Op::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        if frame.globals.borrow_mut().remove_str(name).is_none() {
                            return Err(self.name_error(name));
                        }
                    }
                    Op::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let v = match &frame.locals {
                            // Module code: its names are its globals.
                            None => self.load_global_cached(&code, &frame.globals, i as usize)?,
                            Some(l) => {
                                let local = l.borrow().get_str(name).cloned();
                                match local {
                                    Some(v) => v,
                                    None => self.load_global(&frame.globals, name)?,
                                }
                            }
                        };
                        frame.push(v);
                    }
                    Op::StoreName(i) => {
                        let v = frame.pop();
                        match &frame.locals {
                            Some(l) => {
                                l.borrow_mut().set_str(code.names[i as usize].clone(), v);
                            }
                            None => self.store_global_cached(&code, &frame.globals, i as usize, v),
                        }
                    }
                    Op::DeleteName(i) => {
                        let name = &code.names[i as usize];
                        let removed = match &frame.locals {
                            Some(l) => l.borrow_mut().remove_str(name),
                            None => frame.globals.borrow_mut().remove_str(name),
                        };
                        if removed.is_none() {
                            return Err(self.name_error(name));
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = frame.pop();
                        let v = match self.load_attr_cached(&code, i as usize, &obj) {
                            Some(v) => v,
                            None => {
                                let name = &code.names[i as usize];
                                if let Some(getter) = self.inlinable_getter(&obj, name) {
                                    frame.push(obj);
                                    let at = frame.stack.len() - 1;
                                    let new = self.inline_frame(frame, getter, at, at)?;
                                    self.enter_inline(inlined, new)?;
                                    continue 'frames;
                                }
                                let v = self.get_attr(&obj, name)?;
                                self.fill_attr_cache(&code, i as usize, &obj);
                                v
                            }
                        };
                        frame.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = frame.pop();
                        let v = frame.pop();
                        if let Err(v) = self.store_attr_cached(&code, i as usize, &obj, v) {
                            self.set_attr(&obj, &code.names[i as usize], v)?;
                            self.fill_attr_cache(&code, i as usize, &obj);
                        }
                    }
                    Op::DeleteAttr(i) => {
                        let obj = frame.pop();
                        self.del_attr(&obj, &code.names[i as usize])?;
                    }
                    Op::LoadMethod(i) => {
                        let obj = frame.pop();
                        if let Some(func) = self.method_cached(&code, i as usize, &obj) {
                            frame.push(func);
                            frame.push(obj);
                            continue;
                        }
                        match self.lookup_method(&obj, &code.names[i as usize])? {
                            Some(func) => {
                                self.fill_method_cache(&code, i as usize, &obj, &func);
                                frame.push(func);
                                frame.push(obj);
                            }
                            None => {
                                let attr = self.get_attr(&obj, &code.names[i as usize])?;
                                frame.push(Value::Null);
                                frame.push(attr);
                            }
                        }
                    }
                    Op::BinarySubscr => {
                        let key = frame.pop();
                        let container = frame.pop();
                        let v = self.get_item(&container, &key)?;
                        frame.push(v);
                    }
                    Op::StoreSubscr => {
                        let key = frame.pop();
                        let container = frame.pop();
                        let v = frame.pop();
                        self.set_item(&container, key, v)?;
                    }
                    Op::DeleteSubscr => {
                        let key = frame.pop();
                        let container = frame.pop();
                        self.del_item(&container, &key)?;
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { frame.pop() } else { Value::None };
                        let stop = frame.pop();
                        let start = frame.pop();
                        frame.push(Value::Slice(Rc::new(crate::object::Slice {
                            start,
                            stop,
                            step,
                        })));
                    }
                    Op::BinaryOp(o) => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let op = BINOPS[o as usize];
                        let v = match fast_arith(&a, &b, op) {
                            Some(v) => v,
                            None => self.binary_op(&a, &b, op)?,
                        };
                        a.discard();
                        b.discard();
                        frame.push(v);
                    }
                    Op::InplaceOp(o) => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let op = BINOPS[o as usize];
                        let v = match fast_arith(&a, &b, op) {
                            Some(v) => v,
                            None => self.inplace_op(&a, &b, op)?,
                        };
                        a.discard();
                        b.discard();
                        frame.push(v);
                    }
                    Op::UnaryOp(o) => {
                        let a = frame.pop();
                        let v = self.unary_op(&a, UNARYOPS[o as usize])?;
                        frame.push(v);
                    }
                    Op::CompareOp(o) => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let op = CMPOPS[o as usize];
                        let v = match fast_compare(&a, &b, op) {
                            Some(r) => Value::Bool(r),
                            None => self.compare(&a, &b, op)?,
                        };
                        a.discard();
                        b.discard();
                        frame.push(v);
                    }
                    Op::CheckExcMatch => {
                        let typ = frame.pop();
                        let exc = frame.top().clone();
                        let m = self.exception_matches(&exc, &typ)?;
                        frame.push(Value::Bool(m));
                    }
                    Op::Jump(t) => {
                        if (t as usize) < frame.ip {
                            self.poll_signals(frame)?;
                        }
                        frame.ip = t as usize;
                    }
                    Op::PopJumpIfFalse(t) => {
                        let v = frame.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        v.discard();
                        if !truth {
                            frame.ip = t as usize;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = frame.pop();
                        let truth = match v {
                            Value::Bool(b) => b,
                            _ => self.truthy(&v)?,
                        };
                        v.discard();
                        if truth {
                            frame.ip = t as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        if !self.truthy(frame.top())? {
                            frame.ip = t as usize;
                        } else {
                            frame.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        if self.truthy(frame.top())? {
                            frame.ip = t as usize;
                        } else {
                            frame.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = frame.pop();
                        let it = self.get_iter(&v)?;
                        frame.push(it);
                    }
                    Op::ForIter(t) => {
                        let fast = match frame.top() {
                            Value::Iter(state) => crate::types::iterators::step_fast(state),
                            _ => None,
                        };
                        let next = match fast {
                            Some(next) => next,
                            None => self.iter_next(frame.top())?,
                        };
                        match next {
                            Some(v) => frame.push(v),
                            None => {
                                frame.pop();
                                frame.ip = t as usize;
                            }
                        }
                    }
                    Op::BuildTuple(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.push(Value::tuple(items));
                    }
                    Op::BuildList(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        frame.push(Value::list(items));
                    }
                    Op::BuildSet(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        let set = self.new_set(items)?;
                        frame.push(set);
                    }
                    Op::BuildMap(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                        let mut d = Dict::with_capacity(n as usize);
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            self.dict_set(&mut d, k, v)?;
                        }
                        frame.push(Value::dict(d));
                    }
                    Op::ListAppend(depth) => {
                        let v = frame.pop();
                        if let Value::List(l) = frame.peek(depth as usize - 1) {
                            l.borrow_mut().push(v);
                        }
                    }
                    Op::SetAdd(depth) => {
                        let v = frame.pop();
                        let set = frame.peek(depth as usize - 1).clone();
                        self.set_add(&set, v)?;
                    }
                    Op::MapAdd(depth) => {
                        let v = frame.pop();
                        let k = frame.pop();
                        if let Value::Dict(d) = frame.peek(depth as usize - 1).clone() {
                            self.dict_set_item(&d, k, v)?;
                        }
                    }
                    Op::ListExtend(depth) => {
                        let iterable = frame.pop();
                        let items = self.collect(&iterable)?;
                        if let Value::List(l) = frame.peek(depth as usize - 1) {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Op::SetUpdate(depth) => {
                        let iterable = frame.pop();
                        let set = frame.peek(depth as usize - 1).clone();
                        for v in self.collect(&iterable)? {
                            self.set_add(&set, v)?;
                        }
                    }
                    Op::DictUpdate(depth) => {
                        let mapping = frame.pop();
                        let target = frame.peek(depth as usize - 1).clone();
                        self.dict_update_from(&target, &mapping, None)?;
                    }
                    Op::DictMerge(depth) => {
                        let mapping = frame.pop();
                        let target = frame.peek(depth as usize - 1).clone();
                        let func = frame.peek(depth as usize + 1).clone();
                        self.dict_update_from(&target, &mapping, Some(&func))?;
                    }
                    Op::ListToTuple => {
                        let v = frame.pop();
                        let items = match &v {
                            Value::List(l) => l.borrow().clone(),
                            _ => self.collect(&v)?,
                        };
                        frame.push(Value::tuple(items));
                    }
                    Op::BuildString(n) => {
                        let items = frame.stack.split_off(frame.stack.len() - n as usize);
                        let mut s = String::new();
                        for it in &items {
                            if let Value::Str(p) = it {
                                s.push_str(p.as_str());
                            }
                        }
                        frame.push(Value::string(s));
                    }
                    Op::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            Some(frame.pop())
                        } else {
                            None
                        };
                        let v = frame.pop();
                        let s = self.format_field(v, flags & 3, spec)?;
                        frame.push(s);
                    }
                    Op::UnpackSequence(n) => {
                        let seq = frame.pop();
                        if !push_exact_items(&mut frame.stack, &seq, n as usize) {
                            let items = self.unpack(&seq, n as usize)?;
                            frame.stack.extend(items.into_iter().rev());
                        }
                    }
                    Op::UnpackEx(arg) => {
                        let seq = frame.pop();
                        let items =
                            self.unpack_ex(&seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Op::Call(n) => {
                        self.close_dropped_generators();
                        let base = frame.stack.len() - n as usize - 1;
                        if let Some(f) = Vm::inlinable(&frame.stack[base], n as usize) {
                            let new = self.inline_frame(frame, f, base + 1, base)?;
                            self.enter_inline(inlined, new)?;
                            continue 'frames;
                        }
                        if let Value::Class(cls) = &frame.stack[base]
                            && let Some(init) = self.inlinable_init(cls, n as usize)
                        {
                            // The instance stays as the call's result, and is
                            // also `self` for `__init__`.
                            let cls = cls.clone();
                            let obj = self.new_instance(&cls);
                            frame.stack[base] = obj.clone();
                            frame.stack.insert(base + 1, obj);
                            let mut new = self.inline_frame(frame, init, base + 1, base + 1)?;
                            new.init_call = true;
                            self.enter_inline(inlined, new)?;
                            continue 'frames;
                        }
                        let v = self.call_on_stack(frame, base, n as usize, None)?;
                        frame.push(v);
                        // As CPython's CALL: a signal that came during the
                        // call (a wait that returned, say) is handled now.
                        self.poll_signals(frame)?;
                    }
                    Op::CallKw(n) => {
                        self.close_dropped_generators();
                        let names = frame.pop();
                        let base = frame.stack.len() - n as usize - 1;
                        let v = self.call_on_stack(frame, base, n as usize, Some(names))?;
                        frame.push(v);
                        self.poll_signals(frame)?;
                    }
                    Op::CallEx(has_kw) => {
                        self.close_dropped_generators();
                        let kwargs = if has_kw & 1 != 0 {
                            Some(frame.pop())
                        } else {
                            None
                        };
                        let args = frame.pop();
                        let func = frame.pop();
                        let v = self.call_ex(frame, func, args, kwargs)?;
                        frame.push(v);
                        self.poll_signals(frame)?;
                    }
                    Op::CallMethod(n) => {
                        self.close_dropped_generators();
                        let base = frame.stack.len() - n as usize - 2;
                        let (callee, args) = if frame.stack[base].is_null() {
                            (base + 1, n as usize)
                        } else {
                            (base, n as usize + 1)
                        };
                        if let Some(f) = Vm::inlinable(&frame.stack[callee], args) {
                            let new = self.inline_frame(frame, f, callee + 1, base)?;
                            self.enter_inline(inlined, new)?;
                            continue 'frames;
                        }
                        let v = if frame.stack[base].is_null() {
                            let v = self.call_on_stack(frame, base + 1, n as usize, None)?;
                            frame.stack.truncate(base);
                            v
                        } else {
                            self.call_on_stack(frame, base, n as usize + 1, None)?
                        };
                        frame.push(v);
                        self.poll_signals(frame)?;
                    }
                    Op::MakeFunction(flags) => {
                        let f = self.make_function(frame, flags)?;
                        frame.push(f);
                    }
                    Op::ReturnValue => {
                        let v = frame.pop();
                        let init = frame.init_call;
                        if inlined.is_empty() {
                            return Ok(FrameExit::Return(v));
                        }
                        self.return_inline(outer, inlined, v, init)?;
                        continue 'frames;
                    }
                    Op::LoadBuildClass => {
                        let v = self.builtin_build_class();
                        frame.push(v);
                    }
                    Op::SetupFinally(t) => {
                        frame.blocks.push(Block {
                            kind: BlockKind::Finally,
                            handler: t,
                            level: frame.height() as u32,
                            saved: Value::None,
                        });
                    }
                    Op::PopBlock => {
                        frame.blocks.pop();
                    }
                    Op::PopExcept => {
                        if let Some(block) = frame.blocks.pop() {
                            self.exc_info = block.saved;
                        }
                    }
                    Op::Raise(n) => {
                        return Err(self.do_raise(frame, n)?);
                    }
                    Op::Reraise => {
                        let exc = frame.pop();
                        self.reraising = true;
                        return Err(PyErr::from_value(exc));
                    }
                    Op::LoadAssertionError => {
                        frame.push(Value::Class(self.exc_class(ExcKind::AssertionError)));
                    }
                    Op::SetupWith(t) => {
                        let mgr = frame.pop();
                        let (exit, entered) = self.enter_context(&mgr)?;
                        frame.push(exit);
                        frame.blocks.push(Block {
                            kind: BlockKind::Finally,
                            handler: t,
                            level: frame.height() as u32,
                            saved: Value::None,
                        });
                        frame.push(entered);
                    }
                    Op::WithExceptStart => {
                        let exc = frame.peek(0).clone();
                        let exit = frame.peek(1).clone();
                        let typ = Value::Class(self.type_of(&exc));
                        let tb = Value::None;
                        let res = self.call(&exit, vec![typ, exc, tb], vec![])?;
                        frame.push(res);
                    }
                    Op::YieldValue => {
                        let v = frame.pop();
                        return Ok(FrameExit::Yield(v));
                    }
                    Op::GetYieldFromIter => {
                        let v = frame.pop();
                        let it = match v {
                            Value::Generator(_) => v,
                            _ => self.get_iter(&v)?,
                        };
                        frame.push(it);
                    }
                    Op::YieldFrom => {
                        let sent = frame.pop();
                        let sub = frame.top().clone();
                        match self.send_to(&sub, sent)? {
                            Ok(yielded) => {
                                // Re-run this instruction when resumed.
                                frame.ip -= 1;
                                return Ok(FrameExit::Yield(yielded));
                            }
                            Err(ret) => {
                                frame.pop();
                                frame.push(ret);
                            }
                        }
                    }
                    Op::ImportName(i) => {
                        let fromlist = frame.pop();
                        let level = frame.pop();
                        let m = self.import_name(
                            &code.names[i as usize],
                            &fromlist,
                            &level,
                            &frame.globals,
                        )?;
                        frame.push(m);
                    }
                    Op::ImportFrom(i) => {
                        let module = frame.top().clone();
                        let v = self.import_from(&module, &code.names[i as usize])?;
                        frame.push(v);
                    }
                    Op::ImportStar => {
                        let module = frame.pop();
                        let target = frame.locals.clone().unwrap_or(frame.globals.clone());
                        self.import_star(&module, &target)?;
                    }
                    Op::PrintExpr => {
                        let v = frame.pop();
                        self.display_hook(v)?;
                    }
                    Op::StoreAnnotation(i) => {
                        let v = frame.pop();
                        let target = frame.locals.clone().unwrap_or(frame.globals.clone());
                        self.store_annotation(&target, &code.names[i as usize], v)?;
                    }
                    Op::Nop => {}
                }
            }
        }
    }

    /// Globals, then builtins.
    #[inline]
    pub fn load_global(&mut self, globals: &Rc<RefCell<Dict>>, name: &Str) -> PyResult<Value> {
        if let Some(v) = globals.borrow().get_str(name) {
            return Ok(v.clone());
        }
        if let Some(v) = self.builtins.borrow().get_str(name) {
            return Ok(v.clone());
        }
        self.load_lazy_builtin(name)
    }

    /// Cold path of `load_global`: a builtin bound on first use, else
    /// NameError.
    #[inline(never)]
    fn load_lazy_builtin(&mut self, name: &Str) -> PyResult<Value> {
        match crate::builtins::lazy::resolve(self, name)? {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }

    pub fn name_error(&self, name: &Str) -> PyErr {
        PyErr::new(
            ExcKind::NameError,
            format!("name '{}' is not defined", name.as_str()),
        )
    }

    fn unbound_local(&self, name: &Str) -> PyErr {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name.as_str()
            ),
        )
    }

    fn unbound_cell(&self, code: &crate::bytecode::Code, i: u32) -> PyErr {
        let name = cell_name(code, i);
        if (i as usize) < code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            PyErr::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name.as_str()
                ),
            )
        }
    }

    /// Builds a function object for MakeFunction.
    fn make_function(&mut self, frame: &mut Frame, flags: u32) -> PyResult<Value> {
        let code = match frame.pop() {
            Value::Code(c) => c,
            _ => return Err(type_error("MakeFunction expects a code object")),
        };
        // Optional operands sit above one another in flag order; an absent
        // one reads as None.
        let mut operand = |bit: u32| {
            if flags & bit != 0 {
                frame.pop()
            } else {
                Value::None
            }
        };
        let closure = match operand(8) {
            Value::Tuple(t) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let kwdefaults = match operand(2) {
            Value::Dict(d) => d
                .borrow()
                .iter()
                .filter_map(|(k, v)| match &k.key {
                    Value::Str(s) => Some((s.clone(), v.clone())),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let defaults = match operand(1) {
            Value::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let module = frame
            .globals
            .borrow()
            .get_str(&self.names.name)
            .cloned()
            .unwrap_or(Value::None);
        let doc = match &code.doc {
            Some(d) => Value::Str(d.clone()),
            None => Value::None,
        };
        Ok(Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals: frame.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            doc: RefCell::new(doc),
            attrs: RefCell::new(None),
            module,
        })))
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    fn do_raise(&mut self, frame: &mut Frame, n: u32) -> PyResult<PyErr> {
        match n {
            0 => {
                if self.exc_info.is_none() {
                    return Ok(PyErr::new(
                        ExcKind::RuntimeError,
                        "No active exception to reraise",
                    ));
                }
                self.reraising = true;
                Ok(PyErr::from_value(self.exc_info.clone()))
            }
            1 => {
                let exc = frame.pop();
                let exc = self.make_exception(exc)?;
                Ok(PyErr::from_value(exc))
            }
            _ => {
                let cause = frame.pop();
                let exc = frame.pop();
                let exc = self.make_exception(exc)?;
                let cause = match cause {
                    Value::None => Value::None,
                    c => self.make_exception(c).map_err(|_| {
                        type_error("exception causes must derive from BaseException")
                    })?,
                };
                self.set_cause(&exc, cause);
                Ok(PyErr::from_value(exc))
            }
        }
    }

    /// Counts down to the next signal poll; runs pending handlers.
    #[inline]
    pub fn poll_signals(&mut self, frame: &Frame) -> PyResult<()> {
        if crate::signals::pending() {
            crate::signals::run_pending_in(self, Some(frame))?;
        }
        Ok(())
    }
}

/// The arithmetic done without leaving the loop: ints that stay in range
/// and floats, whose in-place forms are the plain ones. `None` leaves the
/// rest (big ints, division by zero, other types) to `binary_op`.
#[inline(always)]
fn fast_arith(a: &Value, b: &Value, op: BinOp) -> Option<Value> {
    let (x, y) = match (a, b) {
        (&Value::Int(x), &Value::Int(y)) => (x, y),
        // A bool with an int computes as the int 0 or 1 (`n += flag`).
        (&Value::Int(x), &Value::Bool(y)) => (x, y as i64),
        (&Value::Bool(x), &Value::Int(y)) => (x as i64, y),
        (Value::Float(x), Value::Float(y)) => {
            return match op {
                BinOp::Add => Some(Value::Float(x + y)),
                BinOp::Sub => Some(Value::Float(x - y)),
                BinOp::Mul => Some(Value::Float(x * y)),
                BinOp::Div if *y != 0.0 => Some(Value::Float(x / y)),
                _ => None,
            };
        }
        _ => return None,
    };
    int_arith(x, y, op)
}

#[inline(always)]
fn int_arith(x: i64, y: i64, op: BinOp) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv if y != 0 => x.checked_div(y).map(|q| {
            // Python rounds toward negative infinity.
            Value::Int(if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }),
        BinOp::Mod if y != 0 => x.checked_rem(y).map(|r| {
            Value::Int(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }),
        // Exact in a double, so one division rounds as CPython does.
        BinOp::Div if y != 0 && x.unsigned_abs() < 1 << 53 && y.unsigned_abs() < 1 << 53 => {
            Some(Value::Float(x as f64 / y as f64))
        }
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        BinOp::RShift if (0..64).contains(&y) => Some(Value::Int(x >> y)),
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(Value::Int(r))
        }
        _ => None,
    }
}

/// Comparisons of two ints or two floats, done without leaving the loop.
/// (pyproc's ints are values, so `is` between equal ints holds.)
#[inline(always)]
fn fast_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            CmpOp::Lt => Some(x < y),
            CmpOp::LtE => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::GtE => Some(x >= y),
            CmpOp::Eq | CmpOp::Is => Some(x == y),
            CmpOp::NotEq | CmpOp::IsNot => Some(x != y),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            CmpOp::Lt => Some(x < y),
            CmpOp::LtE => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::GtE => Some(x >= y),
            CmpOp::Eq => Some(x == y),
            CmpOp::NotEq => Some(x != y),
            _ => None,
        },
        _ => None,
    }
}

/// Unpacking's common case, a tuple or list of exactly `n` items: pushes
/// them last first without collecting them into a vector. `false` leaves
/// everything else (other iterables, wrong lengths) to `Vm::unpack`.
fn push_exact_items(stack: &mut Vec<Value>, seq: &Value, n: usize) -> bool {
    match seq {
        Value::Tuple(t) if t.len() == n => {
            stack.extend(t.iter().rev().cloned());
            true
        }
        Value::List(l) => {
            let items = l.borrow();
            if items.len() != n {
                return false;
            }
            stack.extend(items.iter().rev().cloned());
            true
        }
        _ => false,
    }
}

/// Name of cell `i`: own cells first, then free variables.
fn cell_name(code: &crate::bytecode::Code, i: u32) -> Str {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars[i - code.cellvars.len()].clone()
    }
}
