//! `_subprocess`: the native half of `subprocess` (`stdlib/subprocess.pp`
//! holds `Popen`, `run` and friends). Three calls: `spawn` starts a child,
//! `wait` waits for it (with a timeout, and a hint when it deadlocks on a
//! full pipe), `communicate` moves data through its pipes without
//! deadlocking.

pub mod communicate;
pub mod spawn;
pub mod wait;

use crate::builtins::args::arity;
use crate::error::{PyResult, type_error, value_error};
use crate::modules::posix::{add_functions, c_int, path_arg};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::time::{Duration, Instant};

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("_subprocess");
    if let Value::Module(module) = &m {
        let mut d = module.dict.borrow_mut();
        add_functions(
            vm,
            &mut d,
            &[
                ("spawn", spawn_fn),
                ("wait", wait_fn),
                ("communicate", communicate_fn),
            ],
        );
    }
    m
}

fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.borrow().to_vec()),
        Value::Tuple(t) => Ok(t.to_vec()),
        other => vm.collect(other),
    }
}

fn fd_or_none(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    match v {
        Value::None => Ok(-1),
        other => c_int(vm, other),
    }
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr, close_fds,
/// pass_fds, start_new_session, process_group, preexec_fn)` -> pid, or
/// None when preexec_fn raised.
fn spawn_fn(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    arity("spawn", args, 12, 12)?;
    let argv_items = items(vm, &args[0])?;
    if argv_items.is_empty() {
        return Err(value_error("args must not be empty"));
    }
    let argv = spawn::argv_of(vm, &argv_items)?;
    let (program, program_value) = match &args[1] {
        Value::None => (argv[0].clone(), argv_items[0].clone()),
        exe => (path_arg(vm, exe, "Popen", "executable")?, exe.clone()),
    };
    let cwd = match &args[2] {
        Value::None => None,
        c => Some(path_arg(vm, c, "Popen", "cwd")?),
    };
    let env = match &args[3] {
        Value::None => None,
        e => Some(crate::modules::posix::process::exec_env(vm, "Popen", e)?),
    };
    let stdio = [
        fd_or_none(vm, &args[4])?,
        fd_or_none(vm, &args[5])?,
        fd_or_none(vm, &args[6])?,
    ];
    let close_fds = vm.truthy(&args[7])?;
    let mut pass_fds = Vec::new();
    for fd in items(vm, &args[8])? {
        pass_fds.push(c_int(vm, &fd)?);
    }
    let start_new_session = vm.truthy(&args[9])?;
    let process_group = fd_or_none(vm, &args[10])?;
    let preexec_fn = match &args[11] {
        Value::None => None,
        f => Some(f.clone()),
    };
    let req = spawn::SpawnRequest {
        argv,
        program,
        cwd,
        env,
        stdio,
        close_fds,
        pass_fds,
        start_new_session,
        process_group,
        preexec_fn,
        program_value,
        cwd_value: args[2].clone(),
    };
    Ok(match spawn::spawn(vm, &req)? {
        Some(pid) => Value::Int(pid as i64),
        None => Value::None,
    })
}

fn seconds(vm: &mut Vm, v: &Value) -> PyResult<Option<Duration>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(Duration::from_secs_f64((*i).max(0) as f64))),
        Value::Float(f) => Ok(Some(Duration::from_secs_f64(f.max(0.0)))),
        other => Err(type_error(format!(
            "timeout must be a number, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `wait(pid, timeout, pipes)` -> raw status, or None on timeout; `pipes`
/// lists `(fd, name)` of the child's PIPEs for the deadlock hint.
fn wait_fn(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    arity("wait", args, 3, 3)?;
    let pid = c_int(vm, &args[0])?;
    let timeout = seconds(vm, &args[1])?;
    let mut pipes = Vec::new();
    for item in items(vm, &args[2])? {
        let pair = items(vm, &item)?;
        if let [fd, name] = pair.as_slice() {
            pipes.push(wait::WatchedPipe {
                fd: c_int(vm, fd)?,
                name: vm.to_str(name)?,
            });
        }
    }
    Ok(match wait::wait(vm, pid, timeout, &pipes)? {
        Some(status) => Value::Int(status as i64),
        None => Value::None,
    })
}

fn drain(vm: &mut Vm, fd: &Value, buf: &Value) -> PyResult<Option<communicate::Drain>> {
    let fd = fd_or_none(vm, fd)?;
    if fd < 0 {
        return Ok(None);
    }
    match buf {
        Value::ByteArray(b) => Ok(Some(communicate::Drain {
            fd,
            buf: b.clone(),
            open: true,
        })),
        _ => Err(type_error("communicate() needs a bytearray buffer")),
    }
}

/// `communicate(stdin_fd, input, written, stdout_fd, out_buf, stderr_fd,
/// err_buf, timeout)` -> `(written, stdout_eof, stderr_eof, timed_out)`.
fn communicate_fn(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    arity("communicate", args, 8, 8)?;
    let stdin_fd = fd_or_none(vm, &args[0])?;
    let input: Vec<u8> = match &args[1] {
        Value::None => Vec::new(),
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => {
            return Err(type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    let written = vm.index_value(&args[2])?.max(0) as usize;
    let mut drains = Vec::new();
    let out = drain(vm, &args[3], &args[4])?;
    let has_out = out.is_some();
    drains.extend(out);
    drains.extend(drain(vm, &args[5], &args[6])?);
    let deadline = seconds(vm, &args[7])?.map(|t| Instant::now() + t);
    let progress = communicate::communicate(vm, stdin_fd, &input, written, &mut drains, deadline)?;
    let eof = |i: usize| drains.get(i).is_some_and(|d| !d.open);
    let (out_eof, err_eof) = if has_out {
        (eof(0), eof(1))
    } else {
        (false, eof(0))
    };
    Ok(Value::tuple(vec![
        Value::Int(progress.written as i64),
        Value::Bool(out_eof),
        Value::Bool(err_eof),
        Value::Bool(progress.timed_out),
    ]))
}
