//! The binary encoding of values sent between processes (pyproc's pickle).
//!
//! Built-in values are encoded by content. Classes, modules and native
//! functions travel by name (the receiver, forked from the same program,
//! imports them). Instances travel as class + state, exceptions as class +
//! args + state. Functions, lambdas and closures travel as the number of
//! their code object (see `code_registry.rs`), their module and the values
//! they capture, so a pool worker forked before a lambda was made can still
//! run it: CPython cannot send lambdas at all.
//!
//! Lists, dicts, sets, bytearrays and instances are memoized, so shared
//! references and cycles survive the trip, as with pickle.

use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::class::{Instance, InstancePayload};
use crate::object::{Dict, Function, Range};
use crate::value::{Value, intern};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

mod tag {
    pub const NONE: u8 = 0;
    pub const FALSE: u8 = 1;
    pub const TRUE: u8 = 2;
    pub const INT: u8 = 3;
    pub const BIGINT: u8 = 4;
    pub const FLOAT: u8 = 5;
    pub const STR: u8 = 6;
    pub const BYTES: u8 = 7;
    pub const BYTEARRAY: u8 = 8;
    pub const TUPLE: u8 = 9;
    pub const LIST: u8 = 10;
    pub const DICT: u8 = 11;
    pub const SET: u8 = 12;
    pub const FROZENSET: u8 = 13;
    pub const RANGE: u8 = 14;
    pub const ELLIPSIS: u8 = 15;
    pub const NOT_IMPLEMENTED: u8 = 16;
    pub const SLICE: u8 = 17;
    pub const CLASS: u8 = 20;
    pub const INSTANCE: u8 = 21;
    pub const EXCEPTION: u8 = 22;
    pub const FUNCTION: u8 = 23;
    pub const NATIVE: u8 = 24;
    pub const BOUND_METHOD: u8 = 25;
    pub const MODULE: u8 = 26;
    pub const STATICMETHOD: u8 = 27;
    pub const CLASSMETHOD: u8 = 28;
    /// A value already sent in this message (memo index follows).
    pub const REF: u8 = 40;
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 2000;

/// Encodes a value for another process.
pub fn encode(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let mut e = Encoder {
        out: Vec::with_capacity(64),
        memo: HashMap::new(),
        depth: 0,
    };
    e.value(vm, v)?;
    Ok(e.out)
}

/// Decodes what `encode` produced (in this or another process).
pub fn decode(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    let mut d = Decoder {
        input: bytes,
        pos: 0,
        memo: Vec::new(),
    };
    let v = d.value(vm)?;
    if d.pos != bytes.len() {
        return Err(corrupt());
    }
    Ok(v)
}

/// A function that the receiver could not rebuild from its code number,
/// looked up by module and qualified name instead.
fn function_by_name(vm: &mut Vm, module: &str, qualname: &str) -> PyResult<Value> {
    let missing = || {
        type_error(format!(
            "cannot receive function '{qualname}': its code does not exist in this \
             process (it was compiled after this process was forked)"
        ))
    };
    if qualname.contains('<') {
        return Err(missing());
    }
    let mut obj = vm.import_module(module)?;
    for part in qualname.split('.') {
        obj = vm.get_attr(&obj, &intern(part)).map_err(|_| missing())?;
    }
    match obj {
        f @ Value::Function(_) => Ok(f),
        _ => Err(missing()),
    }
}

fn corrupt() -> PyErr {
    PyErr::new(ExcKind::ValueError, "corrupt message between processes")
}

fn cannot(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!("cannot pickle '{}' object", vm.type_name(v)))
}

struct Encoder {
    out: Vec<u8>,
    /// Container address → memo index.
    memo: HashMap<usize, u32>,
    depth: usize,
}

