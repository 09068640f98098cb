//! `_readable(fds, timeout)`: which of several descriptors can be read
//! (data, end of file or an error) within `timeout` seconds (`None`: no
//! limit). One `poll` for a manager's server, which serves many clients
//! from a single process. Connections buffer what they read ahead, but a
//! manager's client sends one request and then waits for its answer, so
//! nothing is ever left in a buffer unseen by `poll`.

use crate::error::{PyResult, type_error, value_error};
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::time::{Duration, Instant};

pub fn register(vm: &mut Vm, d: &mut Dict) {
    crate::modules::posix::add_functions(vm, d, &[("_readable", readable)]);
}

fn fds_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<libc::pollfd>> {
    let items = match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        other => {
            return Err(type_error(format!(
                "_readable() needs a list of descriptors, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    items
        .iter()
        .map(|fd| {
            Ok(libc::pollfd {
                fd: vm.index_value(fd)? as i32,
                events: libc::POLLIN,
                revents: 0,
            })
        })
        .collect()
}

fn deadline_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Instant>> {
    let secs = match v {
        None | Some(Value::None) => return Ok(None),
        Some(t) => crate::types::float::to_float_value(vm, t)?,
    };
    if secs.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    Ok(Duration::try_from_secs_f64(secs.max(0.0))
        .ok()
        .and_then(|d| Instant::now().checked_add(d)))
}

fn readable(vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let Some(fds) = args.first() else {
        return Err(type_error("_readable() missing required argument 'fds'"));
    };
    let mut pfds = fds_arg(vm, fds)?;
    let deadline = deadline_arg(vm, args.get(1))?;
    loop {
        let left = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            libc::timespec {
                tv_sec: left.as_secs() as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            }
        });
        let ts = left.as_ref().map_or(std::ptr::null(), |t| t as *const _);
        // SAFETY: `pfds` is a valid array; `ts` is null or points at `left`.
        let r = unsafe {
            libc::ppoll(
                pfds.as_mut_ptr(),
                pfds.len() as libc::nfds_t,
                ts,
                std::ptr::null(),
            )
        };
        if r >= 0 {
            let ready = pfds
                .iter()
                .filter(|p| p.revents != 0)
                .map(|p| Value::Int(p.fd as i64))
                .collect();
            return Ok(Value::list(ready));
        }
        match Errno::last() {
            Errno::EINTR => crate::signals::run_pending(vm)?,
            e => return Err(crate::modules::os_error(e as i32, None)),
        }
    }
}
