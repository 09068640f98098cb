//! The `signal` module. CPython layers it as `_signal` (C) under
//! `signal.py` (which wraps numbers in the `Signals`, `Handlers` and
//! `Sigmasks` enums); pyproc does both in Rust, keeping each function's
//! argument messages from the layer CPython implements it in.
//!
//! Delivery itself lives in `crate::signals`: the OS handler sets a flag
//! and the VM runs the Python handler at its next safe point.

mod int_enum;
mod itimer;

use crate::builtins::args::{arity, err_is, no_kwargs};
use crate::error::{ExcKind, PyErr, PyResult, overflow_error, type_error, value_error};
use crate::object::{Class, NativeFn};
use crate::signals::{self, Disposition, NSIG};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::rc::Rc;

/// Signal names in CPython's enum order (by value, then name), so the
/// first name of a value is the member and later ones are aliases.
fn signal_names() -> Vec<(&'static str, i64)> {
    let mut names: Vec<(&'static str, i64)> = [
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGSTKFLT", libc::SIGSTKFLT),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
    ]
    .into_iter()
    .map(|(n, v)| (n, v as i64))
    .collect();
    names.sort_by(|a, b| (a.1, a.0).cmp(&(b.1, b.0)));
    names
}

/// The name of a signal number (`SIGTERM`), as the `Signals` enum names it.
pub fn signal_name(signum: i32) -> Option<&'static str> {
    signal_names()
        .into_iter()
        .find(|&(_, v)| v == signum as i64)
        .map(|(n, _)| n)
}

const HANDLERS: [(&str, i64); 2] = [("SIG_DFL", 0), ("SIG_IGN", 1)];
const SIGMASKS: [(&str, i64); 3] = [
    ("SIG_BLOCK", libc::SIG_BLOCK as i64),
    ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
    ("SIG_SETMASK", libc::SIG_SETMASK as i64),
];

fn signals_class(vm: &mut Vm) -> Rc<Class> {
    int_enum::class(vm, "signal", "Signals", &signal_names())
}

fn handlers_class(vm: &mut Vm) -> Rc<Class> {
    int_enum::class(vm, "signal", "Handlers", &HANDLERS)
}

