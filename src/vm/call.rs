//! Calling: argument binding, Python and native functions, classes,
//! bound methods and generators.

use super::Vm;
use super::exec::FrameExit;
use super::frame::{Frame, InlineFrames, cut, running};
use crate::bytecode::flags;
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::class::{ExceptionData, InstancePayload, Layout};
use crate::object::{Class, Dict, Function, Generator, Instance};
use crate::value::{Str, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Stack below which a call switches to a fresh stack segment.
const RED_ZONE: usize = 128 * 1024;
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

impl Vm {
    /// Calls `stack[base]` with the `n - 1`... arguments above it, leaving the
    /// stack cut back to `base`. `kwnames` names the last arguments.
    pub fn call_on_stack(
        &mut self,
        frame: &mut Frame,
        base: usize,
        n: usize,
        kwnames: Option<Value>,
    ) -> PyResult<Value> {
        let func = std::mem::take(&mut frame.stack[base]);
        let nkw = match &kwnames {
            Some(Value::Tuple(t)) => t.len(),
            _ => 0,
        };
        let result = match &func {
            Value::Native(nf) if nkw == 0 => match nf.data {
                Value::Int(marker) => {
                    let args: Vec<Value> = frame.stack[base + 1..].to_vec();
                    crate::builtins::frame::call_with_frame(self, marker, frame, &args)
                }
                // Only instances can carry a built-in payload to unwrap;
                // without one the arguments are passed where they lie.
                _ if nf.unwrap_self
                    && frame.stack[base + 1..]
                        .iter()
                        .any(|a| matches!(a, Value::Instance(_))) =>
                {
                    let args: Vec<Value> = frame.stack[base + 1..].to_vec();
                    self.call_native(nf, args, &[])
                }
                _ => (nf.func)(self, &frame.stack[base + 1..], &[]),
            },
            Value::Function(f) if nkw == 0 && is_simple(&f.code, n) => {
                let f = f.clone();
                let new = self.frame_from_stack(&f, &mut frame.stack, base + 1);
                self.run_function(&f, new)
            }
            // A bound method (`acquire = lock.acquire; acquire()`): the
            // receiver takes the callee's slot, so the arguments need no
            // new vector.
            Value::BoundMethod(bm) if nkw == 0 && bound_fast(&bm.func, n + 1) => {
                frame.stack[base] = bm.receiver.clone();
                match &bm.func {
                    Value::Native(nf) => (nf.func)(self, &frame.stack[base..], &[]),
                    Value::Function(f) => {
                        let f = f.clone();
                        let new = self.frame_from_stack(&f, &mut frame.stack, base);
                        self.run_function(&f, new)
                    }
                    _ => unreachable!("bound_fast admits natives and functions only"),
                }
            }
            _ => {
                let mut args: Vec<Value> = frame.stack.drain(base + 1..).collect();
                let kwargs = match &kwnames {
                    Some(Value::Tuple(names)) => {
                        let vals = args.split_off(args.len() - nkw);
                        names
                            .iter()
                            .zip(vals)
                            .filter_map(|(k, v)| match k {
                                Value::Str(s) => Some((s.clone(), v)),
                                _ => None,
                            })
                            .collect()
                    }
                    _ => Vec::new(),
                };
                crate::builtins::frame::type_call_with_frame(self, frame, &func, &mut args);
                self.call(&func, args, kwargs)
            }
        };
        frame.stack.truncate(base);
        result
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(
        &mut self,
        frame: &mut Frame,
        func: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Value> {
        let args = match args {
            Value::Tuple(t) => t.to_vec(),
            other => self.collect(&other)?,
        };
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.borrow().iter() {
                match &k.key {
                    Value::Str(s) => kw.push((s.clone(), v.clone())),
                    _ => return Err(type_error("keywords must be strings")),
                }
            }
        }
        if let Value::Native(nf) = &func
            && let Value::Int(marker) = nf.data
            && kw.is_empty()
        {
            return crate::builtins::frame::call_with_frame(self, marker, frame, &args);
        }
        let mut args = args;
        crate::builtins::frame::type_call_with_frame(self, frame, &func, &mut args);
        self.call(&func, args, kw)
    }

    /// Calls any callable.
    pub fn call(
        &mut self,
        func: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match func {
            Value::Function(f) => {
                let f = f.clone();
                let frame = if kwargs.is_empty() && is_simple(&f.code, args.len()) {
                    self.new_frame_with(&f, args)
                } else {
                    self.bind_args(&f, args, kwargs)?
                };
                self.run_function(&f, frame)
            }
            Value::Native(nf) if nf.unwrap_self => self.call_native(nf, args, &kwargs),
            Value::Native(nf) => (nf.func)(self, &args, &kwargs),
            Value::BoundMethod(bm) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(bm.receiver.clone());
                full.extend(args);
                let f = bm.func.clone();
                self.call(&f, full, kwargs)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                self.call_class(&cls, args, kwargs)
            }
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                match cls.lookup(&self.names.call) {
                    Some(m) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(func.clone());
                        full.extend(args);
                        self.call(&m, full, kwargs)
                    }
                    None => Err(self.not_callable(func)),
                }
            }
            Value::StaticMethod(inner) => {
                let inner = (**inner).clone();
                self.call(&inner, args, kwargs)
            }
            _ => Err(self.not_callable(func)),
        }
    }

    /// `func(arg)`, for natives calling back into Python once per item
    /// (`map`, `filter`): a plain Python function gets the argument in
    /// its frame directly, with no argument vector.
    pub fn call_one(&mut self, func: &Value, arg: Value) -> PyResult<Value> {
        match func {
            Value::Function(f) if is_simple(&f.code, 1) => {
                let f = f.clone();
                let frame = self.new_frame_with(&f, std::iter::once(arg));
                self.run_function(&f, frame)
            }
            _ => self.call(func, vec![arg], vec![]),
        }
    }

    /// Calls a method of a built-in value type: an instance of a user
    /// subclass as receiver is replaced by the value it wraps.
    fn call_native(
        &mut self,
        nf: &crate::object::NativeFunction,
        mut args: Vec<Value>,
        kwargs: &[(Str, Value)],
    ) -> PyResult<Value> {
        let Some(inner) = args.first().and_then(crate::object::class::builtin_payload) else {
            if args
                .iter()
                .skip(1)
                .any(|a| crate::object::class::builtin_payload(a).is_some())
            {
                unwrap_operands(nf, &mut args);
            }
            return (nf.func)(self, &args, kwargs);
        };
        let receiver = std::mem::replace(&mut args[0], inner.clone());
        unwrap_operands(nf, &mut args);
        let r = (nf.func)(self, &args, kwargs)?;
        // In-place operators of mutable containers return their receiver.
        if matches!(
            inner,
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)
        ) && r.is(&inner)
        {
            return Ok(receiver);
        }
        Ok(r)
    }

    fn not_callable(&self, func: &Value) -> PyErr {
        type_error(format!("'{}' object is not callable", self.type_name(func)))
    }

    /// Runs a prepared frame of `f`: a generator function returns a
    /// generator instead.
    pub fn run_function(&mut self, f: &Rc<Function>, mut frame: Frame) -> PyResult<Value> {
        let code = &f.code;
        if !code.cellvars.is_empty() || !f.closure.is_empty() {
            self.init_cells(&mut frame, f);
        }
        if code.has_flag(flags::GENERATOR) {
            return Ok(Value::Generator(Rc::new(RefCell::new(Generator {
                frame: Some(Box::new(frame)),
                started: false,
                running: false,
                name: f.name.borrow().clone(),
                qualname: f.qualname.borrow().clone(),
            }))));
        }
        let result = self.run_nested(&mut frame);
        self.recycle(frame);
        match result? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// A frame for calling `f`, on a recycled stack allocation: calls are
    /// frequent enough that malloc/free per call shows in profiles.
    fn new_frame(&mut self, f: &Rc<Function>) -> Frame {
        let stack = self.stack_pool.pop().unwrap_or_default();
        Frame::with_stack(f.code.clone(), f.globals.clone(), stack)
    }

    /// `new_frame` with the first locals bound to `args`.
    #[inline]
    fn new_frame_with(&mut self, f: &Rc<Function>, args: impl IntoIterator<Item = Value>) -> Frame {
        let stack = self.stack_pool.pop().unwrap_or_default();
        Frame::with_args(f.code.clone(), f.globals.clone(), stack, args)
    }

    /// A frame for calling `f` whose arguments are `stack[from..]`, moved
    /// out of the caller's stack.
    #[inline]
    fn frame_from_stack(&mut self, f: &Rc<Function>, stack: &mut Vec<Value>, from: usize) -> Frame {
        let own = self.stack_pool.pop().unwrap_or_default();
        Frame::with_args_from(f.code.clone(), f.globals.clone(), own, stack, from)
    }

    /// The function to run in the calling `execute` loop instead of one
    /// Rust call deeper, for a call of `callee` with `n` positional
    /// arguments: a plain Python function (no defaults to fill, no
    /// keywords, not a generator).
    #[inline]
    pub fn inlinable(callee: &Value, n: usize) -> Option<Rc<Function>> {
        match callee {
            Value::Function(f) if is_simple(&f.code, n) && !f.code.has_flag(flags::GENERATOR) => {
                Some(f.clone())
            }
            _ => None,
        }
    }

    /// The `__init__` to run inline for calling `cls` with `n` positional
    /// arguments: a plain class (see `Derived::plain_new`) whose
    /// `__init__` is `inlinable` with the instance added.
    #[inline]
    pub fn inlinable_init(&self, cls: &Rc<Class>, n: usize) -> Option<Rc<Function>> {
        if !cls.plain_new() {
            return None;
        }
        Vm::inlinable(&cls.lookup(&self.names.init)?, n + 1)
    }

    /// The getter to run inline for `obj.name`: a property whose getter is
    /// a plain function, on an instance (data descriptors come before the
    /// instance dict).
    pub fn inlinable_getter(&self, obj: &Value, name: &Str) -> Option<Rc<Function>> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let cls = inst.class.borrow().clone();
        // With a `__getattr__`, the getter's AttributeError goes there
        // (`get_attr` does it).
        if cls.instance_dict_first(name) || cls.lookup(&self.names.getattr).is_some() {
            return None;
        }
        match cls.lookup(name)? {
            Value::Property(p) => Vm::inlinable(&p.fget, 1),
            _ => None,
        }
    }

    /// The frame for running `f` inline above `frame`, its caller: the
    /// arguments are `frame.stack[from..]`, where the callee's locals
    /// begin, and the caller's stack is cut back to `base` (the callee's
    /// own slots) when it returns. The callee takes the stack vector
    /// until then. Frames come from a pool of boxes, so that switching
    /// frames moves a pointer rather than a frame.
    #[inline]
    pub fn inline_frame(
        &mut self,
        frame: &mut Frame,
        f: Rc<Function>,
        from: usize,
        base: usize,
    ) -> PyResult<Box<Frame>> {
        self.check_recursion()?;
        let stack = std::mem::take(&mut frame.stack);
        let new = Frame::inline_on(f.code.clone(), f.globals.clone(), stack, from, base);
        let mut new = match self.frame_pool.pop() {
            Some(mut b) => {
                *b = new;
                b
            }
            None => Box::new(new),
        };
        if !f.code.cellvars.is_empty() || !f.closure.is_empty() {
            self.init_cells(&mut new, &f);
        }
        Ok(new)
    }

    /// Makes `new` the running frame. Checks pending signals as
    /// `run_nested` does for a nested frame; a handler's exception is
    /// raised in the new frame.
    #[inline]
    pub fn enter_inline(&mut self, inlined: &mut InlineFrames, new: Box<Frame>) -> PyResult<()> {
        inlined.push(new);
        self.depth += 1;
        if crate::signals::pending()
            && let Some(top) = inlined.last()
        {
            crate::signals::run_pending_in(self, Some(top))?;
        }
        Ok(())
    }

    /// Returns `value` from the last inlined frame to its caller; `init`
    /// when the frame ran `__init__` for a class call.
    #[inline]
    pub fn return_inline(
        &mut self,
        outer: &mut Frame,
        inlined: &mut InlineFrames,
        value: Value,
        init: bool,
    ) -> PyResult<()> {
        self.leave_inline(outer, inlined);
        let caller = running(outer, inlined);
        if !init {
            caller.push(value);
        } else if !value.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&value)
            )));
        }
        // What the Call that made the frame would check.
        self.poll_signals(caller)
    }

    /// Ends the last inlined frame, giving its caller back the stack cut
    /// to where the call began.
    #[inline]
    pub fn leave_inline(&mut self, outer: &mut Frame, inlined: &mut InlineFrames) {
        let Some(mut done) = inlined.pop() else {
            return;
        };
        let mut stack = std::mem::take(&mut done.stack);
        cut(&mut stack, done.return_to);
        running(outer, inlined).stack = stack;
        self.depth -= 1;
        // The box goes back to the pool emptied of what could keep
        // objects alive beyond the call; code and globals stay until the
        // box is reused.
        done.cells.clear();
        done.blocks.clear();
        done.locals = None;
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(done);
        }
    }

    /// Returns a finished frame's stack allocation to the pool.
    fn recycle(&mut self, frame: Frame) {
        let mut stack = frame.stack;
        cut(&mut stack, 0);
        if self.stack_pool.len() < 256 && stack.capacity() <= 1024 {
            self.stack_pool.push(stack);
        }
    }

    /// Runs a frame one level deeper, checking the recursion limit and
    /// growing the Rust stack when it runs low.
    pub fn run_nested(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        self.check_recursion()?;
        self.poll_signals(frame)?;
        self.depth += 1;
        let result = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.run_frame(frame));
        self.depth -= 1;
        result
    }

    fn init_cells(&mut self, frame: &mut Frame, f: &Rc<Function>) {
        let code = &f.code;
        frame.cells = Vec::with_capacity(code.cellvars.len() + f.closure.len());
        for _ in 0..code.cellvars.len() {
            frame.cells.push(Rc::new(RefCell::new(Value::Null)));
        }
        for &(cell, slot) in &code.cell_params {
            let v = std::mem::take(&mut frame.stack[frame.base + slot as usize]);
            *frame.cells[cell as usize].borrow_mut() = v;
        }
        frame.cells.extend(f.closure.iter().cloned());
    }

    /// Binds call arguments to parameters following CPython's rules and
    /// error messages.
    pub fn bind_args(
        &mut self,
        f: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Frame> {
        let code = &f.code;
        let mut frame = self.new_frame(f);
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.has_flag(flags::VARARGS);
        let has_varkw = code.has_flag(flags::VARKEYWORDS);
        let fname = f.qualname.borrow().as_str().to_string();
        let nargs = args.len();
        let mut extra = Vec::new();
        for (i, v) in args.into_iter().enumerate() {
            if i < argcount {
                frame.stack[i] = v;
            } else {
                extra.push(v);
            }
        }
        if !extra.is_empty() && !has_varargs {
            let given_kw = kwargs
                .iter()
                .filter(|(k, _)| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| n.as_str() == k.as_str())
                })
                .count();
            return Err(too_many_positional(
                &fname,
                code,
                f.defaults.len(),
                nargs,
                given_kw,
            ));
        }
        let mut varkw = Dict::new();
        let posonly = code.posonlyargcount as usize;
        for (name, v) in kwargs {
            let slot = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| n.as_str() == name.as_str());
            match slot {
                Some(s) if s >= posonly => {
                    if !frame.stack[s].is_null() {
                        return Err(type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname,
                            name.as_str()
                        )));
                    }
                    frame.stack[s] = v;
                }
                _ if has_varkw => {
                    if varkw.get_str(&name).is_some() {
                        return Err(type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname,
                            name.as_str()
                        )));
                    }
                    varkw.set_str(name, v);
                }
                Some(_) => {
                    return Err(type_error(format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        fname,
                        name.as_str()
                    )));
                }
                None => {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname,
                        name.as_str()
                    )));
                }
            }
        }
        // Defaults fill the trailing positional parameters.
        let ndef = f.defaults.len();
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.stack[i].is_null() {
                if i + ndef >= argcount {
                    frame.stack[i] = f.defaults[i + ndef - argcount].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "positional", &missing));
        }
        for i in argcount..argcount + kwonly {
            if frame.stack[i].is_null() {
                let name = &code.varnames[i];
                match f
                    .kwdefaults
                    .iter()
                    .find(|(k, _)| k.as_str() == name.as_str())
                {
                    Some((_, v)) => frame.stack[i] = v.clone(),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "keyword-only", &missing));
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            frame.stack[slot] = Value::tuple(extra);
            slot += 1;
        }
        if has_varkw {
            frame.stack[slot] = Value::dict(varkw);
        }
        Ok(frame)
    }

    /// `Cls(...)`: built-in constructors, or `__new__` + `__init__`.
    pub fn call_class(
        &mut self,
        cls: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if cls.builtin.is_some() && cls.layout == Layout::Builtin {
            // The constructor of a built-in type is its `__new__` native.
            return match cls.dict.borrow().get_str(&self.names.new).cloned() {
                Some(new) => self.call(&new, args, kwargs),
                None => Err(type_error(format!(
                    "cannot create '{}' instances",
                    cls.name()
                ))),
            };
        }
        // object.__new__ is the default: skipping the call keeps
        // instantiation cheap; its argument checks live in object.__init__.
        let object_new = self
            .types
            .object
            .dict
            .borrow()
            .get_str(&self.names.new)
            .cloned();
        let custom_new = cls.lookup(&self.names.new).filter(|v| {
            !matches!(v, Value::Native(_)) && !object_new.as_ref().is_some_and(|o| o.is(v))
        });
        let value_base = super::types::value_base(cls);
        let obj = match custom_new {
            Some(new) => {
                let new = match new {
                    Value::StaticMethod(f) => (*f).clone(),
                    f => f,
                };
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(Value::Class(cls.clone()));
                full.extend(args.iter().cloned());
                let obj = self.call(&new, full, kwargs.clone())?;
                if !self.type_of(&obj).is_subclass(cls) {
                    return Ok(obj);
                }
                obj
            }
            None => match &value_base {
                Some(base) => self.new_value_instance(cls, base, &args, &kwargs)?,
                None => {
                    let obj = self.new_instance(cls);
                    // BaseException.__new__ records the constructor arguments
                    // even when a subclass's __init__ never calls super().
                    if let Some(data) = crate::vm::exceptions::exc_data(&obj) {
                        data.borrow_mut().args = Value::tuple(args.clone());
                    }
                    obj
                }
            },
        };
        match cls.lookup(&self.names.init) {
            Some(init @ Value::Function(_)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend(args);
                let r = self.call(&init, full, kwargs)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            Some(init) => {
                // A built-in __init__ (object's checks for stray arguments,
                // BaseException's stores args); object's with no arguments
                // has nothing to do.
                let object_init = self
                    .types
                    .object
                    .dict
                    .borrow()
                    .get_str(&self.names.init)
                    .cloned();
                let is_object_init = object_init.as_ref().is_some_and(|o| o.is(&init));
                // Subclasses of immutable built-ins were built by __new__.
                let trivial = is_object_init
                    && ((args.is_empty() && kwargs.is_empty()) || value_base.is_some());
                if !trivial {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend(args);
                    self.call(&init, full, kwargs)?;
                }
            }
            None => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(type_error(format!("{}() takes no arguments", cls.name())));
                }
            }
        }
        Ok(obj)
    }

    /// An instance of a user subclass of the built-in value type `base`:
    /// immutable values are built from the arguments, mutable containers
    /// start empty for `__init__` to fill.
    pub fn new_value_instance(
        &mut self,
        cls: &Rc<Class>,
        base: &Rc<Class>,
        args: &[Value],
        kwargs: &[(Str, Value)],
    ) -> PyResult<Value> {
        let Some(new) = base.dict.borrow().get_str(&self.names.new).cloned() else {
            return Err(type_error(format!(
                "cannot create '{}' instances",
                cls.name()
            )));
        };
        let inner = if super::types::mutable_builtin(base) {
            self.call(&new, vec![], vec![])?
        } else {
            self.call(&new, args.to_vec(), kwargs.to_vec())?
        };
        // The value may itself be a subclass instance (`str(MyStr())`
        // style conversions return their argument).
        let inner = crate::object::class::builtin_payload(&inner).unwrap_or(inner);
        Ok(Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(RefCell::new(Dict::new())),
            payload: InstancePayload::Builtin(RefCell::new(inner)),
        })))
    }

    /// `T.__new__` as seen through attribute access on a built-in value
    /// type `T`: a callable taking the class first, as in CPython.
    pub fn wrap_builtin_new(&self, owner: &Rc<Class>, new: Value) -> Value {
        if !super::types::subclassable_builtin(owner) || !matches!(new, Value::Native(_)) {
            return new;
        }
        Value::Native(Rc::new(crate::object::NativeFunction {
            name: "__new__",
            qualname: format!("{}.__new__", owner.name()),
            func: builtin_new,
            bound: None,
            data: Value::None,
            unwrap_self: false,
        }))
    }

    /// A fresh instance with the layout its class needs.
    pub fn new_instance(&mut self, cls: &Rc<Class>) -> Value {
        if let Some(base) = super::types::value_base(cls)
            && let Ok(v) = self.new_value_instance(cls, &base, &[], &[])
        {
            return v;
        }
        let payload = match cls.layout {
            Layout::Exception => InstancePayload::Exception(RefCell::new(ExceptionData {
                args: Value::tuple(vec![]),
                cause: Value::None,
                context: Value::None,
                ..Default::default()
            })),
            _ => InstancePayload::None,
        };
        Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(RefCell::new(Dict::with_capacity(
                cls.instance_size.get() as usize
            ))),
            payload,
        }))
    }

    /// Resumes a generator with a sent value: `Ok(Ok(yielded))` or
    /// `Ok(Err(returned))`.
    pub fn gen_send(
        &mut self,
        generator: &Rc<RefCell<Generator>>,
        sent: Value,
    ) -> PyResult<Result<Value, Value>> {
        self.gen_resume(generator, Ok(sent))
    }

    /// Resumes a generator, either sending a value or throwing an
    /// exception into it at the suspended `yield`.
    pub fn gen_resume(
        &mut self,
        generator: &Rc<RefCell<Generator>>,
        input: Result<Value, PyErr>,
    ) -> PyResult<Result<Value, Value>> {
        let (mut frame, started) = {
            let mut g = generator.borrow_mut();
            if g.running {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "generator already executing",
                ));
            }
            match g.frame.take() {
                Some(f) => {
                    g.running = true;
                    let started = g.started;
                    g.started = true;
                    (f, started)
                }
                None => {
                    return match input {
                        Ok(_) => Ok(Err(Value::None)),
                        Err(e) => Err(e),
                    };
                }
            }
        };
        let result = match input {
            Ok(v) => {
                if started {
                    frame.push(v);
                } else if !v.is_none() {
                    generator.borrow_mut().running = false;
                    generator.borrow_mut().frame = Some(frame);
                    generator.borrow_mut().started = false;
                    return Err(type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
                self.run_nested(&mut frame)
            }
            Err(e) => self.throw_into(&mut frame, e),
        };
        let mut g = generator.borrow_mut();
        g.running = false;
        match result {
            Ok(FrameExit::Yield(v)) => {
                g.frame = Some(frame);
                Ok(Ok(v))
            }
            Ok(FrameExit::Return(v)) => Ok(Err(v)),
            Err(e) => {
                drop(g);
                Err(self.stop_iteration_in_generator(e))
            }
        }
    }

    /// Raises `err` at the frame's current point, then lets the frame's
    /// handlers deal with it.
    fn throw_into(&mut self, frame: &mut Frame, err: PyErr) -> PyResult<FrameExit> {
        // A delegating `yield from` passes the exception to the
        // sub-iterator first.
        let exc = self.materialize(err);
        self.pending_throw = Some(exc);
        self.run_nested(frame)
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    fn stop_iteration_in_generator(&mut self, e: PyErr) -> PyErr {
        let exc = self.materialize(e);
        if self
            .type_of(&exc)
            .is_subclass(&self.exc_class(ExcKind::StopIteration))
        {
            let err = self.materialize(PyErr::new(
                ExcKind::RuntimeError,
                "generator raised StopIteration",
            ));
            // Chained as `raise RuntimeError(...) from exc`, as CPython.
            self.set_context(&err, exc.clone());
            self.set_cause(&err, exc);
            return PyErr::from_value(err);
        }
        PyErr::from_value(exc)
    }

    /// `yield from` delegation step: `Ok(yielded)` or `Err(return value)`.
    pub fn send_to(&mut self, sub: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
        match sub {
            Value::Generator(g) => {
                let g = g.clone();
                self.gen_send(&g, sent)
            }
            _ => {
                if sent.is_none() {
                    match self.iter_next(sub)? {
                        Some(v) => Ok(Ok(v)),
                        None => Ok(Err(self.take_stop_value())),
                    }
                } else {
                    let send = crate::value::intern("send");
                    let m = self.get_attr(sub, &send)?;
                    match self.call(&m, vec![sent], vec![]) {
                        Ok(v) => Ok(Ok(v)),
                        Err(e) => {
                            let exc = self.materialize(e);
                            if self
                                .type_of(&exc)
                                .is_subclass(&self.exc_class(ExcKind::StopIteration))
                            {
                                Ok(Err(self.exception_value(&exc)))
                            } else {
                                Err(PyErr::from_value(exc))
                            }
                        }
                    }
                }
            }
        }
    }

    /// `with`: returns (bound __exit__, result of __enter__()).
    pub fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(mgr);
        let (Some(enter), Some(exit)) =
            (cls.lookup(&self.names.enter), cls.lookup(&self.names.exit))
        else {
            let missing = if cls.lookup(&self.names.enter).is_none() {
                ""
            } else {
                " also"
            };
            let _ = missing;
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                cls.name()
            )));
        };
        let exit = self.bind(exit, mgr);
        let entered = self.call(&enter, vec![mgr.clone()], vec![])?;
        Ok((exit, entered))
    }

    /// A bound method of `func` on `receiver`.
    pub fn bind(&self, func: Value, receiver: &Value) -> Value {
        Value::BoundMethod(Rc::new(crate::object::BoundMethod {
            func,
            receiver: receiver.clone(),
        }))
    }
}

