//! `Pipe()` and its `Connection` objects: the two ends of a socketpair
//! (duplex) or of a pipe (simplex), inherited by forked children. Values
//! travel in pyproc's wire format (`codec.rs`) instead of pickle, framed
//! as CPython frames them (`stream.rs`).

mod errors;
mod listener;
mod params;
mod request;
mod serve;
mod stream;
pub(crate) mod wait;

use crate::error::{PyResult, type_error, value_error};
use crate::object::{Class, Dict, NativeFn, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use stream::Stream;

pub use errors::class as error_class;

/// Where the class lives in `Vm::native_classes`.
const CLASS_KEY: &str = "multiprocessing.connection.Connection";

pub struct Connection {
    stream: Stream,
    /// Cleared by a refused message length, which leaves the stream in
    /// the middle of a message.
    readable: Cell<bool>,
    writable: bool,
}

impl NativeObject for Connection {
    /// The dotted path, which `object.__repr__` shows for native objects.
    fn type_name(&self) -> &str {
        CLASS_KEY
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    register_class(vm);
    errors::register(vm, d);
    listener::register(vm, d);
    request::register(vm, d);
    serve::register(vm, d);
    crate::modules::posix::add_functions(vm, d, &[("Pipe", pipe), ("wait", wait::wait)]);
}

fn register_class(vm: &mut Vm) -> Rc<Class> {
    let key = intern(CLASS_KEY);
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let mut dict = Dict::new();
    dict.set_str(
        intern("__module__"),
        Value::str("multiprocessing.connection"),
    );
    let cls =
        crate::vm::types::new_class(intern("Connection"), vec![vm.types.object.clone()], dict)
            .expect("a plain class");
    for (name, f) in METHODS {
        vm.add_method(&cls, name, *f);
    }
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

const METHODS: &[(&str, NativeFn)] = &[
    ("send", send),
    ("recv", recv),
    ("send_bytes", send_bytes),
    ("recv_bytes", recv_bytes),
    ("recv_bytes_into", recv_bytes_into),
    ("poll", poll),
    ("fileno", fileno),
    ("close", close),
    ("__enter__", enter),
    ("__exit__", exit),
];

/// `closed`, `readable` and `writable`: properties in CPython.
pub fn attr(obj: &Value, name: &str) -> Option<Value> {
    let Value::Object(o) = obj else { return None };
    let Some(c) = o.as_any().downcast_ref::<Connection>() else {
        return listener::attr(obj, name);
    };
    Some(match name {
        "closed" => Value::Bool(c.stream.is_closed()),
        "readable" => Value::Bool(c.readable.get()),
        "writable" => Value::Bool(c.writable),
        _ => return None,
    })
}

pub(crate) fn new_connection(fd: i32, is_socket: bool, readable: bool, writable: bool) -> Value {
    Value::Object(Rc::new(Connection {
        stream: Stream::new(fd, is_socket),
        readable: Cell::new(readable),
        writable,
    }))
}

/// `Pipe(duplex=True)`: `(conn1, conn2)`; simplex, conn1 only reads and
/// conn2 only writes.
fn pipe(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [duplex] = params::bind("BaseContext.Pipe", args, kwargs, ["duplex"], 0)?;
    let duplex = match duplex {
        Some(d) => vm.truthy(&d)?,
        None => true,
    };
    let (a, b) = if duplex { socketpair()? } else { os_pipe()? };
    Ok(Value::tuple(vec![
        new_connection(a, duplex, true, duplex),
        new_connection(b, duplex, duplex, true),
    ]))
}

fn socketpair() -> PyResult<(i32, i32)> {
    let mut fds = [0; 2];
    let kind = nix::libc::SOCK_STREAM | nix::libc::SOCK_CLOEXEC;
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { nix::libc::socketpair(nix::libc::AF_UNIX, kind, 0, fds.as_mut_ptr()) } < 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    Ok((fds[0], fds[1]))
}

fn os_pipe() -> PyResult<(i32, i32)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { nix::libc::pipe2(fds.as_mut_ptr(), nix::libc::O_CLOEXEC) } < 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    Ok((fds[0], fds[1]))
}

/// The connection a method was called on, with its other arguments bound
/// as CPython's Python-level signature binds them.
fn this<'a, const N: usize>(
    name: &str,
    args: &'a [Value],
    kwargs: &[(Str, Value)],
    names: [&str; N],
    required: usize,
) -> PyResult<(&'a Connection, [Option<Value>; N])> {
    let qualname = format!("_ConnectionBase.{name}");
    let conn = match args.first() {
        Some(Value::Object(o)) => o.as_any().downcast_ref::<Connection>(),
        _ => None,
    };
    let Some(conn) = conn else {
        return Err(type_error(format!(
            "descriptor '{name}' requires a 'Connection' object"
        )));
    };
    let bound = params::bind(&qualname, &args[1..], kwargs, names, required)?;
    Ok((conn, bound))
}

fn os_error(msg: &str) -> crate::error::PyErr {
    crate::error::PyErr::new(crate::error::ExcKind::OSError, msg)
}

impl Connection {
    /// What is left of the refused message cannot be told from the next
    /// one: the connection stops reading (and closes if that was all it
    /// did), as CPython's does.
    fn bad_message_length(&self) -> crate::error::PyErr {
        if self.writable {
            self.readable.set(false);
        } else if let Err(e) = self.stream.close() {
            return e;
        }
        os_error("bad message length")
    }

    fn check_readable(&self) -> PyResult<()> {
        self.stream.fd()?;
        if !self.readable.get() {
            return Err(os_error("connection is write-only"));
        }
        Ok(())
    }

    fn check_writable(&self) -> PyResult<()> {
        self.stream.fd()?;
        if !self.writable {
            return Err(os_error("connection is read-only"));
        }
        Ok(())
    }
}

fn send(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (c, [obj]) = this("send", args, kwargs, ["obj"], 1)?;
    c.check_writable()?;
    let payload = crate::multiprocessing::codec::encode(vm, obj.as_ref().expect("required"))?;
    c.stream.send(vm, &payload)?;
    Ok(Value::None)
}

fn recv(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (c, []) = this("recv", args, kwargs, [], 0)?;
    c.check_readable()?;
    let frame = c.stream.recv_frame(vm, None)?;
    c.stream.take(frame, |payload| {
        crate::multiprocessing::codec::decode(vm, payload)
    })
}

/// Runs `f` on the bytes of a bytes-like object, as `memoryview(buf)`
/// would see them.
fn with_buffer<T>(vm: &Vm, buf: &Value, f: impl FnOnce(&[u8]) -> T) -> PyResult<T> {
    match buf {
        Value::Bytes(b) => Ok(f(b)),
        Value::ByteArray(b) => Ok(f(&b.borrow())),
        other => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

/// An offset or size compared with ints and then used as a slice index,
/// with the errors those steps raise in CPython.
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) => vm.index_value(v),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
        Value::BigInt(_) => Ok(i64::MAX),
        Value::Float(_) => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
        other => Err(type_error(format!(
            "'<' not supported between instances of '{}' and 'int'",
            vm.type_name(other)
        ))),
    }
}

