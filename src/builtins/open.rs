//! `open()`: parses CPython's arguments and mode strings and builds the
//! file objects of `crate::io` (text over buffered over a descriptor).

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::io::buffered::FileState;
use crate::io::codec::Codec;
use crate::io::object::Layer;
use crate::io::text::{Newline, TextLayer};
use crate::value::{Str, Value};
use crate::vm::Vm;
use nix::fcntl::OFlag;
use nix::sys::stat::Mode;
use std::cell::RefCell;
use std::os::fd::IntoRawFd;
use std::rc::Rc;

pub use crate::io::object::File;

pub fn register(vm: &mut Vm) {
    vm.add_builtin("open", open);
    crate::io::object::register_classes(vm);
}

const PARAMS: [&str; 7] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
];

/// Positional and keyword arguments matched to `PARAMS`.
fn bind(args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Vec<Option<Value>>> {
    if args.len() > PARAMS.len() {
        return Err(type_error(format!(
            "open() takes at most 7 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let mut params: Vec<Option<Value>> = vec![None; PARAMS.len()];
    for (i, a) in args.iter().enumerate() {
        params[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        match PARAMS.iter().position(|n| *n == k.as_str()) {
            Some(i) if params[i].is_some() => {
                return Err(type_error(format!(
                    "argument for open() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => params[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for open()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(params)
}

/// An optional str argument; None when absent or None.
fn opt_str(vm: &Vm, v: &Option<Value>, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(type_error(format!(
            "open() argument '{name}' must be str or None, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True)`.
fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let p = bind(args, kwargs)?;
    let file = p[0]
        .clone()
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = match &p[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    let buffering = match &p[2] {
        None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let encoding = opt_str(vm, &p[3], "encoding")?;
    let errors = opt_str(vm, &p[4], "errors")?;
    let newline = opt_str(vm, &p[5], "newline")?;
    let closefd = match &p[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let m = parse_mode(&mode)?;
    check_combination(&m, &encoding, &errors, &newline)?;
    let newline = Newline::parse(newline.as_deref()).ok_or_else(|| {
        value_error(format!(
            "illegal newline value: {}",
            newline.unwrap_or_default()
        ))
    })?;
    let codec = match &encoding {
        None => Codec::Utf8,
        Some(e) => Codec::lookup(e)
            .ok_or_else(|| PyErr::new(ExcKind::LookupError, format!("unknown encoding: {e}")))?,
    };
    let fd = open_fd(vm, &file, &m, closefd)?;
    if buffering == 0 && !m.binary {
        // CPython opens the file before refusing, as FileIO comes first.
        if closefd {
            let _ = nix::unistd::close(fd);
        }
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let size = match buffering {
        0 => 0,
        n if n > 1 => n as usize,
        _ => crate::io::block_size(fd),
    };
    let mut s = FileState::new(fd, file, size);
    s.closefd = closefd;
    s.readable = m.readable;
    s.writable = m.writable;
    s.created = m.created;
    s.appending = m.append;
    s.text_mode = mode;
    let layer = if m.binary {
        if buffering == 0 {
            Layer::Raw
        } else {
            Layer::Buffered
        }
    } else {
        let mut t = TextLayer::new(
            codec,
            encoding.unwrap_or_else(|| "UTF-8".to_string()),
            errors.unwrap_or_else(|| "strict".to_string()),
            newline,
        );
        t.line_buffering = buffering == 1 || (buffering < 0 && s.isatty());
        t.seekable = s.seekable();
        s.text = Some(t);
        Layer::Text
    };
    let state = Rc::new(RefCell::new(s));
    crate::io::remember(&state);
    Ok(Value::Object(Rc::new(File { state, layer })))
}

/// The argument combinations CPython refuses before opening anything.
fn check_combination(
    m: &ParsedMode,
    encoding: &Option<String>,
    errors: &Option<String>,
    newline: &Option<String>,
) -> PyResult<()> {
    if !m.binary {
        return Ok(());
    }
    for (given, what) in [
        (encoding.is_some(), "an encoding"),
        (errors.is_some(), "an errors"),
        (newline.is_some(), "a newline"),
    ] {
        if given {
            return Err(value_error(format!(
                "binary mode doesn't take {what} argument"
            )));
        }
    }
    Ok(())
}

/// Opens the path (or checks the descriptor) as FileIO does: a directory
/// is refused with EISDIR, naming the file.
fn open_fd(vm: &mut Vm, file: &Value, m: &ParsedMode, closefd: bool) -> PyResult<i32> {
    let fd = match file {
        Value::Int(fd) => {
            if *fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            let fd = i32::try_from(*fd).map_err(|_| {
                crate::error::overflow_error("Python int too large to convert to C int")
            })?;
            nix::sys::stat::fstat(crate::io::buffered::borrow(fd))
                .map_err(|e| crate::modules::os_error(e as i32, None))?;
            return Ok(fd);
        }
        _ => {
            if !closefd {
                return Err(value_error("Cannot use closefd=False with file name"));
            }
            let path = match file {
                Value::Str(_) | Value::Bytes(_) => {
                    crate::modules::posix::path_arg(vm, file, "open", "file")?
                }
                other => {
                    let is_path = vm
                        .get_attr(other, &crate::value::intern("__fspath__"))
                        .is_ok();
                    if !is_path {
                        return Err(type_error(format!(
                            "expected str, bytes or os.PathLike object, not {}",
                            vm.type_name(other)
                        )));
                    }
                    crate::modules::posix::path_arg(vm, other, "open", "file")?
                }
            };
            let fd = loop {
                match nix::fcntl::open(path.as_c_str(), m.flags, Mode::from_bits_truncate(0o666)) {
                    Err(nix::errno::Errno::EINTR) => crate::signals::run_pending(vm)?,
                    r => {
                        break r
                            .map_err(|e| crate::modules::os_error(e as i32, Some(file.clone())))?;
                    }
                }
            };
            fd.into_raw_fd()
        }
    };
    let is_dir = nix::sys::stat::fstat(crate::io::buffered::borrow(fd))
        .map(|st| st.st_mode & nix::libc::S_IFMT == nix::libc::S_IFDIR)
        .unwrap_or(false);
    if is_dir {
        let _ = nix::unistd::close(fd);
        return Err(crate::modules::os_error(
            nix::libc::EISDIR,
            Some(file.clone()),
        ));
    }
    if m.append {
        let _ = nix::unistd::lseek(
            crate::io::buffered::borrow(fd),
            0,
            nix::unistd::Whence::SeekEnd,
        );
    }
    Ok(fd)
}

struct ParsedMode {
    flags: OFlag,
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    created: bool,
}

fn parse_mode(mode: &str) -> PyResult<ParsedMode> {
    let mut kinds = String::new();
    let (mut plus, mut binary, mut text) = (false, false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxb+t".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            '+' => plus = true,
            'b' => binary = true,
            't' => text = true,
            _ => kinds.push(c),
        }
    }
    if binary && text {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if kinds.len() > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    let Some(kind) = kinds.chars().next() else {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    let base = match kind {
        'r' => OFlag::empty(),
        'w' => OFlag::O_CREAT | OFlag::O_TRUNC,
        'a' => OFlag::O_CREAT | OFlag::O_APPEND,
        _ => OFlag::O_CREAT | OFlag::O_EXCL,
    };
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let access = match (readable, writable) {
        (true, true) => OFlag::O_RDWR,
        (true, false) => OFlag::O_RDONLY,
        _ => OFlag::O_WRONLY,
    };
    Ok(ParsedMode {
        flags: base | access | OFlag::O_CLOEXEC,
        binary,
        readable,
        writable,
        append: kind == 'a',
        created: kind == 'x',
    })
}

/// Flushes the pending writes of every open file and of the standard
/// streams (before `fork`, so the child does not write them a second
/// time).
pub fn flush_all() {
    crate::io::flush_all();
}

/// Flushes a file's pending writes, if it is one.
pub fn flush_file(v: &Value) {
    if let Value::Object(o) = v
        && let Some(f) = o.as_any().downcast_ref::<File>()
    {
        crate::io::flush_state_of(f);
    }
}

/// Attributes of file objects that are not methods.
pub fn file_attr(f: &File, name: &str) -> Option<Value> {
    crate::io::object::attr(f, name)
}
