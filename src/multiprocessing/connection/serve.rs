//! `_serve_request(conn, objects, wait_class)`: a manager server's
//! common case in one native call: read a request `(oid, name, args,
//! kwds)`, call the method of `objects[oid]`, and answer `(0, result)` or
//! `(1, exception)`. What needs the server's own code comes back to it:
//! `None` means answered; `('request', oid, name, args, kwds)` a request
//! for the server itself (oid 0) or with keyword arguments; `('wait', w)`
//! a blocking call to park; `('unsendable', result, error)` a result the
//! codec refused. An exception that is not an `Exception` (SystemExit,
//! KeyboardInterrupt) propagates, as the Python loop's `except Exception`
//! would let it. A request whose client has hung up since is not run:
//! EOFError, as if it had never come.

use super::Connection;
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::multiprocessing::codec;
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;
use nix::libc;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    crate::modules::posix::add_functions(vm, d, &[("_serve_request", serve_request)]);
}

fn tagged(tag: &str, rest: Vec<Value>) -> Value {
    let mut items = vec![Value::str(tag)];
    items.extend(rest);
    Value::tuple(items)
}

/// Whether the client closed its end (died) after sending: its request
/// is not run, so a dead client never takes a queue's item it cannot
/// receive. One poll, no waiting.
fn hung_up(fd: i32) -> bool {
    let mut pfd = libc::pollfd {
        fd,
        events: libc::POLLRDHUP,
        revents: 0,
    };
    // SAFETY: one valid pollfd, no timeout.
    let r = unsafe { libc::poll(&mut pfd, 1, 0) };
    r > 0 && pfd.revents & (libc::POLLHUP | libc::POLLRDHUP) != 0
}

fn serve_request(vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [Value::Object(c), objects, Value::Class(wait_class)] = args else {
        return Err(type_error("_serve_request(conn, objects, wait_class)"));
    };
    let Some(conn) = c.as_any().downcast_ref::<Connection>() else {
        return Err(type_error("_serve_request() needs a Connection"));
    };
    let frame = conn.stream.recv_frame(vm, None)?;
    let request = conn
        .stream
        .take(frame, |payload| codec::decode(vm, payload))?;
    if hung_up(conn.stream.fd()?) {
        return Err(PyErr::with_args(ExcKind::EOFError, vec![]));
    }
    let Value::Tuple(parts) = &request else {
        return Err(type_error("a manager request is a 4-tuple"));
    };
    let [oid, name, margs, kwds] = &parts[..] else {
        return Err(type_error("a manager request is a 4-tuple"));
    };
    let plain_kwds = match kwds {
        Value::None => true,
        Value::Dict(d) => d.borrow().is_empty(),
        _ => false,
    };
    let (Value::Int(id), Value::Str(name), Value::Tuple(margs), true) =
        (oid, name, margs, plain_kwds)
    else {
        return Ok(tagged("request", parts.to_vec()));
    };
    if *id == 0 {
        return Ok(tagged("request", parts.to_vec()));
    }
    let outcome = vm
        .get_item(objects, &Value::Int(*id))
        .and_then(|obj| vm.get_attr(&obj, name))
        .and_then(|method| vm.call(&method, margs.to_vec(), vec![]));
    let reply = match outcome {
        Ok(result) if std::rc::Rc::ptr_eq(&vm.type_of(&result), wait_class) => {
            return Ok(tagged("wait", vec![result]));
        }
        Ok(result) => (0, result),
        Err(e) => {
            let exc = vm.materialize(e);
            if !vm.is_kind(&exc, ExcKind::Exception) {
                return Err(PyErr::from_value(exc));
            }
            (1, exc)
        }
    };
    let message = Value::tuple(vec![Value::Int(reply.0), reply.1.clone()]);
    let payload = match codec::encode(vm, &message) {
        Ok(p) => p,
        Err(e) => {
            let error = vm.materialize(e);
            return Ok(tagged("unsendable", vec![reply.1, error]));
        }
    };
    // A client gone since it asked is dropped when poll reports it.
    let _ = conn.stream.send(vm, &payload);
    Ok(Value::None)
}
