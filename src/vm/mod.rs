//! The virtual machine: the interpreter state shared by every frame.
//!
//! The VM is single-threaded and holds no locks, so `fork` can copy it at
//! any instruction boundary. Python-to-Python calls recurse on the Rust
//! stack, which `stacker` grows on demand; the Python recursion limit is
//! what bounds depth, as in CPython.

pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod display;
pub mod exceptions;
pub mod exec;
pub mod frame;
pub mod global_cache;
pub mod import;
pub mod ops;
pub mod protocol;
pub mod types;

use crate::error::{ExcKind, PyResult};
use crate::object::{Class, Dict, NativeFn, NativeFunction};
use crate::value::{Str, Value, intern};
use std::cell::RefCell;
use std::rc::Rc;

pub use types::Types;

pub struct Vm {
    pub builtins: Rc<RefCell<Dict>>,
    /// `sys.modules`.
    pub modules: Rc<RefCell<Dict>>,
    pub types: Types,
    /// Built-in exception classes, indexed by `ExcKind as usize`.
    pub exc_classes: Vec<Rc<Class>>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub recursion_limit: usize,
    pub depth: usize,
    /// `sys.argv` as strings; `sys.path` entries searched for modules.
    pub argv: Vec<String>,
    pub path: Vec<String>,
    /// Interned names the VM looks up often.
    pub names: Names,
    /// Program output goes through these buffers, flushed before `fork`,
    /// at exit, and as the standard streams' buffering rules say.
    pub stdout: crate::io::OutStream,
    pub stderr: crate::io::OutStream,
    /// Callables registered with `atexit`, run last-in first-out.
    pub atexit: Vec<AtexitCall>,
    /// Counter for interrupting long-running loops at safe points: the
    /// exec loop checks pending signals when it reaches zero.
    pub signal_check: u32,
    /// Set by bare `raise` / Reraise: the traceback already has this frame.
    pub reraising: bool,
    /// An exception `generator.throw()` raises at the resumed `yield`.
    pub pending_throw: Option<Value>,
    /// Return value of the last exhausted generator, for `yield from`.
    pub stop_value: Value,
    /// Classes of native objects by type name (`super`, files, ...).
    pub native_classes: RefCell<Dict>,
    /// Python-level signal handlers by signal number (None: default).
    pub signal_handlers: Vec<Value>,
    /// Set when an uncaught KeyboardInterrupt ends the program.
    pub interrupted: bool,
    /// Empty operand-stack allocations of finished frames, for reuse.
    pub stack_pool: Vec<Vec<Value>>,
    /// Boxes for frames run inline (`Vm::inline_frame`).
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// The caller's frame while a signal-aware native runs (see
    /// `builtins::frame::frame_aware`), else None: a handler's `frame`.
    pub signal_frame: Value,
}

/// A registered atexit callable with its arguments.
pub type AtexitCall = (Value, Vec<Value>, Vec<(Str, Value)>);

/// Frequently used names, interned once.
pub struct Names {
    pub init: Str,
    pub new: Str,
    pub repr: Str,
    pub str_: Str,
    pub call: Str,
    pub getattr: Str,
    pub getattribute: Str,
    pub setattr: Str,
    pub delattr: Str,
    pub iter: Str,
    pub next: Str,
    pub len: Str,
    pub bool_: Str,
    pub hash: Str,
    pub eq: Str,
    pub ne: Str,
    pub lt: Str,
    pub le: Str,
    pub gt: Str,
    pub ge: Str,
    pub contains: Str,
    pub getitem: Str,
    pub setitem: Str,
    pub delitem: Str,
    pub enter: Str,
    pub exit: Str,
    pub name: Str,
    pub qualname: Str,
    pub module: Str,
    pub doc: Str,
    pub dict: Str,
    pub class: Str,
    pub classcell: Str,
    pub builtins_: Str,
    pub main: Str,
    pub format: Str,
    pub index: Str,
    pub int_: Str,
    pub float_: Str,
    pub neg: Str,
    pub pos: Str,
    pub invert: Str,
    pub abs: Str,
    pub get: Str,
    pub set: Str,
    pub delete: Str,
    pub set_name: Str,
    pub init_subclass: Str,
    pub annotations: Str,
    pub all: Str,
    pub reversed: Str,
    pub round: Str,
    pub missing: Str,
}

