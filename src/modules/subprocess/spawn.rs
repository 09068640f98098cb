//! Starting a child program for `Popen`. The common case goes through
//! `posix_spawn` (glibc runs it with `CLONE_VFORK`, so nothing of the
//! interpreter's heap is copied, and an exec failure comes back as an
//! errno); a `preexec_fn` or `pass_fds` needs a real `fork`, with the exec
//! error sent back over a close-on-exec pipe.

use crate::error::{PyErr, PyResult, type_error};
use crate::modules::posix::{errno_error, path_arg};
use crate::value::Value;
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;

/// Everything `Popen` decided about the child, ready for the system calls.
pub struct SpawnRequest {
    pub argv: Vec<CString>,
    /// The program to run (`executable`, else `argv[0]`).
    pub program: CString,
    pub cwd: Option<CString>,
    /// `KEY=VALUE` entries, or None to inherit the environment.
    pub env: Option<Vec<CString>>,
    /// The descriptors to become the child's 0, 1 and 2 (-1: inherit).
    pub stdio: [i32; 3],
    pub close_fds: bool,
    pub pass_fds: Vec<i32>,
    pub start_new_session: bool,
    /// `process_group`: -1 for none.
    pub process_group: i32,
    pub preexec_fn: Option<Value>,
    /// The values named in errors (the program and cwd as given).
    pub program_value: Value,
    pub cwd_value: Value,
}

/// Starts the child; returns its pid, or None when `preexec_fn` raised
/// (subprocess.pp turns that into SubprocessError). A program that cannot
/// be run raises the matching OSError in the parent, naming it, as CPython
/// does.
pub fn spawn(vm: &mut Vm, req: &SpawnRequest) -> PyResult<Option<i32>> {
    let path = match resolve(&req.program, req.env.as_deref()) {
        Ok(p) => p,
        Err(e) => return Err(spawn_error(e, req)),
    };
    let stdio = safe_stdio(req.stdio)?;
    let result = if req.preexec_fn.is_some() || !req.pass_fds.is_empty() {
        fork_exec(vm, req, &path, &stdio)
    } else {
        posix_spawn(req, &path, &stdio)
    };
    for (fd, original) in stdio.iter().zip(req.stdio) {
        if *fd != original {
            let _ = nix::unistd::close(*fd);
        }
    }
    match result {
        Ok(pid) => {
            crate::trace::emit(crate::trace::record::Event::Spawn(
                pid,
                path.to_string_lossy().into_owned(),
            ));
            Ok(Some(pid))
        }
        Err(SpawnFailure::Preexec) => Ok(None),
        Err(SpawnFailure::Os(errno)) => Err(spawn_error(errno, req)),
    }
}

enum SpawnFailure {
    Os(Errno),
    /// `preexec_fn` raised in the child.
    Preexec,
}

/// The OSError for a failed start: a missing cwd is named as such, else
/// the program.
fn spawn_error(e: Errno, req: &SpawnRequest) -> PyErr {
    if let Some(cwd) = &req.cwd
        && e == Errno::ENOENT
        && !is_dir(cwd)
    {
        return errno_error(e, Some(&req.cwd_value));
    }
    errno_error(e, Some(&req.program_value))
}

fn is_dir(path: &CStr) -> bool {
    std::path::Path::new(std::ffi::OsStr::from_bytes(path.to_bytes())).is_dir()
}

/// Finds the program on `PATH` (the child's environment's, as CPython
/// does) unless it names a path already.
fn resolve(program: &CStr, env: Option<&[CString]>) -> Result<CString, Errno> {
    let bytes = program.to_bytes();
    if bytes.contains(&b'/') {
        return Ok(program.to_owned());
    }
    let path_var: Vec<u8> = match env {
        Some(env) => env
            .iter()
            .find_map(|kv| kv.to_bytes().strip_prefix(b"PATH=").map(<[u8]>::to_vec))
            .unwrap_or_else(|| b"/bin:/usr/bin".to_vec()),
        None => std::env::var_os("PATH")
            .map(|p| p.as_bytes().to_vec())
            .unwrap_or_else(|| b"/bin:/usr/bin".to_vec()),
    };
    let mut first_error = Errno::ENOENT;
    for dir in path_var.split(|&b| b == b':') {
        let mut candidate = if dir.is_empty() {
            b".".to_vec()
        } else {
            dir.to_vec()
        };
        candidate.push(b'/');
        candidate.extend_from_slice(bytes);
        let Ok(c) = CString::new(candidate) else {
            continue;
        };
        // SAFETY: a NUL-terminated path.
        if unsafe { libc::access(c.as_ptr(), libc::X_OK) } == 0 && !is_dir(&c) {
            return Ok(c);
        }
        let e = Errno::last();
        // Like execvp: remember a permission problem over "not found".
        if e == Errno::EACCES {
            first_error = e;
        }
    }
    Err(first_error)
}

