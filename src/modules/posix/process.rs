//! Processes: `fork`, `wait`/`waitpid` and the status macros, `_exit`,
//! `kill`, process groups and sessions, `exec*`, `system`, `times`, ids.
//!
//! `fork`, `getpid`, `getppid`, `wait` and `waitpid` are also builtins;
//! the builtins and `posix` share the very same function objects.

use super::{
    add_functions, add_ints, c_int, check, errno_error, exactly, no_args, one_arg, path_arg, retry,
};
use crate::builtins::args::{arity, kwargs_named, no_kwargs};
use crate::error::{PyResult, type_error, value_error};
use crate::object::Dict;
use crate::types::structseq::StructSeq;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::ffi::CString;

/// The process functions that are builtins too.
pub const BUILTINS: [(&str, crate::object::NativeFn); 5] = [
    ("fork", fork),
    ("getpid", getpid),
    ("getppid", getppid),
    ("wait", wait),
    ("waitpid", waitpid),
];

/// Adds the builtin process functions (at VM start-up, before any import).
pub fn register_builtins(vm: &Vm) {
    for (name, f) in BUILTINS {
        vm.add_builtin(name, f);
    }
    // Signal handlers run while waiting get the caller's frame.
    for (name, f) in [
        ("wait", wait as crate::object::NativeFn),
        ("waitpid", waitpid),
    ] {
        let native = crate::builtins::frame::frame_aware(name, name.to_string(), f);
        vm.builtins.borrow_mut().set_str(intern(name), native);
    }
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    // The same objects as the builtins, so `os.fork is fork`.
    for (name, _) in BUILTINS {
        if let Some(f) = vm.builtins.borrow().get_str(&intern(name)) {
            d.set_str(intern(name), f.clone());
        }
    }
    add_functions(
        vm,
        d,
        &[
            ("wait3", wait3),
            ("wait4", wait4),
            ("WIFEXITED", wifexited),
            ("WEXITSTATUS", wexitstatus),
            ("WIFSIGNALED", wifsignaled),
            ("WTERMSIG", wtermsig),
            ("WIFSTOPPED", wifstopped),
            ("WSTOPSIG", wstopsig),
            ("WIFCONTINUED", wifcontinued),
            ("WCOREDUMP", wcoredump),
            ("waitstatus_to_exitcode", waitstatus_to_exitcode),
            ("_exit", exit_now),
            ("abort", abort),
            ("kill", kill),
            ("killpg", killpg),
            ("getpgid", getpgid),
            ("setpgid", setpgid),
            ("getpgrp", getpgrp),
            ("setpgrp", setpgrp),
            ("getsid", getsid),
            ("setsid", setsid),
            ("execv", execv),
            ("execve", execve),
            ("execvp", execvp),
            ("execvpe", execvpe),
            ("execl", execl),
            ("execle", execle),
            ("execlp", execlp),
            ("execlpe", execlpe),
            ("system", system),
            ("times", times),
            ("cpu_count", cpu_count),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("getgroups", getgroups),
            ("getlogin", getlogin),
            ("uname", uname),
            ("pidfd_open", pidfd_open),
        ],
    );
    add_ints(
        d,
        &[
            ("WNOHANG", libc::WNOHANG as i64),
            ("WUNTRACED", libc::WUNTRACED as i64),
            ("WCONTINUED", libc::WCONTINUED as i64),
            ("WEXITED", libc::WEXITED as i64),
            ("WSTOPPED", libc::WSTOPPED as i64),
            ("WNOWAIT", libc::WNOWAIT as i64),
            ("EX_OK", 0),
            ("EX_USAGE", 64),
            ("EX_DATAERR", 65),
            ("EX_NOINPUT", 66),
            ("EX_NOUSER", 67),
            ("EX_NOHOST", 68),
            ("EX_UNAVAILABLE", 69),
            ("EX_SOFTWARE", 70),
            ("EX_OSERR", 71),
            ("EX_OSFILE", 72),
            ("EX_CANTCREAT", 73),
            ("EX_IOERR", 74),
            ("EX_TEMPFAIL", 75),
            ("EX_PROTOCOL", 76),
            ("EX_NOPERM", 77),
            ("EX_CONFIG", 78),
        ],
    );
    d.set_str(intern("times_result"), Value::Class(TIMES_RESULT.class(vm)));
    d.set_str(intern("uname_result"), Value::Class(UNAME_RESULT.class(vm)));
    // A signal sent to ourselves runs its handler with the caller's frame.
    let frame_aware: [(&'static str, crate::object::NativeFn); 2] =
        [("kill", kill), ("killpg", killpg)];
    for (name, f) in frame_aware {
        let native = crate::builtins::frame::frame_aware(name, name.to_string(), f);
        d.set_str(intern(name), native);
    }
}

/// Writes out everything pyproc buffers (standard streams, open files), so
/// a child or an exec'd program never repeats or loses it.
pub fn flush_before_fork(vm: &mut Vm) {
    vm.stdout.flush();
    vm.stderr.flush();
    crate::builtins::open::flush_all();
}

fn pid_value(pid: libc::pid_t) -> Value {
    Value::Int(pid as i64)
}

fn fork(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("fork", args, kwargs)?;
    use super::at_fork::{When, run};
    run(vm, When::Before);
    flush_before_fork(vm);
    // SAFETY: pyproc runs no other threads, so the child inherits no lock
    // held by a thread that does not exist there.
    let forked = unsafe { nix::unistd::fork() };
    match forked {
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            crate::trace::fork(child.as_raw());
            run(vm, When::AfterInParent);
            Ok(pid_value(child.as_raw()))
        }
        Ok(nix::unistd::ForkResult::Child) => {
            run(vm, When::AfterInChild);
            Ok(Value::Int(0))
        }
        Err(e) => {
            run(vm, When::AfterInParent);
            Err(errno_error(e, None))
        }
    }
}

fn getpid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getpid", args, kwargs)?;
    Ok(pid_value(nix::unistd::getpid().as_raw()))
}

