//! `_request(conn, request)`: a manager client's exchange in one native
//! call: send the request, read the answer `(0, result)` or
//! `(1, exception)`, and return the result or raise the exception. A
//! failure of the exchange itself (the server gone, a signal handler's
//! exception in the middle of it) closes the connection, whose stream may
//! now be out of step, so the caller opens a new one next time; an
//! exception raised by the method leaves the connection as it is (an
//! RLock's owner is its connection).

use super::Connection;
use crate::error::{PyErr, PyResult, type_error};
use crate::multiprocessing::codec;
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    crate::modules::posix::add_functions(vm, d, &[("_request", request)]);
}

fn request(vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [Value::Object(c), message] = args else {
        return Err(type_error("_request(conn, request)"));
    };
    let Some(conn) = c.as_any().downcast_ref::<Connection>() else {
        return Err(type_error("_request() needs a Connection"));
    };
    // What cannot be sent raises before anything is written.
    let payload = codec::encode(vm, message)?;
    let reply = match exchange(vm, conn, &payload) {
        Ok(r) => r,
        Err(e) => {
            let _ = conn.stream.close();
            return Err(e);
        }
    };
    match &reply {
        Value::Tuple(t) if t.len() == 2 => match t[0] {
            Value::Int(0) => Ok(t[1].clone()),
            _ => Err(PyErr::from_value(t[1].clone())),
        },
        _ => Err(type_error("a manager's answer is a 2-tuple")),
    }
}

fn exchange(vm: &mut Vm, conn: &Connection, payload: &[u8]) -> PyResult<Value> {
    conn.stream.send(vm, payload)?;
    let frame = conn.stream.recv_frame(vm, None)?;
    conn.stream.take(frame, |p| codec::decode(vm, p))
}
