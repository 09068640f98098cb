//! `Listener` and `Client` for the 'AF_UNIX' family: a Unix stream socket
//! bound to a path (or to a name in Linux's abstract namespace when the
//! address starts with a NUL; by default a fresh path in the temporary
//! directory), whose accepted and connected sockets are
//! ordinary `Connection`s with the same framing as `Pipe()`'s. Managers
//! talk to their server through them. No authentication handshake:
//! `authkey` is accepted and ignored.

use super::params;
use crate::error::{PyErr, PyResult, type_error, value_error};
use crate::object::{Class, Dict, NativeFn, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const CLASS_KEY: &str = "multiprocessing.connection.Listener";

pub struct Listener {
    /// -1 once closed.
    fd: Cell<i32>,
    address: String,
    last_accepted: RefCell<Value>,
}

impl NativeObject for Listener {
    fn type_name(&self) -> &str {
        CLASS_KEY
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.close();
    }
}

impl Listener {
    /// Closes the socket once and removes its file, as CPython's
    /// listener finalizer does; abstract names vanish with the socket.
    /// The name goes first, so a client never finds a name that refuses
    /// connections.
    fn close(&self) {
        let fd = self.fd.replace(-1);
        if fd == -1 {
            return;
        }
        if !self.address.starts_with('\0')
            && let Ok(path) = std::ffi::CString::new(self.address.as_str())
        {
            // SAFETY: a NUL-terminated path.
            unsafe { libc::unlink(path.as_ptr()) };
        }
        // SAFETY: the descriptor belongs to this listener and is forgotten.
        unsafe { libc::close(fd) };
    }

    fn fd(&self) -> PyResult<i32> {
        match self.fd.get() {
            -1 => Err(PyErr::new(
                crate::error::ExcKind::OSError,
                "listener is closed",
            )),
            fd => Ok(fd),
        }
    }
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    register_class(vm);
    // Underscored: `multiprocessing` star-imports `_multiprocessing`, and
    // CPython's package has no Listener or Client of its own.
    crate::modules::posix::add_functions(vm, d, &[("_Listener", listener), ("_Client", client)]);
}

fn register_class(vm: &mut Vm) -> Rc<Class> {
    let mut dict = Dict::new();
    dict.set_str(
        intern("__module__"),
        Value::str("multiprocessing.connection"),
    );
    let cls = crate::vm::types::new_class(intern("Listener"), vec![vm.types.object.clone()], dict)
        .expect("a plain class");
    for (name, f) in METHODS {
        vm.add_method(&cls, name, *f);
    }
    vm.native_classes
        .borrow_mut()
        .set_str(intern(CLASS_KEY), Value::Class(cls.clone()));
    cls
}

const METHODS: &[(&str, NativeFn)] = &[
    ("accept", accept),
    ("close", close),
    ("fileno", fileno),
    ("__enter__", enter),
    ("__exit__", exit),
];

/// `address` and `last_accepted`: properties in CPython.
pub fn attr(obj: &Value, name: &str) -> Option<Value> {
    let Value::Object(o) = obj else { return None };
    let l = o.as_any().downcast_ref::<Listener>()?;
    Some(match name {
        "address" => Value::string(l.address.clone()),
        "last_accepted" => l.last_accepted.borrow().clone(),
        _ => return None,
    })
}

fn this<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Listener> {
    match args.first() {
        Some(Value::Object(o)) => o.as_any().downcast_ref::<Listener>(),
        _ => None,
    }
    .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'Listener' object")))
}

fn last_errno() -> PyErr {
    crate::modules::os_error(Errno::last_raw(), None)
}

/// A fresh socket path in the temporary directory, as CPython's
/// `arbitrary_address('AF_UNIX')`; the listener removes it when closed.
fn arbitrary_address() -> String {
    thread_local!(static COUNT: Cell<u64> = const { Cell::new(0) });
    let n = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    // SAFETY: getpid cannot fail.
    let pid = unsafe { libc::getpid() };
    let dir = std::env::var("TMPDIR")
        .ok()
        .filter(|d| !d.is_empty() && d.len() < 60)
        .unwrap_or_else(|| "/tmp".to_string());
    format!("{dir}/pyproc-listener-{pid}-{n}-{nanos:x}")
}

fn sockaddr(address: &str) -> PyResult<(libc::sockaddr_un, libc::socklen_t)> {
    // SAFETY: an all-zero sockaddr_un is valid.
    let mut sa: libc::sockaddr_un = unsafe { std::mem::zeroed() };
    sa.sun_family = libc::AF_UNIX as libc::sa_family_t;
    let bytes = address.as_bytes();
    if bytes.len() >= sa.sun_path.len() {
        return Err(PyErr::new(
            crate::error::ExcKind::OSError,
            "AF_UNIX path too long",
        ));
    }
    for (dst, src) in sa.sun_path.iter_mut().zip(bytes) {
        *dst = *src as libc::c_char;
    }
    let base = std::mem::size_of::<libc::sa_family_t>();
    // Abstract names are exactly as long as given; paths end with a NUL.
    let extra = if bytes.first() == Some(&0) { 0 } else { 1 };
    Ok((sa, (base + bytes.len() + extra) as libc::socklen_t))
}

fn unix_socket() -> PyResult<i32> {
    // SAFETY: plain socket creation.
    let fd = unsafe { libc::socket(libc::AF_UNIX, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return Err(last_errno());
    }
    Ok(fd)
}

fn address_arg(vm: &Vm, v: Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(type_error(format!(
            "a str address is required for the 'AF_UNIX' family, not '{}'",
            vm.type_name(&other)
        ))),
    }
}

fn family_arg(v: Option<Value>) -> PyResult<()> {
    match v {
        None | Some(Value::None) => Ok(()),
        Some(Value::Str(s)) if s.as_str() == "AF_UNIX" => Ok(()),
        Some(Value::Str(s)) if ["AF_INET", "AF_PIPE"].contains(&s.as_str()) => {
            Err(value_error(format!(
                "pyproc supports only the 'AF_UNIX' family, not '{}'",
                s.as_str()
            )))
        }
        Some(_) => Err(value_error("unrecognized family")),
    }
}

/// `Listener(address=None, family=None, backlog=1, authkey=None)`.
fn listener(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let names = ["address", "family", "backlog", "authkey"];
    let [address, family, backlog, _authkey] = params::bind("Listener", args, kwargs, names, 0)?;
    family_arg(family)?;
    let address = address_arg(vm, address)?.unwrap_or_else(arbitrary_address);
    let backlog = match backlog {
        None => 1,
        Some(b) => vm.index_value(&b)?.clamp(0, i32::MAX as i64) as i32,
    };
    let (sa, len) = sockaddr(&address)?;
    let fd = unix_socket()?;
    // SAFETY: `sa` is a valid sockaddr_un of length `len`; a bound
    // socket may listen.
    let ok = unsafe {
        libc::bind(fd, (&sa as *const libc::sockaddr_un).cast(), len) == 0
            && libc::listen(fd, backlog) == 0
    };
    if !ok {
        let e = last_errno();
        // SAFETY: our own descriptor, never handed out.
        unsafe { libc::close(fd) };
        return Err(e);
    }
    let l = Listener {
        fd: Cell::new(fd),
        address,
        last_accepted: RefCell::new(Value::None),
    };
    Ok(Value::Object(Rc::new(l)))
}

fn accept(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let l = this(args, "accept")?;
    params::bind("Listener.accept", &args[1..], kwargs, [], 0)?;
    loop {
        let fd = l.fd()?;
        // SAFETY: a listening socket; the peer address is not asked for.
        let c = unsafe {
            libc::accept4(
                fd,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                libc::SOCK_CLOEXEC,
            )
        };
        if c >= 0 {
            // Unix peers connected from unbound sockets have no address.
            *l.last_accepted.borrow_mut() = Value::str("");
            return Ok(super::new_connection(c, true, true, true));
        }
        match Errno::last() {
            Errno::EINTR => crate::signals::run_pending(vm)?,
            e => return Err(crate::modules::os_error(e as i32, None)),
        }
    }
}

fn close(_vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    this(args, "close")?.close();
    Ok(Value::None)
}

fn fileno(_vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(this(args, "fileno")?.fd()? as i64))
}

fn enter(_vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    this(args, "__enter__")?;
    Ok(args[0].clone())
}

fn exit(_vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    this(args, "__exit__")?.close();
    Ok(Value::None)
}

/// `Client(address, family=None, authkey=None)`: a connection to a
/// listener.
fn client(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let names = ["address", "family", "authkey"];
    let [address, family, _authkey] = params::bind("Client", args, kwargs, names, 1)?;
    family_arg(family)?;
    let address = address_arg(vm, address)?.expect("required");
    let (sa, len) = sockaddr(&address)?;
    let fd = unix_socket()?;
    let conn = super::new_connection(fd, true, true, true);
    loop {
        // SAFETY: `sa` is a valid sockaddr_un of length `len`.
        if unsafe { libc::connect(fd, (&sa as *const libc::sockaddr_un).cast(), len) } == 0 {
            return Ok(conn);
        }
        match Errno::last() {
            Errno::EINTR => crate::signals::run_pending(vm)?,
            e => return Err(crate::modules::os_error(e as i32, None)),
        }
    }
}