/// The child's stdio sources, moved above 2 where one would be clobbered
/// by an earlier dup2 (a source of 0-2 that is not its own target).
fn safe_stdio(stdio: [i32; 3]) -> PyResult<[i32; 3]> {
    let mut out = stdio;
    for (target, fd) in out.iter_mut().enumerate() {
        if *fd >= 0 && *fd < 3 && *fd != target as i32 {
            // SAFETY: fcntl on a descriptor we were given.
            let copy = unsafe { libc::fcntl(*fd, libc::F_DUPFD_CLOEXEC, 3) };
            *fd = Errno::result(copy).map_err(|e| errno_error(e, None))?;
        }
    }
    Ok(out)
}

/// Pointers to the strings, NULL-terminated, for execve-style calls.
fn c_array(items: &[CString]) -> Vec<*mut libc::c_char> {
    let mut v: Vec<*mut libc::c_char> = items.iter().map(|s| s.as_ptr() as *mut _).collect();
    v.push(std::ptr::null_mut());
    v
}

unsafe extern "C" {
    /// The C library's environment, which `os.environ` writes through to.
    static environ: *const *mut libc::c_char;
}

/// The `env` argument as a NULL-terminated array, or None to pass on our
/// own environment (`environ` as it stands: no copy per spawn).
fn given_environment(req: &SpawnRequest) -> Option<Vec<*mut libc::c_char>> {
    req.env.as_ref().map(|e| c_array(e))
}

/// The environment pointer for exec: the given array, else ours.
fn env_pointer(given: &Option<Vec<*mut libc::c_char>>) -> *const *mut libc::c_char {
    match given {
        Some(v) => v.as_ptr(),
        // SAFETY: reading the C library's environment pointer; pyproc runs
        // no other thread that could change it meanwhile.
        None => unsafe { environ },
    }
}

/// Signals whose disposition the child gets back at their defaults:
/// pyproc ignores SIGPIPE and SIGXFSZ, as CPython does, and CPython's
/// `restore_signals` undoes that for the program it starts.
const RESTORED_SIGNALS: [i32; 2] = [libc::SIGPIPE, libc::SIGXFSZ];

fn posix_spawn(req: &SpawnRequest, path: &CStr, stdio: &[i32; 3]) -> Result<i32, SpawnFailure> {
    let os = |r: libc::c_int| {
        if r == 0 {
            Ok(())
        } else {
            Err(SpawnFailure::Os(Errno::from_raw(r)))
        }
    };
    // SAFETY: the attribute and file-action objects are initialised before
    // use and destroyed on every path; all strings outlive the call.
    unsafe {
        let mut actions: libc::posix_spawn_file_actions_t = std::mem::zeroed();
        let mut attr: libc::posix_spawnattr_t = std::mem::zeroed();
        os(libc::posix_spawn_file_actions_init(&mut actions))?;
        os(libc::posix_spawnattr_init(&mut attr))?;
        let result = (|| {
            for (target, &fd) in stdio.iter().enumerate() {
                if fd >= 0 {
                    os(libc::posix_spawn_file_actions_adddup2(
                        &mut actions,
                        fd,
                        target as i32,
                    ))?;
                }
            }
            if req.close_fds {
                os(libc::posix_spawn_file_actions_addclosefrom_np(
                    &mut actions,
                    3,
                ))?;
            }
            if let Some(cwd) = &req.cwd {
                os(libc::posix_spawn_file_actions_addchdir_np(
                    &mut actions,
                    cwd.as_ptr(),
                ))?;
            }
            let mut flags = libc::POSIX_SPAWN_SETSIGDEF | libc::POSIX_SPAWN_SETSIGMASK;
            let mut defaults: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut defaults);
            for sig in RESTORED_SIGNALS {
                libc::sigaddset(&mut defaults, sig);
            }
            os(libc::posix_spawnattr_setsigdefault(&mut attr, &defaults))?;
            let mut empty: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut empty);
            os(libc::posix_spawnattr_setsigmask(&mut attr, &empty))?;
            if req.start_new_session {
                flags |= libc::POSIX_SPAWN_SETSID as i32;
            }
            if req.process_group >= 0 {
                flags |= libc::POSIX_SPAWN_SETPGROUP;
                os(libc::posix_spawnattr_setpgroup(
                    &mut attr,
                    req.process_group,
                ))?;
            }
            os(libc::posix_spawnattr_setflags(&mut attr, flags as _))?;
            let argv = c_array(&req.argv);
            let env = given_environment(req);
            let mut pid: libc::pid_t = 0;
            os(libc::posix_spawn(
                &mut pid,
                path.as_ptr(),
                &actions,
                &attr,
                argv.as_ptr(),
                env_pointer(&env),
            ))?;
            Ok(pid)
        })();
        libc::posix_spawn_file_actions_destroy(&mut actions);
        libc::posix_spawnattr_destroy(&mut attr);
        result
    }
}