impl Names {
    fn new() -> Names {
        Names {
            init: intern("__init__"),
            new: intern("__new__"),
            repr: intern("__repr__"),
            str_: intern("__str__"),
            call: intern("__call__"),
            getattr: intern("__getattr__"),
            getattribute: intern("__getattribute__"),
            setattr: intern("__setattr__"),
            delattr: intern("__delattr__"),
            iter: intern("__iter__"),
            next: intern("__next__"),
            len: intern("__len__"),
            bool_: intern("__bool__"),
            hash: intern("__hash__"),
            eq: intern("__eq__"),
            ne: intern("__ne__"),
            lt: intern("__lt__"),
            le: intern("__le__"),
            gt: intern("__gt__"),
            ge: intern("__ge__"),
            contains: intern("__contains__"),
            getitem: intern("__getitem__"),
            setitem: intern("__setitem__"),
            delitem: intern("__delitem__"),
            enter: intern("__enter__"),
            exit: intern("__exit__"),
            name: intern("__name__"),
            qualname: intern("__qualname__"),
            module: intern("__module__"),
            doc: intern("__doc__"),
            dict: intern("__dict__"),
            class: intern("__class__"),
            classcell: intern("__classcell__"),
            builtins_: intern("__builtins__"),
            main: intern("__main__"),
            format: intern("__format__"),
            index: intern("__index__"),
            int_: intern("__int__"),
            float_: intern("__float__"),
            neg: intern("__neg__"),
            pos: intern("__pos__"),
            invert: intern("__invert__"),
            abs: intern("__abs__"),
            get: intern("__get__"),
            set: intern("__set__"),
            delete: intern("__delete__"),
            set_name: intern("__set_name__"),
            init_subclass: intern("__init_subclass__"),
            annotations: intern("__annotations__"),
            all: intern("__all__"),
            reversed: intern("__reversed__"),
            round: intern("__round__"),
            missing: intern("__missing__"),
        }
    }
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        let (types, exc_classes) = types::create();
        let mut vm = Vm {
            builtins: Rc::new(RefCell::new(Dict::new())),
            modules: Rc::new(RefCell::new(Dict::new())),
            types,
            exc_classes,
            exc_info: Value::None,
            recursion_limit: 1000,
            depth: 0,
            argv,
            path: Vec::new(),
            names: Names::new(),
            stdout: crate::io::OutStream::stdout(),
            stderr: crate::io::OutStream::stderr(),
            atexit: Vec::new(),
            signal_check: 0,
            reraising: false,
            pending_throw: None,
            stop_value: Value::None,
            native_classes: RefCell::new(Dict::new()),
            signal_handlers: vec![Value::None; crate::signals::NSIG],
            interrupted: false,
            stack_pool: Vec::new(),
            frame_pool: Vec::new(),
            signal_frame: Value::None,
        };
        crate::types::register_all(&mut vm);
        crate::builtins::register(&mut vm);
        vm
    }

    /// The class of a built-in exception kind.
    pub fn exc_class(&self, kind: ExcKind) -> Rc<Class> {
        self.exc_classes[kind as usize].clone()
    }

    /// A native function value.
    pub fn native(&self, name: &'static str, qualname: String, func: NativeFn) -> Value {
        Value::Native(Rc::new(NativeFunction {
            name,
            qualname,
            func,
            bound: None,
            data: Value::None,
            unwrap_self: false,
        }))
    }

    /// Adds a method implemented in Rust to a class's namespace.
    pub fn add_method(&self, class: &Rc<Class>, name: &'static str, func: NativeFn) {
        let qual = format!("{}.{}", class.name.borrow().as_str(), name);
        let unwrap_self = crate::vm::types::subclassable_builtin(class) && name != "__new__";
        let f = Value::Native(Rc::new(NativeFunction {
            name,
            qualname: qual,
            func,
            bound: None,
            data: Value::None,
            unwrap_self,
        }));
        class.dict.borrow_mut().set_str(intern(name), f);
        crate::object::class::invalidate_class_caches();
    }

    /// Adds a builtin function.
    pub fn add_builtin(&self, name: &'static str, func: NativeFn) {
        let f = self.native(name, name.to_string(), func);
        self.builtins.borrow_mut().set_str(intern(name), f);
    }

    pub fn check_recursion(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(crate::error::PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }
}