fn send_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let names = ["buf", "offset", "size"];
    let (c, [buf, offset, size]) = this("send_bytes", args, kwargs, names, 1)?;
    c.check_writable()?;
    let buf = buf.expect("required");
    let n = with_buffer(vm, &buf, |b| b.len())? as i64;
    let offset = match offset {
        Some(o) => index_arg(vm, &o)?,
        None => 0,
    };
    if offset < 0 {
        return Err(value_error("offset is negative"));
    }
    if n < offset {
        return Err(value_error("buffer length < offset"));
    }
    let size = match size {
        None | Some(Value::None) => n - offset,
        Some(s) => index_arg(vm, &s)?,
    };
    if size < 0 {
        return Err(value_error("size is negative"));
    }
    if offset.saturating_add(size) > n {
        return Err(value_error("buffer length < offset + size"));
    }
    let (from, to) = (offset as usize, (offset + size) as usize);
    match &buf {
        // A bytearray is copied out first: a signal handler run during
        // a blocking write could resize it.
        Value::ByteArray(b) => {
            let part = b.borrow()[from..to].to_vec();
            c.stream.send(vm, &part)?;
        }
        Value::Bytes(b) => c.stream.send(vm, &b[from..to])?,
        _ => unreachable!("checked by with_buffer"),
    }
    Ok(Value::None)
}