/// Operands of a built-in type's method that are instances of value-type
/// subclasses become their wrapped values: all of them for immutable types
/// (whose methods never keep their arguments), only operator operands for
/// containers (whose methods store arguments as given).
fn unwrap_operands(nf: &crate::object::NativeFunction, args: &mut [Value]) {
    let owner = nf.qualname.split('.').next().unwrap_or("");
    let immutable = matches!(
        owner,
        "str" | "int" | "float" | "bytes" | "tuple" | "frozenset"
    );
    let operator = matches!(
        nf.name,
        "__add__"
            | "__radd__"
            | "__iadd__"
            | "__sub__"
            | "__rsub__"
            | "__isub__"
            | "__mul__"
            | "__rmul__"
            | "__and__"
            | "__rand__"
            | "__iand__"
            | "__or__"
            | "__ror__"
            | "__ior__"
            | "__xor__"
            | "__rxor__"
            | "__ixor__"
            | "__eq__"
            | "__ne__"
            | "__lt__"
            | "__le__"
            | "__gt__"
            | "__ge__"
    );
    if !immutable && !operator {
        return;
    }
    for a in args.iter_mut().skip(1) {
        if let Some(inner) = crate::object::class::builtin_payload(a) {
            *a = inner;
        }
    }
}

/// `T.__new__(cls, *args)` for a built-in value type `T`.
fn builtin_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )));
        }
        None => return Err(type_error("__new__(): not enough arguments")),
    };
    if cls.builtin.is_some() {
        let new = cls.dict.borrow().get_str(&vm.names.new).cloned();
        return match new {
            Some(new @ Value::Native(_)) if super::types::subclassable_builtin(&cls) => {
                vm.call(&new, args[1..].to_vec(), kwargs.to_vec())
            }
            _ => Err(type_error(format!(
                "__new__({}): not a subtype of a built-in value type",
                cls.name()
            ))),
        };
    }
    match super::types::value_base(&cls) {
        Some(base) => vm.new_value_instance(&cls, &base, &args[1..], kwargs),
        None => Err(type_error(format!(
            "__new__({n}) is not safe, use object.__new__({n})",
            n = cls.name()
        ))),
    }
}