fn getppid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getppid", args, kwargs)?;
    Ok(pid_value(nix::unistd::getppid().as_raw()))
}

/// `waitpid(2)`/`wait4(2)` retried across signals (PEP 475): the pid and
/// the raw status, plus the child's resource usage.
fn wait_raw(
    vm: &mut Vm,
    pid: libc::pid_t,
    options: i32,
) -> PyResult<(libc::pid_t, i32, libc::rusage)> {
    let mut status = 0;
    // SAFETY: rusage is plain old data; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = retry(vm, || {
        // SAFETY: both out-pointers are valid for the call.
        let r = unsafe { libc::wait4(pid, &mut status, options, &mut usage) };
        Errno::result(r)
    })?;
    let done = r.map_err(|e| errno_error(e, None))?;
    crate::trace::reap(done, status);
    Ok((done, status, usage))
}

fn wait(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("wait", args, kwargs)?;
    let (pid, status, _) = wait_raw(vm, -1, 0)?;
    Ok(Value::tuple(vec![
        pid_value(pid),
        Value::Int(status as i64),
    ]))
}

fn waitpid(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("waitpid", args, kwargs, 2)?;
    let pid = c_int(vm, &args[0])?;
    let options = c_int(vm, &args[1])?;
    let (pid, status, _) = wait_raw(vm, pid, options)?;
    Ok(Value::tuple(vec![
        pid_value(pid),
        Value::Int(status as i64),
    ]))
}

static STRUCT_RUSAGE: StructSeq = StructSeq {
    module: "resource",
    name: "struct_rusage",
    fields: &[
        "ru_utime",
        "ru_stime",
        "ru_maxrss",
        "ru_ixrss",
        "ru_idrss",
        "ru_isrss",
        "ru_minflt",
        "ru_majflt",
        "ru_nswap",
        "ru_inblock",
        "ru_oublock",
        "ru_msgsnd",
        "ru_msgrcv",
        "ru_nsignals",
        "ru_nvcsw",
        "ru_nivcsw",
    ],
    n_sequence: 16,
};

