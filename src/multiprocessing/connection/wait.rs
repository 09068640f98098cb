//! `multiprocessing.connection.wait(object_list, timeout=None)`: which of
//! several connections, process sentinels (fds) or objects with
//! `fileno()` are ready, in one `ppoll`. The pool waits on its workers'
//! result connections and their pidfds together with it, so a worker's
//! death wakes the parent as a result does.

use super::Connection;
use crate::error::{PyResult, type_error, value_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::time::{Duration, Instant};

/// `wait(object_list, timeout=None)`.
pub fn wait(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [objects, timeout] =
        super::params::bind("wait", args, kwargs, ["object_list", "timeout"], 1)?;
    let objects = vm.collect(&objects.expect("required"))?;
    let deadline = match timeout {
        None | Some(Value::None) => None,
        Some(t) => Some(deadline_in(crate::types::arith::to_float(&t).map_err(
            |_| {
                type_error(format!(
                    "'<' not supported between instances of '{}' and 'int'",
                    vm.type_name(&t)
                ))
            },
        )?)?),
    };
    // Bytes already read ahead by a connection are ready without a poll.
    let buffered: Vec<Value> = objects
        .iter()
        .filter(|o| as_connection(o).is_some_and(|c| c.stream.buffered() > 0))
        .cloned()
        .collect();
    if !buffered.is_empty() {
        return Ok(Value::list(buffered));
    }
    let mut fds = Vec::with_capacity(objects.len());
    for o in &objects {
        fds.push(libc::pollfd {
            fd: fd_of(vm, o)?,
            events: libc::POLLIN,
            revents: 0,
        });
    }
    poll_until(vm, &mut fds, deadline.flatten())?;
    let ready = objects
        .into_iter()
        .zip(&fds)
        .filter(|(_, p)| p.revents != 0)
        .map(|(o, _)| o)
        .collect();
    Ok(Value::list(ready))
}

fn as_connection(v: &Value) -> Option<&Connection> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<Connection>(),
        _ => None,
    }
}

/// An int is a descriptor itself; anything else answers `fileno()`.
fn fd_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if let Some(c) = as_connection(v) {
        return c.stream.fd();
    }
    let fd = match v {
        Value::Int(_) | Value::Bool(_) => v.clone(),
        _ => {
            let f = vm.get_attr(v, &intern("fileno"))?;
            vm.call(&f, vec![], vec![])?
        }
    };
    match fd {
        Value::Int(n) if (0..=i32::MAX as i64).contains(&n) => Ok(n as i32),
        Value::Int(n) => Err(value_error(format!("Invalid file descriptor: {n}"))),
        other => Err(type_error(format!(
            "fileno() returned a non-integer: {}",
            vm.type_name(&other)
        ))),
    }
}

/// The instant `secs` from now; `None` inside when it is too far to
/// matter (wait for ever).
pub fn deadline_in(secs: f64) -> PyResult<Option<Instant>> {
    if secs.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    Ok(Duration::try_from_secs_f64(secs.max(0.0))
        .ok()
        .and_then(|d| Instant::now().checked_add(d)))
}

/// `ppoll` on `fds` until one is ready or `deadline` passes (`None`: no
/// limit); signal handlers run when a signal interrupts it (PEP 475).
/// Returns how many are ready.
pub fn poll_until(
    vm: &mut Vm,
    fds: &mut [libc::pollfd],
    deadline: Option<Instant>,
) -> PyResult<usize> {
    loop {
        let left = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            libc::timespec {
                tv_sec: left.as_secs() as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            }
        });
        let ts = left.as_ref().map_or(std::ptr::null(), |t| t as *const _);
        // SAFETY: `fds` is a valid array of pollfds; `ts` is null or
        // points at `left`.
        let r = unsafe {
            libc::ppoll(
                fds.as_mut_ptr(),
                fds.len() as libc::nfds_t,
                ts,
                std::ptr::null(),
            )
        };
        if r >= 0 {
            return Ok(r as usize);
        }
        match Errno::last() {
            Errno::EINTR => crate::signals::run_pending(vm)?,
            e => return Err(crate::modules::os_error(e as i32, None)),
        }
    }
}