impl Encoder {
    fn u32(&mut self, n: usize) {
        self.out.extend_from_slice(&(n as u32).to_le_bytes());
    }

    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len());
        self.out.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    /// Emits a back-reference if this container was sent already;
    /// otherwise records it and returns false.
    fn memoized(&mut self, addr: usize) -> bool {
        if let Some(&i) = self.memo.get(&addr) {
            self.out.push(tag::REF);
            self.u32(i as usize);
            return true;
        }
        let i = self.memo.len() as u32;
        self.memo.insert(addr, i);
        false
    }

    fn seq(&mut self, vm: &mut Vm, t: u8, items: &[Value]) -> PyResult<()> {
        self.out.push(t);
        self.u32(items.len());
        for item in items {
            self.value(vm, item)?;
        }
        Ok(())
    }

    fn value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while pickling an object",
            ));
        }
        let r = self.value_inner(vm, v);
        self.depth -= 1;
        r
    }

    fn value_inner(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push(tag::NONE),
            Value::Bool(false) => self.out.push(tag::FALSE),
            Value::Bool(true) => self.out.push(tag::TRUE),
            Value::Ellipsis => self.out.push(tag::ELLIPSIS),
            Value::NotImplemented => self.out.push(tag::NOT_IMPLEMENTED),
            Value::Int(i) => {
                self.out.push(tag::INT);
                self.out.extend_from_slice(&i.to_le_bytes());
            }
            Value::BigInt(b) => {
                self.out.push(tag::BIGINT);
                self.bytes(&b.to_signed_bytes_le());
            }
            Value::Float(f) => {
                self.out.push(tag::FLOAT);
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Value::Str(s) => {
                self.out.push(tag::STR);
                self.str(s.as_str());
            }
            Value::Bytes(b) => {
                self.out.push(tag::BYTES);
                self.bytes(b);
            }
            Value::ByteArray(b) => {
                if !self.memoized(v.rc_addr().unwrap_or(0)) {
                    self.out.push(tag::BYTEARRAY);
                    let data = b.borrow().clone();
                    self.bytes(&data);
                }
            }
            Value::Tuple(items) => self.seq(vm, tag::TUPLE, items)?,
            Value::List(items) => {
                if !self.memoized(v.rc_addr().unwrap_or(0)) {
                    let items = items.borrow().clone();
                    self.seq(vm, tag::LIST, &items)?;
                }
            }
            Value::Dict(d) => {
                if !self.memoized(v.rc_addr().unwrap_or(0)) {
                    let pairs: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|(k, v)| (k.key.clone(), v.clone()))
                        .collect();
                    self.out.push(tag::DICT);
                    self.u32(pairs.len());
                    for (k, val) in &pairs {
                        self.value(vm, k)?;
                        self.value(vm, val)?;
                    }
                }
            }
            Value::Set(s) => {
                if !self.memoized(v.rc_addr().unwrap_or(0)) {
                    let items = s.borrow().ordered_keys();
                    self.seq(vm, tag::SET, &items)?;
                }
            }
            Value::FrozenSet(s) => {
                let items = s.ordered_keys();
                self.seq(vm, tag::FROZENSET, &items)?;
            }
            Value::Range(r) => {
                self.out.push(tag::RANGE);
                for n in [r.start, r.stop, r.step] {
                    self.out.extend_from_slice(&n.to_le_bytes());
                }
            }
            Value::Slice(s) => {
                let parts = [s.start.clone(), s.stop.clone(), s.step.clone()];
                self.seq(vm, tag::SLICE, &parts)?;
            }
            Value::Class(c) => {
                self.out.push(tag::CLASS);
                self.class_ref(c)?;
            }
            Value::Module(m) => {
                self.out.push(tag::MODULE);
                self.str(m.name.as_str());
            }
            Value::Function(f) => self.function(vm, f)?,
            Value::Native(n) => {
                let (module, name) = native_home(vm, v, n.name)?;
                self.out.push(tag::NATIVE);
                self.str(&module);
                self.str(&name);
            }
            Value::BoundMethod(b) => {
                self.out.push(tag::BOUND_METHOD);
                self.value(vm, &b.receiver)?;
                self.value(vm, &b.func)?;
            }
            Value::StaticMethod(f) => {
                self.out.push(tag::STATICMETHOD);
                self.value(vm, f)?;
            }
            Value::ClassMethod(f) => {
                self.out.push(tag::CLASSMETHOD);
                self.value(vm, f)?;
            }
            Value::Instance(inst) => self.instance(vm, v, inst)?,
            _ => return Err(cannot(vm, v)),
        }
        Ok(())
    }

    /// A class by module and qualified name; local classes cannot travel.
    fn class_ref(&mut self, c: &Rc<crate::object::Class>) -> PyResult<()> {
        if let Some(name) = c.builtin {
            self.str("builtins");
            self.str(name);
            return Ok(());
        }
        let qualname = c.qualname.borrow().as_str().to_string();
        let module = match c.dict.borrow().get_str(&intern("__module__")) {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => "builtins".to_string(),
        };
        if qualname.contains("<locals>") {
            return Err(PyErr::new(
                ExcKind::AttributeError,
                format!("Can't pickle local object '{qualname}'"),
            ));
        }
        self.str(&module);
        self.str(&qualname);
        Ok(())
    }

    fn function(&mut self, vm: &mut Vm, f: &Rc<Function>) -> PyResult<()> {
        let Some(number) = crate::code_registry::number_of(&f.code) else {
            return Err(type_error(format!(
                "cannot send function '{}': its code was not compiled from a module",
                f.qualname.borrow().as_str()
            )));
        };
        let module = match &f.module {
            Value::Str(m) => m.as_str().to_string(),
            _ => "__main__".to_string(),
        };
        self.out.push(tag::FUNCTION);
        self.u32(number as usize);
        // Checked by the receiver: the same code must sit under the number.
        self.str(f.code.qualname.as_str());
        self.u32(f.code.first_line as usize);
        self.str(&module);
        self.str(f.name.borrow().as_str());
        self.str(f.qualname.borrow().as_str());
        let defaults = f.defaults.clone();
        self.seq(vm, tag::TUPLE, &defaults)?;
        self.u32(f.kwdefaults.len());
        for (k, v) in f.kwdefaults.clone() {
            self.str(k.as_str());
            self.value(vm, &v)?;
        }
        let captured: Vec<Value> = f.closure.iter().map(|c| c.borrow().clone()).collect();
        self.seq(vm, tag::TUPLE, &captured)
    }

    fn instance(&mut self, vm: &mut Vm, v: &Value, inst: &Rc<Instance>) -> PyResult<()> {
        if self.memoized(v.rc_addr().unwrap_or(0)) {
            return Ok(());
        }
        let cls = inst.class.borrow().clone();
        if let Some(data) = crate::vm::exceptions::exc_data(v) {
            let args = data.borrow().args.clone();
            self.out.push(tag::EXCEPTION);
            self.class_ref(&cls)?;
            self.value(vm, &args)?;
            let state = Value::dict(inst.dict.borrow().clone());
            return self.value(vm, &state);
        }
        // A class's own `__getstate__` decides the state; else the
        // attributes are.
        let state = match cls.lookup(&intern("__getstate__")) {
            Some(f @ Value::Function(_)) => vm.call(&f, vec![v.clone()], vec![])?,
            _ => Value::dict(inst.dict.borrow().clone()),
        };
        let payload = match &inst.payload {
            InstancePayload::Builtin(b) => b.borrow().clone(),
            _ => Value::Null,
        };
        self.out.push(tag::INSTANCE);
        self.class_ref(&cls)?;
        if payload.is_null() {
            self.out.push(0);
        } else {
            self.out.push(1);
            self.value(vm, &payload)?;
        }
        self.value(vm, &state)
    }
}