fn rusage_value(vm: &mut Vm, u: &libc::rusage) -> Value {
    let secs = |t: libc::timeval| Value::Float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let ints = [
        u.ru_maxrss,
        u.ru_ixrss,
        u.ru_idrss,
        u.ru_isrss,
        u.ru_minflt,
        u.ru_majflt,
        u.ru_nswap,
        u.ru_inblock,
        u.ru_oublock,
        u.ru_msgsnd,
        u.ru_msgrcv,
        u.ru_nsignals,
        u.ru_nvcsw,
        u.ru_nivcsw,
    ];
    let mut values = vec![secs(u.ru_utime), secs(u.ru_stime)];
    values.extend(ints.iter().map(|&i| Value::Int(i)));
    STRUCT_RUSAGE.make(vm, values)
}

fn wait3(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kw_options] = kwargs_named("wait3", kwargs, ["options"])?;
    arity("wait3", args, 0, 1)?;
    let options = match args.first().or(kw_options.as_ref()) {
        Some(v) => c_int(vm, v)?,
        None => {
            return Err(type_error(
                "wait3() missing required argument 'options' (pos 1)",
            ));
        }
    };
    let (pid, status, usage) = wait_raw(vm, -1, options)?;
    let usage = rusage_value(vm, &usage);
    Ok(Value::tuple(vec![
        pid_value(pid),
        Value::Int(status as i64),
        usage,
    ]))
}

fn wait4(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("wait4", args, kwargs, 2)?;
    let pid = c_int(vm, &args[0])?;
    let options = c_int(vm, &args[1])?;
    let (pid, status, usage) = wait_raw(vm, pid, options)?;
    let usage = rusage_value(vm, &usage);
    Ok(Value::tuple(vec![
        pid_value(pid),
        Value::Int(status as i64),
        usage,
    ]))
}

/// The one `status` argument of the W* macros (positional or keyword).
fn status_arg(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<i32> {
    let v = one_arg(name, args, kwargs, "status")?;
    c_int(vm, &v)
}

macro_rules! status_macro {
    ($fn_name:ident, $py:literal, $test:expr, bool) => {
        fn $fn_name(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
            let status = status_arg(vm, $py, args, kwargs)?;
            Ok(Value::Bool($test(status)))
        }
    };
    ($fn_name:ident, $py:literal, $get:expr, int) => {
        fn $fn_name(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
            let status = status_arg(vm, $py, args, kwargs)?;
            Ok(Value::Int($get(status) as i64))
        }
    };
}

status_macro!(wifexited, "WIFEXITED", libc::WIFEXITED, bool);
status_macro!(wexitstatus, "WEXITSTATUS", libc::WEXITSTATUS, int);
status_macro!(wifsignaled, "WIFSIGNALED", libc::WIFSIGNALED, bool);
status_macro!(wtermsig, "WTERMSIG", libc::WTERMSIG, int);
status_macro!(wifstopped, "WIFSTOPPED", libc::WIFSTOPPED, bool);
status_macro!(wstopsig, "WSTOPSIG", libc::WSTOPSIG, int);
status_macro!(wifcontinued, "WIFCONTINUED", libc::WIFCONTINUED, bool);
status_macro!(wcoredump, "WCOREDUMP", libc::WCOREDUMP, bool);

/// `waitstatus_to_exitcode(status)`: the exit code, or `-signal`.
fn waitstatus_to_exitcode(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let status = status_arg(vm, "waitstatus_to_exitcode", args, kwargs)?;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    if libc::WIFSTOPPED(status) {
        return Err(value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(status)
        )));
    }
    Err(value_error(format!("invalid wait status: {status}")))
}

/// `os._exit(n)`: no atexit handlers, no flushing, as in C.
fn exit_now(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let status = one_arg("_exit", args, kwargs, "status")?;
    let status = c_int(vm, &status)?;
    crate::trace::set_exit_reason("os._exit");
    crate::trace::exit(status);
    // SAFETY: _exit ends the process at once; nothing runs after it.
    unsafe { libc::_exit(status) }
}

fn abort(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("abort", args, kwargs)?;
    std::process::abort()
}

