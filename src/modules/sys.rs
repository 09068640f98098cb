//! The `sys` module and the standard streams `sys.stdin/stdout/stderr`.

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
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
        ("stdin", Value::Object(crate::io::stdin())),
        ("stdout", Value::Object(vm.stdout.file.clone())),
        ("stderr", Value::Object(vm.stderr.file.clone())),
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

/// Writes text to a `file=` target: None means the current sys.stdout.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str, flush: bool) -> PyResult<()> {
    let Some(target) = print_target(vm, file) else {
        return Ok(());
    };
    write_piece(vm, &target, text)?;
    if flush {
        flush_target(vm, &target)?;
    }
    Ok(())
}

/// Where `print(file=...)` writes: the file given, else the current
/// `sys.stdout`; None when that is None (CPython then prints nothing).
pub fn print_target(vm: &mut Vm, file: &Value) -> Option<Value> {
    let target = match file {
        Value::None => match current_stream(vm, "stdout") {
            Some(f) => f,
            None => Value::Object(vm.stdout.file.clone()),
        },
        other => other.clone(),
    };
    (!target.is_none()).then_some(target)
}

fn native_text_file(target: &Value) -> Option<&crate::io::object::File> {
    match target {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<crate::io::object::File>()
            .filter(|f| f.layer == crate::io::object::Layer::Text),
        _ => None,
    }
}

/// One `write(text)` on a print target.
pub fn write_piece(vm: &mut Vm, target: &Value, text: &str) -> PyResult<()> {
    if let Some(f) = native_text_file(target) {
        return crate::io::object::write_text(vm, f, text).map(|_| ());
    }
    let write = vm.get_attr(target, &intern("write")).map_err(|_| {
        PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute 'write'", vm.type_name(target)),
        )
    })?;
    vm.call(&write, vec![Value::str(text)], vec![])?;
    Ok(())
}

/// `flush()` on a print target.
pub fn flush_target(vm: &mut Vm, target: &Value) -> PyResult<()> {
    if let Some(f) = native_text_file(target) {
        return crate::io::object::flush_file(vm, f);
    }
    let f = vm.get_attr(target, &intern("flush"))?;
    vm.call(&f, vec![], vec![])?;
    Ok(())
}

/// `sys.<name>` as the program has it now (it may have replaced it).
pub fn current_stream(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.modules.borrow().get_str(&intern("sys")).cloned()?;
    match sys {
        Value::Module(m) => m.dict.borrow().get_str(&intern(name)).cloned(),
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