/// Where a native function can be found again: `("builtins", "len")`, or
/// the module whose namespace holds this very object.
fn native_home(vm: &mut Vm, v: &Value, name: &str) -> PyResult<(String, String)> {
    let key = intern(name);
    if vm.builtins.borrow().get_str(&key).is_some_and(|b| b.is(v)) {
        return Ok(("builtins".into(), name.into()));
    }
    let modules: Vec<(Value, Value)> = vm
        .modules
        .borrow()
        .iter()
        .map(|(k, m)| (k.key.clone(), m.clone()))
        .collect();
    for (mname, m) in modules {
        if let (Value::Str(mname), Value::Module(m)) = (mname, m)
            && m.dict.borrow().get_str(&key).is_some_and(|f| f.is(v))
        {
            return Ok((mname.as_str().to_string(), name.into()));
        }
    }
    Err(cannot(vm, v))
}

struct Decoder<'a> {
    input: &'a [u8],
    pos: usize,
    memo: Vec<Value>,
}

impl Decoder<'_> {
    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        let end = self.pos.checked_add(n).ok_or_else(corrupt)?;
        let s = self.input.get(self.pos..end).ok_or_else(corrupt)?;
        self.pos = end;
        Ok(s)
    }

    fn byte(&mut self) -> PyResult<u8> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> PyResult<usize> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn i64(&mut self) -> PyResult<i64> {
        let b = self.take(8)?;
        Ok(i64::from_le_bytes(b.try_into().map_err(|_| corrupt())?))
    }

    fn bytes(&mut self) -> PyResult<Vec<u8>> {
        let n = self.u32()?;
        Ok(self.take(n)?.to_vec())
    }

    fn string(&mut self) -> PyResult<String> {
        String::from_utf8(self.bytes()?).map_err(|_| corrupt())
    }

    fn items(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<Value>> {
        let mut v = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            v.push(self.value(vm)?);
        }
        Ok(v)
    }

    /// A tuple written by `Encoder::seq` with the TUPLE tag.
    fn tuple(&mut self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        if self.byte()? != tag::TUPLE {
            return Err(corrupt());
        }
        let n = self.u32()?;
        self.items(vm, n)
    }

    fn value(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let t = self.byte()?;
        Ok(match t {
            tag::NONE => Value::None,
            tag::FALSE => Value::Bool(false),
            tag::TRUE => Value::Bool(true),
            tag::ELLIPSIS => Value::Ellipsis,
            tag::NOT_IMPLEMENTED => Value::NotImplemented,
            tag::INT => Value::Int(self.i64()?),
            tag::BIGINT => Value::BigInt(Rc::new(BigInt::from_signed_bytes_le(&self.bytes()?))),
            tag::FLOAT => Value::Float(f64::from_bits(self.i64()? as u64)),
            tag::STR => Value::string(self.string()?),
            tag::BYTES => Value::bytes(self.bytes()?),
            tag::BYTEARRAY => {
                let v = Value::ByteArray(Rc::new(RefCell::new(self.bytes()?)));
                self.memo.push(v.clone());
                v
            }
            tag::TUPLE => {
                let n = self.u32()?;
                Value::tuple(self.items(vm, n)?)
            }
            tag::LIST => {
                let list = Rc::new(RefCell::new(Vec::new()));
                self.memo.push(Value::List(list.clone()));
                let n = self.u32()?;
                let items = self.items(vm, n)?;
                *list.borrow_mut() = items;
                Value::List(list)
            }
            tag::DICT => {
                let d = Value::dict(Dict::new());
                self.memo.push(d.clone());
                let n = self.u32()?;
                for _ in 0..n {
                    let k = self.value(vm)?;
                    let v = self.value(vm)?;
                    vm.set_item(&d, k, v)?;
                }
                d
            }
            tag::SET | tag::FROZENSET => {
                let placeholder = self.memo.len();
                if t == tag::SET {
                    self.memo.push(Value::None);
                }
                let n = self.u32()?;
                let items = Value::list(self.items(vm, n)?);
                let cls = if t == tag::SET {
                    vm.types.set.clone()
                } else {
                    vm.types.frozenset.clone()
                };
                let s = vm.call(&Value::Class(cls), vec![items], vec![])?;
                if t == tag::SET {
                    self.memo[placeholder] = s.clone();
                }
                s
            }
            tag::RANGE => Value::Range(Rc::new(Range {
                start: self.i64()?,
                stop: self.i64()?,
                step: self.i64()?,
            })),
            tag::SLICE => {
                let n = self.u32()?;
                let parts = self.items(vm, n)?;
                let [start, stop, step]: [Value; 3] = parts.try_into().map_err(|_| corrupt())?;
                Value::Slice(Rc::new(crate::object::Slice { start, stop, step }))
            }
            tag::CLASS => Value::Class(self.class(vm)?),
            tag::MODULE => {
                let name = self.string()?;
                vm.import_module(&name)?
            }
            tag::NATIVE => {
                let module = self.string()?;
                let name = self.string()?;
                let m = vm.import_module(&module)?;
                vm.get_attr(&m, &intern(&name))?
            }
            tag::BOUND_METHOD => {
                let receiver = self.value(vm)?;
                let func = self.value(vm)?;
                Value::BoundMethod(Rc::new(crate::object::BoundMethod { func, receiver }))
            }
            tag::STATICMETHOD => Value::StaticMethod(Rc::new(self.value(vm)?)),
            tag::CLASSMETHOD => Value::ClassMethod(Rc::new(self.value(vm)?)),
            tag::FUNCTION => self.function(vm)?,
            tag::INSTANCE => self.instance(vm)?,
            tag::EXCEPTION => self.exception(vm)?,
            tag::REF => {
                let i = self.u32()?;
                self.memo.get(i).cloned().ok_or_else(corrupt)?
            }
            _ => return Err(corrupt()),
        })
    }

    fn class(&mut self, vm: &mut Vm) -> PyResult<Rc<crate::object::Class>> {
        let module = self.string()?;
        let qualname = self.string()?;
        let mut obj = if module == "builtins" {
            Value::Dict(vm.builtins.clone())
        } else {
            vm.import_module(&module)?
        };
        for part in qualname.split('.') {
            obj = match &obj {
                Value::Dict(d) => d.borrow().get_str(&intern(part)).cloned().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::AttributeError,
                        format!("Can't get attribute '{qualname}' on <module 'builtins'>"),
                    )
                })?,
                _ => vm.get_attr(&obj, &intern(part))?,
            };
        }
        match obj {
            Value::Class(c) => Ok(c),
            other => Err(type_error(format!(
                "'{module}.{qualname}' is not a class but {}",
                vm.type_name(&other)
            ))),
        }
    }

    fn function(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let number = self.u32()? as u32;
        let code_qualname = self.string()?;
        let first_line = self.u32()? as u32;
        let module = self.string()?;
        let name = self.string()?;
        let qualname = self.string()?;
        let defaults = self.tuple(vm)?;
        let nkw = self.u32()?;
        let mut kwdefaults = Vec::with_capacity(nkw);
        for _ in 0..nkw {
            let k = intern(&self.string()?);
            kwdefaults.push((k, self.value(vm)?));
        }
        let captured = self.tuple(vm)?;
        let same_code = |c: &Rc<crate::bytecode::Code>| {
            c.qualname.as_str() == code_qualname && c.first_line == first_line
        };
        let mut found = crate::code_registry::code_of(number).filter(same_code);
        if found.is_none() && vm.modules.borrow().get_str(&intern(&module)).is_none() {
            // Compiled after this process was forked, in a module imported
            // since: importing it here compiles the same code, which the
            // registry then holds (checked by name and line).
            vm.import_module(&module)?;
            found = crate::code_registry::code_of(number).filter(same_code);
        }
        let Some(code) = found else {
            // A function its module defines at top level is found by
            // name, as pickle finds it.
            return function_by_name(vm, &module, &qualname);
        };
        let globals = match vm.modules.borrow().get_str(&intern(&module)) {
            Some(Value::Module(m)) => Some(m.dict.clone()),
            _ => None,
        };
        let globals = match globals {
            Some(g) => g,
            None => match vm.import_module(&module)? {
                Value::Module(m) => m.dict.clone(),
                _ => return Err(corrupt()),
            },
        };
        let doc = code.doc.clone().map_or(Value::None, Value::Str);
        Ok(Value::Function(Rc::new(Function {
            code,
            globals,
            defaults,
            kwdefaults,
            closure: captured
                .into_iter()
                .map(|v| Rc::new(RefCell::new(v)))
                .collect(),
            name: RefCell::new(intern(&name)),
            qualname: RefCell::new(intern(&qualname)),
            doc: RefCell::new(doc),
            attrs: RefCell::new(None),
            module: Value::str(&module),
        })))
    }

    fn instance(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let slot = self.memo.len();
        self.memo.push(Value::None);
        let cls = self.class(vm)?;
        let payload = match self.byte()? {
            0 => None,
            _ => Some(self.value(vm)?),
        };
        let obj = match payload {
            Some(p) => Value::Instance(Rc::new(Instance {
                class: RefCell::new(cls.clone()),
                dict: Rc::new(RefCell::new(Dict::new())),
                payload: InstancePayload::Builtin(RefCell::new(p)),
            })),
            None => vm.new_instance(&cls),
        };
        self.memo[slot] = obj.clone();
        let state = self.value(vm)?;
        self.restore_state(vm, &obj, state)?;
        Ok(obj)
    }

    fn exception(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let slot = self.memo.len();
        self.memo.push(Value::None);
        let cls = self.class(vm)?;
        let args = self.value(vm)?;
        let args = match args {
            Value::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        let obj = vm.call(&Value::Class(cls), args.clone(), vec![])?;
        if let Some(data) = crate::vm::exceptions::exc_data(&obj) {
            data.borrow_mut().args = Value::tuple(args);
        }
        self.memo[slot] = obj.clone();
        let state = self.value(vm)?;
        self.restore_state(vm, &obj, state)?;
        Ok(obj)
    }

    /// `__setstate__(state)` if the class has one, else the state dict
    /// becomes the instance's attributes.
    fn restore_state(&mut self, vm: &mut Vm, obj: &Value, state: Value) -> PyResult<()> {
        let setstate = intern("__setstate__");
        let cls = vm.type_of(obj);
        if let Some(f @ Value::Function(_)) = cls.lookup(&setstate) {
            vm.call(&f, vec![obj.clone(), state], vec![])?;
            return Ok(());
        }
        if let (Value::Instance(inst), Value::Dict(d)) = (obj, &state) {
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.key.clone(), v.clone()))
                .collect();
            let mut target = inst.dict.borrow_mut();
            for (k, v) in entries {
                if let Value::Str(k) = k {
                    target.set_str(k, v);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `src` as `__main__`, then round-trips `expr`'s value and
    /// returns the repr of `check(decoded)`.
    fn round_trip(src: &str, expr: &str) -> String {
        let mut vm = Vm::new(vec![]);
        let globals = crate::run::main_globals(&mut vm, None);
        crate::run::exec_source(&mut vm, src, "<test>", globals.clone()).unwrap();
        let v = globals.borrow().get_str(&intern(expr)).cloned().unwrap();
        let bytes = encode(&mut vm, &v).unwrap();
        let back = decode(&mut vm, &bytes).unwrap();
        globals.borrow_mut().set_str(intern("back"), back);
        crate::run::exec_source(
            &mut vm,
            "out = repr(check(back))",
            "<test>",
            globals.clone(),
        )
        .unwrap();
        let out = globals.borrow().get_str(&intern("out")).cloned().unwrap();
        vm.to_str(&out).unwrap()
    }

    #[test]
    fn built_in_values_survive() {
        let src = "v = [None, True, 2**100, -7, 1.5, 'é', b'x', bytearray(b'y'), (1, 2), \
                   {'k': [1]}, {3}, frozenset({4}), range(1, 9, 2), slice(1, 2), ...]\n\
                   def check(b): return ([i for i, (x, y) in enumerate(zip(b, v)) if x != y], len(b) == len(v), b == v)";
        assert_eq!(round_trip(src, "v"), "([], True, True)");
    }

    #[test]
    fn shared_references_and_cycles_survive() {
        let src = "a = [1]\nv = [a, a]\nv.append(v)\n\
                   def check(b): return (b[0] is b[1], b[2] is b, b[0])";
        assert_eq!(round_trip(src, "v"), "(True, True, [1])");
    }

    #[test]
    fn closures_and_instances_survive() {
        let src = "class P:\n    def __init__(self, x): self.x = x\n\
                   def make(n):\n    return lambda y, z=2: (n + y + z, P(n).x)\n\
                   v = make(10)\n\
                   def check(b): return b(1)";
        assert_eq!(round_trip(src, "v"), "(13, 10)");
        let src = "v = KeyError('k')\ndef check(b): return (type(b).__name__, b.args)";
        assert_eq!(round_trip(src, "v"), "('KeyError', ('k',))");
    }

    #[test]
    fn unsendable_values_name_their_type() {
        let mut vm = Vm::new(vec![]);
        let globals = crate::run::main_globals(&mut vm, None);
        crate::run::exec_source(&mut vm, "g = (x for x in [])", "<test>", globals.clone()).unwrap();
        let g = globals.borrow().get_str(&intern("g")).cloned().unwrap();
        let err = encode(&mut vm, &g).unwrap_err();
        let exc = vm.materialize(err);
        assert_eq!(vm.to_str(&exc).unwrap(), "cannot pickle 'generator' object");
    }
}