fn kill(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("kill", args, kwargs, 2)?;
    let pid = c_int(vm, &args[0])?;
    let sig = c_int(vm, &args[1])?;
    // A signal to ourselves may end us inside kill: record it first.
    let to_self = crate::trace::enabled() && pid == nix::unistd::getpid().as_raw();
    if to_self {
        crate::trace::kill(pid, sig);
    }
    // SAFETY: kill(2) takes plain integers.
    check(Errno::result(unsafe { libc::kill(pid, sig) }))?;
    if !to_self {
        crate::trace::kill(pid, sig);
    }
    // A signal sent to ourselves is handled before kill returns, as CPython.
    crate::signals::run_pending(vm)?;
    Ok(Value::None)
}

fn killpg(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("killpg", args, kwargs, 2)?;
    let pgid = c_int(vm, &args[0])?;
    let sig = c_int(vm, &args[1])?;
    // SAFETY: killpg(2) takes plain integers.
    check(Errno::result(unsafe { libc::killpg(pgid, sig) }))?;
    crate::trace::kill(-pgid, sig);
    crate::signals::run_pending(vm)?;
    Ok(Value::None)
}

/// A call that takes one pid and returns a pid-like integer.
fn pid_call(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    call: unsafe extern "C" fn(libc::pid_t) -> libc::pid_t,
) -> PyResult<Value> {
    exactly(name, args, kwargs, 1)?;
    let pid = c_int(vm, &args[0])?;
    // SAFETY: getpgid/getsid take and return plain integers.
    let r = check(Errno::result(unsafe { call(pid) }))?;
    Ok(pid_value(r))
}

fn getpgid(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    pid_call(vm, "getpgid", args, kwargs, libc::getpgid)
}

fn getsid(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    pid_call(vm, "getsid", args, kwargs, libc::getsid)
}

fn setpgid(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("setpgid", args, kwargs, 2)?;
    let pid = c_int(vm, &args[0])?;
    let pgrp = c_int(vm, &args[1])?;
    // SAFETY: setpgid(2) takes plain integers.
    check(Errno::result(unsafe { libc::setpgid(pid, pgrp) }))?;
    crate::trace::emit(crate::trace::record::Event::Setpgid(pid, pgrp));
    Ok(Value::None)
}

fn getpgrp(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getpgrp", args, kwargs)?;
    Ok(pid_value(nix::unistd::getpgrp().as_raw()))
}

fn setpgrp(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("setpgrp", args, kwargs)?;
    // SAFETY: setpgid(0, 0) is the POSIX spelling of setpgrp().
    check(Errno::result(unsafe { libc::setpgid(0, 0) }))?;
    crate::trace::emit(crate::trace::record::Event::Setpgid(0, 0));
    Ok(Value::None)
}

fn setsid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("setsid", args, kwargs)?;
    check(nix::unistd::setsid())?;
    crate::trace::emit(crate::trace::record::Event::Setsid);
    Ok(Value::None)
}

/// The argument vector of an `exec*` call: a non-empty tuple or list whose
/// first item is not empty.
fn exec_argv(vm: &mut Vm, name: &str, v: &Value) -> PyResult<Vec<CString>> {
    let items = match v {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().to_vec(),
        _ => {
            return Err(type_error(format!(
                "{name}() arg 2 must be a tuple or list"
            )));
        }
    };
    if items.is_empty() {
        return Err(value_error(format!("{name}() arg 2 must not be empty")));
    }
    let mut argv = Vec::with_capacity(items.len());
    for item in &items {
        argv.push(path_arg(vm, item, name, "args")?);
    }
    if argv[0].as_bytes().is_empty() {
        return Err(value_error(format!(
            "{name}() arg 2 first element cannot be empty"
        )));
    }
    Ok(argv)
}

/// The `env` mapping of `execve`-style calls as `KEY=VALUE` strings.
pub fn exec_env(vm: &mut Vm, name: &str, env: &Value) -> PyResult<Vec<CString>> {
    let keys_fn = intern("keys");
    let keys = match vm.get_attr(env, &keys_fn) {
        Ok(k) => vm.call(&k, vec![], vec![])?,
        Err(_) => {
            return Err(type_error(format!(
                "{name}(): env must be a mapping object"
            )));
        }
    };
    let mut out = Vec::new();
    for key in vm.collect(&keys)? {
        let value = vm.get_item(env, &key)?;
        let k = path_arg(vm, &key, name, "env key")?;
        if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
            return Err(value_error("illegal environment variable name"));
        }
        let v = path_arg(vm, &value, name, "env value")?;
        let mut pair = k.into_bytes();
        pair.push(b'=');
        pair.extend_from_slice(v.as_bytes());
        out.push(CString::new(pair).expect("no NUL: both halves were checked"));
    }
    Ok(out)
}

