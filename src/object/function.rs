//! Functions: compiled (`Function`), native (`NativeFunction`) and bound.

use crate::bytecode::Code;
use crate::error::PyResult;
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Function {
    pub code: Rc<Code>,
    /// The module namespace the function was defined in.
    pub globals: Rc<RefCell<crate::object::Dict>>,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults by name.
    pub kwdefaults: Vec<(Str, Value)>,
    pub closure: Vec<Rc<RefCell<Value>>>,
    pub name: RefCell<Str>,
    pub qualname: RefCell<Str>,
    pub doc: RefCell<Value>,
    /// `__dict__` for attributes set on the function; created on demand.
    pub attrs: RefCell<Option<Rc<RefCell<crate::object::Dict>>>>,
    /// The `__module__` name.
    pub module: Value,
}

/// Positional arguments and keyword arguments (name, value) in call order.
pub type NativeFn = fn(&mut Vm, &[Value], &[(Str, Value)]) -> PyResult<Value>;

pub struct NativeFunction {
    pub name: &'static str,
    /// `str.upper` style qualified name for reprs and errors.
    pub qualname: String,
    pub func: NativeFn,
    /// For methods of built-in types: the receiver bound by attribute
    /// access, passed as `args[0]`.
    pub bound: Option<Value>,
    /// Native functions that need their own state (e.g. a partially
    /// applied constructor) keep it here.
    pub data: Value,
    /// Set for methods of the built-in value types (`str.upper`): called
    /// with an instance of a user subclass as `args[0]`, they receive the
    /// built-in value the instance wraps.
    pub unwrap_self: bool,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
