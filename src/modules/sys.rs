//! The `sys` module and the standard streams `sys.stdin/stdout/stderr`.

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::object::{Class, Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

/// `sys.stdout` and friends: text streams over fds 0, 1 and 2 that share
/// the VM's buffers, so `print` and `sys.stdout.write` interleave right.
pub struct StdStream {
    pub fd: i32,
    pub name: &'static str,
}

impl NativeObject for StdStream {
    fn type_name(&self) -> &str {
        "TextIOWrapper"
    }
    fn class_key(&self) -> &str {
        STREAM_CLASS_KEY
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Where the standard streams' class is registered: apart from the class
/// of files made by `open()`, which has the same name.
const STREAM_CLASS_KEY: &str = "<stdstream>";

fn stream_class(vm: &mut Vm) -> Rc<Class> {
    let key = intern(STREAM_CLASS_KEY);
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let cls = crate::vm::types::new_class(
        intern("TextIOWrapper"),
        vec![vm.types.object.clone()],
        Dict::new(),
    )
    .expect("a plain class");
    vm.add_method(&cls, "write", stream_write);
    vm.add_method(&cls, "flush", stream_flush);
    vm.add_method(&cls, "fileno", stream_fileno);
    vm.add_method(&cls, "isatty", stream_isatty);
    vm.add_method(&cls, "readline", stream_readline);
    vm.add_method(&cls, "read", stream_read);
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

fn stream_of(v: &Value) -> PyResult<&StdStream> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<StdStream>()
            .ok_or_else(|| type_error("expected a standard stream")),
        _ => Err(type_error("expected a standard stream")),
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = stream_of(args.first().unwrap_or(&Value::None))?;
    let text = match args.get(1) {
        Some(Value::Str(t)) => t.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => return Err(type_error("write() takes exactly one argument (0 given)")),
    };
    match s.fd {
        2 => vm.stderr.write_str(text.as_str()),
        _ => vm.stdout.write_str(text.as_str()),
    }
    Ok(Value::Int(text.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = stream_of(args.first().unwrap_or(&Value::None))?;
    let r = match s.fd {
        2 => vm.stderr.try_flush(),
        1 => vm.stdout.try_flush(),
        _ => Ok(()),
    };
    r.map_err(|e| crate::modules::os_error_from_io(&e))?;
    Ok(Value::None)
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = stream_of(args.first().unwrap_or(&Value::None))?;
    Ok(Value::Int(s.fd as i64))
}

fn stream_isatty(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = stream_of(args.first().unwrap_or(&Value::None))?;
    let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(s.fd) };
    Ok(Value::Bool(nix::unistd::isatty(fd).unwrap_or(false)))
}

fn stream_readline(_vm: &mut Vm, _args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| crate::modules::os_error_from_io(&e))?;
    Ok(Value::string(line))
}

fn stream_read(_vm: &mut Vm, _args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    use std::io::Read;
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| crate::modules::os_error_from_io(&e))?;
    Ok(Value::string(s))
}

pub fn create(vm: &mut Vm) -> Value {
    stream_class(vm);
    let m = vm.new_module("sys");
    let Value::Module(module) = &m else {
        return m;
    };
    let entries: Vec<(&str, Value)> = vec![
        (
            "argv",
            Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()),
        ),
        (
            "path",
            Value::list(vm.path.iter().map(|a| Value::str(a)).collect()),
        ),
        ("modules", Value::Dict(vm.modules.clone())),
        ("platform", Value::str("linux")),
        ("maxsize", Value::Int(i64::MAX)),
        ("byteorder", Value::str("little")),
        (
            "executable",
            Value::string(
                std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            ),
        ),
        (
            "version",
            Value::str(concat!("3.11.0 (pyproc ", env!("CARGO_PKG_VERSION"), ")")),
        ),
        (
            "stdin",
            Value::Object(Rc::new(StdStream {
                fd: 0,
                name: "<stdin>",
            })),
        ),
        (
            "stdout",
            Value::Object(Rc::new(StdStream {
                fd: 1,
                name: "<stdout>",
            })),
        ),
        (
            "stderr",
            Value::Object(Rc::new(StdStream {
                fd: 2,
                name: "<stderr>",
            })),
        ),
    ];
    let structs: [(&str, &'static StructSeq, Vec<Value>); 3] = [
        (
            "version_info",
            &VERSION_INFO,
            vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(0),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
        (
            "float_info",
            &FLOAT_INFO,
            vec![
                Value::Float(f64::MAX),
                Value::Int(f64::MAX_EXP as i64),
                Value::Int(f64::MAX_10_EXP as i64),
                Value::Float(f64::MIN_POSITIVE),
                Value::Int(f64::MIN_EXP as i64),
                Value::Int(f64::MIN_10_EXP as i64),
                Value::Int(f64::DIGITS as i64),
                Value::Int(f64::MANTISSA_DIGITS as i64),
                Value::Float(f64::EPSILON),
                Value::Int(f64::RADIX as i64),
                Value::Int(1),
            ],
        ),
        (
            "int_info",
            &INT_INFO,
            vec![
                Value::Int(30),
                Value::Int(4),
                Value::Int(4300),
                Value::Int(640),
            ],
        ),
    ];
    let mut entries = entries;
    for (name, spec, values) in structs {
        entries.push((name, spec.make(vm, values)));
    }
    {
        let mut d = module.dict.borrow_mut();
        for (k, v) in entries {
            d.set_str(intern(k), v);
        }
        let streams: Vec<(Str, Value)> = ["stdin", "stdout", "stderr"]
            .iter()
            .filter_map(|n| {
                d.get_str(&intern(n))
                    .map(|v| (intern(&format!("__{n}__")), v.clone()))
            })
            .collect();
        for (k, v) in streams {
            d.set_str(k, v);
        }
    }
    let funcs: [(&'static str, crate::object::NativeFn); 5] = [
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("getsizeof", getsizeof),
    ];
    for (name, f) in funcs {
        let v = vm.native(name, format!("sys.{name}"), f);
        module.dict.borrow_mut().set_str(intern(name), v);
    }
    m
}

fn sys_exit(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Err(PyErr::with_args(ExcKind::SystemExit, args.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            vm.recursion_limit = *n as usize;
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(value_error(
            "recursion limit must be greater or equal than 1",
        )),
        _ => Err(type_error(
            "'float' object cannot be interpreted as an integer",
        )),
    }
}

fn exc_info(vm: &mut Vm, _args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let exc = vm.exc_info.clone();
    if exc.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = Value::Class(vm.type_of(&exc));
    let tb = vm.get_attr(&exc, &intern("__traceback__"))?;
    Ok(Value::tuple(vec![cls, exc, tb]))
}

fn getsizeof(_vm: &mut Vm, _args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Err(crate::error::not_implemented("sys.getsizeof"))
}

/// Writes text to a `file=` target: None means sys.stdout.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str, flush: bool) -> PyResult<()> {
    if let Value::Object(o) = file
        && let Some(s) = o.as_any().downcast_ref::<StdStream>()
    {
        let stream = if s.fd == 2 {
            &mut vm.stderr
        } else {
            &mut vm.stdout
        };
        stream.write_str(text);
        if flush {
            stream.flush();
        }
        return Ok(());
    }
    match file {
        Value::None => {
            // `print` goes to whatever sys.stdout is now.
            let current = current_stdout(vm);
            match current {
                Some(f) if !matches!(&f, Value::Object(o) if o.as_any().is::<StdStream>()) => {
                    write_to(vm, &f, text, flush)
                }
                _ => {
                    vm.stdout.write_str(text);
                    if flush {
                        vm.stdout.flush();
                    }
                    Ok(())
                }
            }
        }
        other => {
            let write = intern("write");
            let m = vm.get_attr(other, &write).map_err(|_| {
                PyErr::new(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute 'write'", vm.type_name(other)),
                )
            })?;
            vm.call(&m, vec![Value::str(text)], vec![])?;
            if flush {
                let f = vm.get_attr(other, &intern("flush"))?;
                vm.call(&f, vec![], vec![])?;
            }
            Ok(())
        }
    }
}

/// `sys.stdout` as the program has it now (it may have replaced it).
fn current_stdout(vm: &Vm) -> Option<Value> {
    let sys = vm.modules.borrow().get_str(&intern("sys")).cloned()?;
    match sys {
        Value::Module(m) => m.dict.borrow().get_str(&intern("stdout")).cloned(),
        _ => None,
    }
}

use crate::types::structseq::StructSeq;

static VERSION_INFO: StructSeq = StructSeq {
    module: "sys",
    name: "version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_sequence: 5,
};

static FLOAT_INFO: StructSeq = StructSeq {
    module: "sys",
    name: "float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    n_sequence: 11,
};

static INT_INFO: StructSeq = StructSeq {
    module: "sys",
    name: "int_info",
    fields: &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ],
    n_sequence: 4,
};
