//! Python exceptions as seen from Rust: `PyErr` travels through `Result`s
//! until a frame's handler catches it or it reaches the top level.

use crate::bytecode::Code;
use crate::value::Value;
use std::rc::Rc;

pub type PyResult<T> = Result<T, PyErr>;

/// One line of a traceback: the code object and the line being run.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

macro_rules! exc_kinds {
    ($($name:ident),* $(,)?) => {
        /// The built-in exception classes Rust code raises by kind.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { $($name),* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }
        }
    };
}

exc_kinds!(
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    StopAsyncIteration,
    ArithmeticError,
    FloatingPointError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    BufferError,
    EOFError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    BlockingIOError,
    ChildProcessError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    FileExistsError,
    FileNotFoundError,
    InterruptedError,
    IsADirectoryError,
    NotADirectoryError,
    PermissionError,
    ProcessLookupError,
    TimeoutError,
    ReferenceError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    SyntaxError,
    IndentationError,
    TabError,
    SystemError,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    Warning,
    DeprecationWarning,
    RuntimeWarning,
    UserWarning,
);

impl ExcKind {
    /// The direct base class in CPython's hierarchy.
    pub fn base(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
            FloatingPointError | OverflowError | ZeroDivisionError => ArithmeticError,
            ModuleNotFoundError => ImportError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            BlockingIOError | ChildProcessError | ConnectionError | FileExistsError
            | FileNotFoundError | InterruptedError | IsADirectoryError | NotADirectoryError
            | PermissionError | ProcessLookupError | TimeoutError => OSError,
            BrokenPipeError
            | ConnectionAbortedError
            | ConnectionRefusedError
            | ConnectionResetError => ConnectionError,
            NotImplementedError | RecursionError => RuntimeError,
            IndentationError => SyntaxError,
            TabError => IndentationError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            UnicodeError => ValueError,
            DeprecationWarning | RuntimeWarning | UserWarning => Warning,
            _ => Exception,
        })
    }
}

/// An exception in flight. Created cheaply from Rust as a kind and message;
/// the VM turns it into an exception instance when Python code sees it.
pub struct PyErr {
    pub repr: Box<ErrRepr>,
}

pub enum ErrRepr {
    /// Not yet instantiated: `kind(msg)`; `args` overrides the message
    /// when the exception takes several arguments (e.g. OSError).
    Lazy { kind: ExcKind, args: Vec<Value> },
    /// An exception instance.
    Object(Value),
}

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr {
            repr: Box::new(ErrRepr::Lazy {
                kind,
                args: vec![Value::string(msg.into())],
            }),
        }
    }
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr {
            repr: Box::new(ErrRepr::Lazy { kind, args }),
        }
    }
    pub fn from_value(exc: Value) -> PyErr {
        PyErr {
            repr: Box::new(ErrRepr::Object(exc)),
        }
    }
    /// The lazily-raised kind, if not yet instantiated.
    pub fn lazy_kind(&self) -> Option<ExcKind> {
        match &*self.repr {
            ErrRepr::Lazy { kind, .. } => Some(*kind),
            ErrRepr::Object(_) => None,
        }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.repr {
            ErrRepr::Lazy { kind, args } => write!(f, "{}({:?})", kind.name(), args),
            ErrRepr::Object(v) => write!(f, "PyErr({v:?})"),
        }
    }
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::IndexError, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::AttributeError, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::OverflowError, msg)
}
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, msg)
}
pub fn not_implemented(what: &str) -> PyErr {
    PyErr::new(
        ExcKind::NotImplementedError,
        format!("{what} is not supported by pyproc yet"),
    )
}