fn sigmasks_class(vm: &mut Vm) -> Rc<Class> {
    int_enum::class(vm, "signal", "Sigmasks", &SIGMASKS)
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("signal");
    let Value::Module(module) = &m else {
        return m;
    };
    let default_int = default_int_handler_fn(vm);
    init_handlers(vm, &default_int);
    let mut d = module.dict.borrow_mut();
    let funcs: &[(&'static str, NativeFn)] = &[
        ("signal", signal),
        ("getsignal", getsignal),
        ("raise_signal", raise_signal),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
        ("alarm", alarm),
        ("pause", pause),
        ("siginterrupt", siginterrupt),
        ("pthread_sigmask", pthread_sigmask),
        ("sigpending", sigpending),
        ("sigwait", sigwait),
        ("setitimer", itimer::setitimer),
        ("getitimer", itimer::getitimer),
    ];
    for (name, f) in funcs {
        d.set_str(intern(name), vm.native(name, name.to_string(), *f));
    }
    let frame_aware: [(&'static str, NativeFn); 4] = [
        ("raise_signal", raise_signal),
        ("pause", pause),
        ("pthread_sigmask", pthread_sigmask),
        ("sigwait", sigwait),
    ];
    for (name, f) in frame_aware {
        let native = crate::builtins::frame::frame_aware(name, name.to_string(), f);
        d.set_str(intern(name), native);
    }
    d.set_str(intern("default_int_handler"), default_int);
    d.set_str(intern("NSIG"), Value::Int(NSIG as i64));
    for (name, v) in itimer::WHICH {
        d.set_str(intern(name), Value::Int(v));
    }
    d.set_str(intern("ItimerError"), Value::Class(itimer::error_class(vm)));
    for cls in [signals_class(vm), handlers_class(vm), sigmasks_class(vm)] {
        let members = cls.dict.borrow().get_str(&intern("_member_map_")).cloned();
        if let Some(Value::Dict(members)) = members {
            for (k, v) in members.borrow().iter() {
                if let Value::Str(name) = &k.key {
                    d.set_str(name.clone(), v.clone());
                }
            }
        }
        d.set_str(cls.name.borrow().clone(), Value::Class(cls.clone()));
    }
    drop(d);
    m
}

/// `signal.default_int_handler`, one function per VM so `getsignal`
/// returns the very object the module exports.
fn default_int_handler_fn(vm: &mut Vm) -> Value {
    let key = intern("<signal.default_int_handler>");
    if let Some(f) = vm.native_classes.borrow().get_str(&key) {
        return f.clone();
    }
    let f = vm.native(
        "default_int_handler",
        "default_int_handler".to_string(),
        default_int_handler,
    );
    vm.native_classes.borrow_mut().set_str(key, f.clone());
    f
}

/// Fills in what `getsignal` reports for signals Python has not set:
/// the kernel's SIG_DFL / SIG_IGN, and default_int_handler for the SIGINT
/// pyproc catches from start-up (None for handlers set outside Python).
fn init_handlers(vm: &mut Vm, default_int: &Value) {
    for signum in 1..NSIG {
        if !vm.signal_handlers[signum].is_none() {
            continue;
        }
        vm.signal_handlers[signum] = match signals::disposition(signum as i32) {
            Some(Disposition::Default) => Value::Int(0),
            Some(Disposition::Ignore) => Value::Int(1),
            Some(Disposition::Catch) if signum == libc::SIGINT as usize => default_int.clone(),
            _ => Value::None,
        };
    }
}

/// Binds arguments as a Python `def fname(names...)` would, with its
/// messages (CPython writes these functions in `signal.py`).
fn bind<const N: usize>(
    fname: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    names: [&str; N],
) -> PyResult<[Value; N]> {
    if args.len() > N {
        let s = if N == 1 { "" } else { "s" };
        let verb = if args.len() == 1 { "was" } else { "were" };
        return Err(type_error(format!(
            "{fname}() takes {N} positional argument{s} but {} {verb} given",
            args.len()
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kwargs {
        let Some(i) = names.iter().position(|n| *n == k.as_str()) else {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "{fname}() got multiple values for argument '{}'",
                k.as_str()
            )));
        }
        out[i] = Some(v.clone());
    }
    let missing: Vec<String> = names
        .iter()
        .zip(out.iter())
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(type_error(format!(
            "{fname}() missing {} required positional argument{s}: {list}",
            missing.len()
        )));
    }
    Ok(out.map(|v| v.unwrap_or(Value::None)))
}

/// A C `int` as argument clinic converts it (`__index__`, CPython's
/// overflow message).
pub(super) fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_large = || overflow_error("Python int too large to convert to C int");
    if let Value::BigInt(_) = v {
        return Err(too_large());
    }
    let i = vm.index_value(v)?;
    i32::try_from(i).map_err(|_| too_large())
}

/// A signal number in `1..NSIG`.
fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = c_int(vm, v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    Ok(n)
}

/// What Python sees of a stored handler: SIG_DFL/SIG_IGN as `Handlers`
/// members, anything else as stored.
fn handler_value(vm: &mut Vm, stored: Value) -> Value {
    match stored {
        Value::Int(n) => {
            let cls = handlers_class(vm);
            int_enum::member_or_int(vm, &cls, n)
        }
        other => other,
    }
}

/// CPython's `signal._enum_to_int`: `int(v)` when that works, else `v`
/// (so `signal(1.5, h)` sets SIGHUP and a handler of `"1"` is SIG_IGN).
fn enum_to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let int = Value::Class(vm.types.int.clone());
    match vm.call(&int, vec![v.clone()], vec![]) {
        Ok(i) => Ok(i),
        Err(e) if err_is(vm, &e, ExcKind::TypeError) || err_is(vm, &e, ExcKind::ValueError) => {
            Ok(v.clone())
        }
        Err(e) => Err(e),
    }
}

/// `signal.signal(signalnum, handler)`: installs the handler and returns
/// the previous one.
fn signal(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [num, handler] = bind("signal", args, kwargs, ["signalnum", "handler"])?;
    let num = enum_to_int(vm, &num)?;
    let handler = enum_to_int(vm, &handler)?;
    let signum = signum_arg(vm, &num)?;
    let (disposition, stored) = if crate::builtins::is_callable(vm, &handler) {
        (Disposition::Catch, handler)
    } else if let Value::Int(n @ (0 | 1)) = handler {
        let d = if n == 1 {
            Disposition::Ignore
        } else {
            Disposition::Default
        };
        (d, Value::Int(n))
    } else {
        return Err(type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    };
    // As CPython: signals already pending run under the old handlers.
    signals::run_pending(vm)?;
    signals::set_disposition(signum, disposition, false)
        .map_err(|e| crate::modules::os_error(e as i32, None))?;
    let old = std::mem::replace(&mut vm.signal_handlers[signum as usize], stored);
    Ok(handler_value(vm, old))
}

fn getsignal(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [num] = bind("getsignal", args, kwargs, ["signalnum"])?;
    let signum = signum_arg(vm, &num)?;
    let stored = vm.signal_handlers[signum as usize].clone();
    Ok(handler_value(vm, stored))
}

/// The handler CPython installs for SIGINT: raises KeyboardInterrupt.
fn default_int_handler(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("default_int_handler", kwargs)?;
    arity("default_int_handler", args, 2, 2)?;
    Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]))
}