/// How an `exec*` variant finds the program and its environment.
#[derive(Clone, Copy)]
struct ExecKind {
    name: &'static str,
    search_path: bool,
    with_env: bool,
}

const EXECV: ExecKind = ExecKind {
    name: "execv",
    search_path: false,
    with_env: false,
};
const EXECVE: ExecKind = ExecKind {
    name: "execve",
    search_path: false,
    with_env: true,
};
const EXECVP: ExecKind = ExecKind {
    name: "execvp",
    search_path: true,
    with_env: false,
};
const EXECVPE: ExecKind = ExecKind {
    name: "execvpe",
    search_path: true,
    with_env: true,
};

/// Replaces the process image. pyproc's buffered output is written first
/// (CPython drops it), so a line printed before `exec` is never lost.
fn do_exec(
    vm: &mut Vm,
    kind: ExecKind,
    program: &Value,
    argv: &Value,
    env: Option<&Value>,
) -> PyResult<Value> {
    let path = path_arg(vm, program, kind.name, "path")?;
    let argv = exec_argv(vm, kind.name, argv)?;
    let env = match env {
        Some(e) => Some(exec_env(vm, kind.name, e)?),
        None => None,
    };
    flush_before_fork(vm);
    crate::trace::emit(crate::trace::record::Event::Exec(
        path.to_string_lossy().into_owned(),
    ));
    let err = match (kind.search_path, &env) {
        (false, None) => nix::unistd::execv(&path, &argv).unwrap_err(),
        (false, Some(e)) => nix::unistd::execve(&path, &argv, e).unwrap_err(),
        (true, None) => nix::unistd::execvp(&path, &argv).unwrap_err(),
        (true, Some(e)) => nix::unistd::execvpe(&path, &argv, e).unwrap_err(),
    };
    crate::trace::emit(crate::trace::record::Event::ExecFailed(err as i32));
    Err(errno_error(err, None))
}

fn execv(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_vector(vm, EXECV, args, kwargs)
}

fn execve(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_vector(vm, EXECVE, args, kwargs)
}

fn execvp(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_vector(vm, EXECVP, args, kwargs)
}

fn execvpe(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_vector(vm, EXECVPE, args, kwargs)
}