/// The slow path: fork, set the child up in pyproc (running `preexec_fn`),
/// exec. An exec failure travels back as 4 bytes of errno over a pipe
/// that the exec closes on success.
fn fork_exec(
    vm: &mut Vm,
    req: &SpawnRequest,
    path: &CStr,
    stdio: &[i32; 3],
) -> Result<i32, SpawnFailure> {
    let (err_r, err_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(SpawnFailure::Os)?;
    crate::modules::posix::process::flush_before_fork(vm);
    let argv = c_array(&req.argv);
    let env = given_environment(req);
    let envp = env_pointer(&env);
    // SAFETY: pyproc runs no other threads.
    match unsafe { nix::unistd::fork() }.map_err(SpawnFailure::Os)? {
        nix::unistd::ForkResult::Child => {
            drop(err_r);
            let errno = child_setup(vm, req, stdio);
            if errno == 0 {
                // SAFETY: NULL-terminated arrays of valid strings.
                unsafe { libc::execve(path.as_ptr(), argv.as_ptr() as _, envp as _) };
            }
            let code = if errno == 0 { Errno::last_raw() } else { errno };
            let _ = nix::unistd::write(&err_w, &code.to_ne_bytes());
            // SAFETY: leave without running anything of the parent's.
            unsafe { libc::_exit(255) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(err_w);
            let mut buf = [0u8; 4];
            let mut got = 0;
            loop {
                match nix::unistd::read(&err_r, &mut buf[got..]) {
                    Ok(0) => break,
                    Ok(n) => {
                        got += n;
                        if got == 4 {
                            break;
                        }
                    }
                    Err(Errno::EINTR) => continue,
                    Err(_) => break,
                }
            }
            if got == 4 {
                let _ = nix::sys::wait::waitpid(child, None);
                let errno = i32::from_ne_bytes(buf);
                if errno == PREEXEC_FAILED {
                    return Err(SpawnFailure::Preexec);
                }
                return Err(SpawnFailure::Os(Errno::from_raw(errno)));
            }
            Ok(child.as_raw())
        }
    }
}

/// Marks a `preexec_fn` that raised (not an errno).
const PREEXEC_FAILED: i32 = -1;

/// In the forked child: session, group, stdio, descriptors, cwd, signals,
/// `preexec_fn`. Returns 0, or the errno (or PREEXEC_FAILED) to report.
fn child_setup(vm: &mut Vm, req: &SpawnRequest, stdio: &[i32; 3]) -> i32 {
    // SAFETY: plain system calls on our own process.
    unsafe {
        for (target, &fd) in stdio.iter().enumerate() {
            if fd >= 0 && libc::dup2(fd, target as i32) < 0 {
                return Errno::last_raw();
            }
        }
        if req.start_new_session && libc::setsid() < 0 {
            return Errno::last_raw();
        }
        if req.process_group >= 0 && libc::setpgid(0, req.process_group) < 0 {
            return Errno::last_raw();
        }
        for sig in RESTORED_SIGNALS {
            libc::signal(sig, libc::SIG_DFL);
        }
        if let Some(cwd) = &req.cwd
            && libc::chdir(cwd.as_ptr()) < 0
        {
            return Errno::last_raw();
        }
    }
    if let Some(f) = &req.preexec_fn {
        let ok = vm.call(f, vec![], vec![]).is_ok();
        // What preexec_fn printed belongs to the child: write it before
        // exec replaces the buffers.
        vm.stdout.flush();
        vm.stderr.flush();
        if !ok {
            return PREEXEC_FAILED;
        }
    }
    if req.close_fds {
        close_from(3, &req.pass_fds);
    }
    for &fd in &req.pass_fds {
        // Passed descriptors survive exec.
        // SAFETY: fcntl on our own descriptor.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFD);
            if flags >= 0 {
                libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
            }
        }
    }
    0
}

/// Closes every descriptor from `low` up, except those in `keep` and the
/// error pipe (which is close-on-exec anyway).
fn close_from(low: i32, keep: &[i32]) {
    let fds: Vec<i32> = std::fs::read_dir("/proc/self/fd")
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
                .collect()
        })
        .unwrap_or_default();
    for fd in fds {
        if fd >= low && !keep.contains(&fd) {
            // Setting close-on-exec instead of closing spares the error
            // pipe, which must stay open until exec.
            // SAFETY: fcntl on our own descriptor.
            unsafe {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
    }
}

/// The argv of `Popen`: str/bytes items, or TypeError as CPython words it.
pub fn argv_of(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<CString>> {
    let mut argv = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Value::Str(_) | Value::Bytes(_) | Value::Object(_) | Value::Instance(_) => {
                argv.push(path_arg(vm, item, "Popen", "args")?)
            }
            other => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    vm.type_name(other)
                )));
            }
        }
    }
    Ok(argv)
}