fn maxlength_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::BigInt(b)) if b.sign() != num_bigint::Sign::Minus => Ok(None),
        Some(v) => {
            let m = index_arg(vm, &v)?;
            if m < 0 {
                return Err(value_error("negative maxlength"));
            }
            Ok(Some(m as usize))
        }
    }
}

fn recv_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (c, [maxlength]) = this("recv_bytes", args, kwargs, ["maxlength"], 0)?;
    c.check_readable()?;
    let maxlength = maxlength_arg(vm, maxlength)?;
    let frame = match c.stream.recv_frame(vm, maxlength) {
        Err(stream::Fail::TooLong) => return Err(c.bad_message_length()),
        r => r?,
    };
    Ok(Value::bytes(c.stream.take(frame, |p| p.to_vec())))
}

fn recv_bytes_into(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let names = ["buf", "offset"];
    let (c, [buf, offset]) = this("recv_bytes_into", args, kwargs, names, 1)?;
    c.check_readable()?;
    let buf = buf.expect("required");
    let room = with_buffer(vm, &buf, |b| b.len())? as i64;
    let offset = match offset {
        Some(o) => index_arg(vm, &o)?,
        None => 0,
    };
    if offset < 0 {
        return Err(value_error("negative offset"));
    }
    if offset > room {
        return Err(value_error("offset too large"));
    }
    let frame = c.stream.recv_frame(vm, None)?;
    let message = c.stream.take(frame, |p| p.to_vec());
    let end = offset as usize + message.len();
    match &buf {
        Value::ByteArray(b) if end <= b.borrow().len() => {
            b.borrow_mut()[offset as usize..end].copy_from_slice(&message);
            Ok(Value::Int(message.len() as i64))
        }
        Value::Bytes(b) if end <= b.len() => Err(type_error("cannot modify read-only memory")),
        _ => Err(errors::buffer_too_short(vm, message)),
    }
}

/// `poll(timeout=0.0)`: whether there is anything to read; `None`
/// waits for as long as it takes.
fn poll(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (c, [timeout]) = this("poll", args, kwargs, ["timeout"], 0)?;
    c.check_readable()?;
    let timeout = match timeout {
        None => Some(0.0),
        Some(Value::None) => None,
        Some(Value::Float(f)) => Some(f),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            Some(crate::types::arith::to_float(&v)?)
        }
        Some(other) => {
            return Err(type_error(format!(
                "unsupported operand type(s) for +: 'float' and '{}'",
                vm.type_name(&other)
            )));
        }
    };
    Ok(Value::Bool(c.stream.poll(vm, timeout)?))
}

fn fileno(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (c, []) = this("fileno", args, kwargs, [], 0)?;
    Ok(Value::Int(c.stream.fd()? as i64))
}

fn close(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (c, []) = this("close", args, kwargs, [], 0)?;
    c.stream.close()?;
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    this("__enter__", args, kwargs, [], 0)?;
    Ok(args[0].clone())
}

fn exit(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let names = ["exc_type", "exc_value", "exc_tb"];
    let (c, _) = this("__exit__", args, kwargs, names, 3)?;
    c.stream.close()?;
    Ok(Value::None)
}