/// `execv(path, args)`, `execve(path, args, env)` and the `p` variants.
fn exec_vector(
    vm: &mut Vm,
    kind: ExecKind,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Value> {
    no_kwargs(kind.name, kwargs)?;
    let n = if kind.with_env { 3 } else { 2 };
    arity(kind.name, args, n, n)?;
    do_exec(vm, kind, &args[0], &args[1], args.get(2))
}

fn execl(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_list(vm, EXECV, "execl", args, kwargs)
}

fn execle(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_list(vm, EXECVE, "execle", args, kwargs)
}

fn execlp(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_list(vm, EXECVP, "execlp", args, kwargs)
}

fn execlpe(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exec_list(vm, EXECVPE, "execlpe", args, kwargs)
}

/// `execl(path, arg0, arg1, ...)` and friends: the arguments spread out,
/// with the environment last for the `e` variants.
fn exec_list(
    vm: &mut Vm,
    kind: ExecKind,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    let Some((program, rest)) = args.split_first() else {
        return Err(type_error(format!(
            "{name}() missing 1 required positional argument: 'file'"
        )));
    };
    let (argv, env) = if kind.with_env {
        match rest.split_last() {
            Some((env, argv)) => (argv, Some(env)),
            None => (rest, None),
        }
    } else {
        (rest, None)
    };
    let argv = Value::tuple(argv.to_vec());
    do_exec(vm, kind, program, &argv, env)
}

/// `os.system(command)`: `/bin/sh -c command`, returning the wait status.
/// pyproc's buffered output is written first, so it comes before the
/// command's.
fn system(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let command = one_arg("system", args, kwargs, "command")?;
    let command = path_arg(vm, &command, "system", "command")?;
    flush_before_fork(vm);
    // SAFETY: system(3) takes a NUL-terminated string.
    let status = unsafe { libc::system(command.as_ptr()) };
    Ok(Value::Int(status as i64))
}

static TIMES_RESULT: StructSeq = StructSeq {
    module: "posix",
    name: "times_result",
    fields: &[
        "user",
        "system",
        "children_user",
        "children_system",
        "elapsed",
    ],
    n_sequence: 5,
};

fn times(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("times", args, kwargs)?;
    // SAFETY: tms is plain old data that times(2) fills in.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: a valid out-pointer.
    let elapsed = unsafe { libc::times(&mut t) };
    if elapsed == (-1i64) as libc::clock_t {
        return Err(errno_error(Errno::last(), None));
    }
    // SAFETY: sysconf takes a constant name.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let secs = |c: libc::clock_t| Value::Float(c as f64 / ticks);
    let values = vec![
        secs(t.tms_utime),
        secs(t.tms_stime),
        secs(t.tms_cutime),
        secs(t.tms_cstime),
        secs(elapsed),
    ];
    Ok(TIMES_RESULT.make(vm, values))
}

fn cpu_count(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("cpu_count", args, kwargs)?;
    // SAFETY: sysconf takes a constant name.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::None
    } else {
        Value::Int(n as i64)
    })
}

fn id_call(name: &str, args: &[Value], kwargs: &[(Str, Value)], id: u32) -> PyResult<Value> {
    no_args(name, args, kwargs)?;
    Ok(Value::Int(id as i64))
}

fn getuid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    id_call("getuid", args, kwargs, nix::unistd::getuid().as_raw())
}

fn geteuid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    id_call("geteuid", args, kwargs, nix::unistd::geteuid().as_raw())
}

fn getgid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    id_call("getgid", args, kwargs, nix::unistd::getgid().as_raw())
}

fn getegid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    id_call("getegid", args, kwargs, nix::unistd::getegid().as_raw())
}

fn getgroups(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getgroups", args, kwargs)?;
    let groups = check(nix::unistd::getgroups())?;
    Ok(Value::list(
        groups
            .iter()
            .map(|g| Value::Int(g.as_raw() as i64))
            .collect(),
    ))
}

fn getlogin(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("getlogin", args, kwargs)?;
    // SAFETY: getlogin returns NULL or a pointer to a static string that
    // is copied at once.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(errno_error(Errno::last(), None));
    }
    // SAFETY: non-null, NUL-terminated.
    let name = unsafe { std::ffi::CStr::from_ptr(p) };
    Ok(Value::string(name.to_string_lossy().into_owned()))
}

static UNAME_RESULT: StructSeq = StructSeq {
    module: "posix",
    name: "uname_result",
    fields: &["sysname", "nodename", "release", "version", "machine"],
    n_sequence: 5,
};

fn uname(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("uname", args, kwargs)?;
    let u = check(nix::sys::utsname::uname())?;
    let s = |o: &std::ffi::OsStr| Value::string(o.to_string_lossy().into_owned());
    let values = vec![
        s(u.sysname()),
        s(u.nodename()),
        s(u.release()),
        s(u.version()),
        s(u.machine()),
    ];
    Ok(UNAME_RESULT.make(vm, values))
}

/// `os.pidfd_open(pid, flags=0)`: a descriptor that becomes readable when
/// the process ends (the sentinel of a `multiprocessing.Process`).
fn pidfd_open(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kw_flags] = kwargs_named("pidfd_open", kwargs, ["flags"])?;
    arity("pidfd_open", args, 1, 2)?;
    let pid = c_int(vm, &args[0])?;
    let flags = match args.get(1).or(kw_flags.as_ref()) {
        Some(f) => c_int(vm, f)?,
        None => 0,
    };
    // SAFETY: the pidfd_open system call takes a pid and flags.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, flags) };
    let fd = check(Errno::result(fd))?;
    Ok(Value::Int(fd))
}
