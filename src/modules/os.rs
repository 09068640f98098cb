//! A minimal `os` module: process ids, `remove`/`unlink` and the path
//! separator constants. The full module is still to come.

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("os");
    let Value::Module(module) = &m else {
        return m;
    };
    let consts: [(&str, &str); 6] = [
        ("name", "posix"),
        ("sep", "/"),
        ("altsep", ""),
        ("pathsep", ":"),
        ("linesep", "\n"),
        ("curdir", "."),
    ];
    {
        let mut d = module.dict.borrow_mut();
        for (k, v) in consts {
            let v = if k == "altsep" {
                Value::None
            } else {
                Value::str(v)
            };
            d.set_str(intern(k), v);
        }
        d.set_str(intern("pardir"), Value::str(".."));
        d.set_str(intern("devnull"), Value::str("/dev/null"));
    }
    let funcs: [(&'static str, crate::object::NativeFn); 4] = [
        ("getpid", getpid),
        ("getppid", getppid),
        ("remove", remove),
        ("unlink", remove),
    ];
    for (name, f) in funcs {
        let v = vm.native(name, name.to_string(), f);
        module.dict.borrow_mut().set_str(intern(name), v);
    }
    m
}

fn no_args(name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn getpid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getpid", args, kwargs)?;
    Ok(Value::Int(nix::unistd::getpid().as_raw() as i64))
}

fn getppid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getppid", args, kwargs)?;
    Ok(Value::Int(nix::unistd::getppid().as_raw() as i64))
}

/// `os.remove(path)` / `os.unlink(path)`.
fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("remove() takes no keyword arguments"));
    }
    let path = match args {
        [Value::Str(s)] => s.as_str().as_bytes().to_vec(),
        [Value::Bytes(b)] => b.to_vec(),
        [other] => {
            return Err(type_error(format!(
                "remove: path should be string, bytes or os.PathLike, not {}",
                vm.type_name(other)
            )));
        }
        _ => {
            return Err(type_error(format!(
                "remove() takes exactly 1 argument ({} given)",
                args.len()
            )));
        }
    };
    let p =
        std::path::Path::new(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&path));
    match nix::unistd::unlink(p) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(crate::modules::os_error(e as i32, Some(args[0].clone()))),
    }
}
