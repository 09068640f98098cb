//! Generator methods: `send`, `throw`, `close`, and iteration.

use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::Generator;
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    vm.add_method(&g, "send", send);
    vm.add_method(&g, "throw", throw);
    vm.add_method(&g, "close", close);
    vm.add_method(&g, "__next__", next);
    vm.add_method(&g, "__iter__", iter);
}

fn gen_of(v: Option<&Value>) -> PyResult<Rc<RefCell<Generator>>> {
    match v {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

/// A generator's return ends iteration with StopIteration(value).
fn stop(value: Value) -> PyErr {
    if value.is_none() {
        PyErr::with_args(ExcKind::StopIteration, vec![])
    } else {
        PyErr::with_args(ExcKind::StopIteration, vec![value])
    }
}

fn send(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let g = gen_of(args.first())?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    match vm.gen_send(&g, v)? {
        Ok(y) => Ok(y),
        Err(r) => Err(stop(r)),
    }
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let g = gen_of(args.first())?;
    match vm.gen_send(&g, Value::None)? {
        Ok(y) => Ok(y),
        Err(r) => Err(stop(r)),
    }
}

fn iter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn throw(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let g = gen_of(args.first())?;
    let exc = match args.get(1) {
        Some(v) => {
            let exc = vm.make_exception(v.clone())?;
            if let Some(Value::Instance(_)) = args.get(2)
                && let Value::Class(_) = v
            {
                args[2].clone()
            } else {
                exc
            }
        }
        None => return Err(type_error("throw expected at least 1 argument, got 0")),
    };
    if g.borrow().frame.is_none() || !g.borrow().started {
        // Not started or finished: the exception is raised right here.
        g.borrow_mut().frame = None;
        return Err(PyErr::from_value(exc));
    }
    match vm.gen_resume(&g, Err(PyErr::from_value(exc)))? {
        Ok(y) => Ok(y),
        Err(r) => Err(stop(r)),
    }
}

fn close(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let g = gen_of(args.first())?;
    if g.borrow().frame.is_none() || !g.borrow().started {
        g.borrow_mut().frame = None;
        return Ok(Value::None);
    }
    let exit = vm.materialize(PyErr::with_args(ExcKind::GeneratorExit, vec![]));
    match vm.gen_resume(&g, Err(PyErr::from_value(exit))) {
        Ok(Ok(_)) => Err(PyErr::new(
            ExcKind::RuntimeError,
            "generator ignored GeneratorExit",
        )),
        Ok(Err(_)) => Ok(Value::None),
        Err(e) => {
            let exc = vm.materialize(e);
            if vm.is_kind(&exc, ExcKind::GeneratorExit) || vm.is_kind(&exc, ExcKind::StopIteration)
            {
                Ok(Value::None)
            } else {
                Err(PyErr::from_value(exc))
            }
        }
    }
}

impl Vm {
    /// Closes suspended generators that were freed inside a `try`/`with`
    /// block, running their cleanup as CPython's generator finalizer does.
    /// Errors are reported as unraisable, not propagated.
    #[inline]
    pub fn close_dropped_generators(&mut self) {
        if crate::object::generator::any_pending_close() {
            self.close_pending_generators();
        }
    }

    #[inline(never)]
    fn close_pending_generators(&mut self) {
        while let Some(g) = crate::object::generator::take_pending_close() {
            let gen_value = Value::Generator(g);
            if let Err(e) = close(self, std::slice::from_ref(&gen_value), &[]) {
                let exc = self.materialize(e);
                self.stdout.flush();
                self.stderr.write_str("Exception ignored in: ");
                let r = self.repr(&gen_value).unwrap_or_default();
                self.stderr.write_str(&r);
                self.stderr.write_str("\n");
                self.print_exception(&exc);
            }
        }
    }
}