/// For the `_signal` functions taking one positional argument.
fn one_arg<'a>(fname: &str, args: &'a [Value], kwargs: &[(Str, Value)]) -> PyResult<&'a Value> {
    no_kwargs(&format!("_signal.{fname}"), kwargs)?;
    match args {
        [v] => Ok(v),
        _ => Err(type_error(format!(
            "_signal.{fname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `signal.raise_signal(n)`: sends n to this process; its handler runs
/// before the call returns.
fn raise_signal(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let n = c_int(vm, one_arg("raise_signal", args, kwargs)?)?;
    // SAFETY: raise has no memory effects.
    if unsafe { libc::raise(n) } != 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    signals::run_pending(vm)?;
    Ok(Value::None)
}

/// `signal.strsignal(n)`: the C library's description, or None for a
/// number it does not know.
fn strsignal(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let n = signum_arg(vm, one_arg("strsignal", args, kwargs)?)?;
    // SAFETY: strsignal returns a NUL-terminated string (or null), valid
    // until the next call; it is copied at once.
    let text = unsafe {
        let p = libc::strsignal(n);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if text.contains("Unknown signal") {
        return Ok(Value::None);
    }
    Ok(Value::string(text))
}

/// The members of a C signal set, as `Signals` where there is one.
fn set_of(vm: &mut Vm, set: &libc::sigset_t) -> PyResult<Value> {
    let cls = signals_class(vm);
    let mut items = Vec::new();
    for n in 1..NSIG as i32 {
        // SAFETY: `set` is an initialised sigset_t.
        if unsafe { libc::sigismember(set, n) } == 1 {
            items.push(int_enum::member_or_int(vm, &cls, n as i64));
        }
    }
    vm.new_set(items)
}

fn empty_sigset() -> libc::sigset_t {
    // SAFETY: sigemptyset initialises the zeroed set.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        set
    }
}

/// A C signal set from an iterable of signal numbers.
fn sigset_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::sigset_t> {
    let mut set = empty_sigset();
    for item in vm.collect(v)? {
        let n = c_int(vm, &item)?;
        if n < 1 || n as usize >= NSIG {
            return Err(value_error(format!(
                "signal number {n} out of range [1; {}]",
                NSIG - 1
            )));
        }
        // SAFETY: `set` is initialised and n is in range.
        unsafe { libc::sigaddset(&mut set, n) };
    }
    Ok(set)
}

fn valid_signals(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    bind("valid_signals", args, kwargs, [])?;
    let mut set = empty_sigset();
    // SAFETY: `set` is initialised.
    unsafe { libc::sigfillset(&mut set) };
    set_of(vm, &set)
}

/// `signal.alarm(seconds)`: returns the seconds left on the previous alarm.
fn alarm(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let secs = c_int(vm, one_arg("alarm", args, kwargs)?)?;
    // SAFETY: alarm has no memory effects. A negative count wraps to a
    // huge unsigned one, as in CPython.
    let left = unsafe { libc::alarm(secs as libc::c_uint) };
    Ok(Value::Int(left as i64))
}

/// `signal.pause()`: sleeps until a signal arrives and its handler ran.
fn pause(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("_signal.pause", kwargs)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "_signal.pause() takes no arguments ({} given)",
            args.len()
        )));
    }
    vm.stdout.flush();
    signals::pause(vm)?;
    Ok(Value::None)
}

/// `signal.siginterrupt(n, flag)`: whether the signal interrupts system
/// calls (pyproc's default) or lets them restart.
fn siginterrupt(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("_signal.siginterrupt", kwargs)?;
    arity("siginterrupt", args, 2, 2)?;
    let signum = signum_arg(vm, &args[0])?;
    let flag = c_int(vm, &args[1])?;
    signals::set_restart(signum, flag == 0)
        .map_err(|e| crate::modules::os_error(e as i32, None))?;
    Ok(Value::None)
}

/// `signal.pthread_sigmask(how, mask)`: returns the previous mask.
/// Signals it unblocks run their handlers before it returns.
fn pthread_sigmask(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [how, mask] = bind("pthread_sigmask", args, kwargs, ["how", "mask"])?;
    let how = c_int(vm, &how)?;
    let set = sigset_arg(vm, &mask)?;
    let mut old = empty_sigset();
    // SAFETY: both sets are initialised locals.
    let err = unsafe { libc::pthread_sigmask(how, &set, &mut old) };
    if err != 0 {
        return Err(crate::modules::os_error(err, None));
    }
    signals::run_pending(vm)?;
    set_of(vm, &old)
}

fn sigpending(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    bind("sigpending", args, kwargs, [])?;
    let mut set = empty_sigset();
    // SAFETY: `set` is an initialised local.
    if unsafe { libc::sigpending(&mut set) } != 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    set_of(vm, &set)
}

/// `signal.sigwait(sigset)`: waits for one of the (blocked) signals and
/// returns its number.
fn sigwait(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [sigset] = bind("sigwait", args, kwargs, ["sigset"])?;
    let set = sigset_arg(vm, &sigset)?;
    vm.stdout.flush();
    let mut got: libc::c_int = 0;
    let r = crate::modules::posix::retry(vm, || {
        // SAFETY: `set` and `got` are valid locals.
        match unsafe { libc::sigwait(&set, &mut got) } {
            0 => Ok(()),
            e => Err(nix::errno::Errno::from_raw(e)),
        }
    })?;
    if let Err(e) = r {
        return Err(crate::modules::os_error(e as i32, None));
    }
    let cls = signals_class(vm);
    Ok(int_enum::member_or_int(vm, &cls, got as i64))
}