/// Python-to-Python call that needs no keyword or default processing.
#[inline]
/// Whether a bound method's function takes the fast path of
/// `call_on_stack` with `n` arguments (receiver included): a plain native
/// (no frame marker, no built-in receiver to unwrap) or a simple function.
fn bound_fast(func: &Value, n: usize) -> bool {
    match func {
        Value::Native(nf) => !nf.unwrap_self && !matches!(nf.data, Value::Int(_)),
        Value::Function(f) => is_simple(&f.code, n),
        _ => false,
    }
}

fn is_simple(code: &crate::bytecode::Code, n: usize) -> bool {
    code.argcount as usize == n
        && code.kwonlyargcount == 0
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
}

fn too_many_positional(
    fname: &str,
    code: &crate::bytecode::Code,
    ndefaults: usize,
    given: usize,
    given_kw: usize,
) -> PyErr {
    let argcount = code.argcount as usize;
    let takes = if ndefaults > 0 {
        format!("from {} to {}", argcount - ndefaults, argcount)
    } else {
        argcount.to_string()
    };
    let plural = if argcount == 1 && ndefaults == 0 {
        "argument"
    } else {
        "arguments"
    };
    let kw_part = if given_kw > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            given_kw,
            if given_kw == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let was = if given == 1 { "was" } else { "were" };
    if given_kw > 0 {
        type_error(format!(
            "{fname}() takes {takes} positional {plural} but {given}{kw_part} were given"
        ))
    } else {
        type_error(format!(
            "{fname}() takes {takes} positional {plural} but {given} {was} given"
        ))
    }
}

fn missing_args(fname: &str, kind: &str, missing: &[Str]) -> PyErr {
    let names: Vec<String> = missing
        .iter()
        .map(|n| format!("'{}'", n.as_str()))
        .collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, and {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        ),
    };
    type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        fname,
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}
