//! `open()` and the file objects it returns: text (`TextIOWrapper`) and
//! binary (`BufferedReader`/`BufferedWriter`/`FileIO`) files over a raw
//! descriptor, with their own buffers so `fork` and `dup2` behave as in C.

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::object::{Class, Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::fcntl::OFlag;
use nix::sys::stat::Mode;
use std::any::Any;
use std::cell::RefCell;
use std::os::fd::{BorrowedFd, IntoRawFd};
use std::rc::Rc;

pub struct File {
    pub state: RefCell<FileState>,
}

pub struct FileState {
    pub fd: i32,
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    /// Bytes read from the descriptor but not yet consumed.
    rbuf: Vec<u8>,
    /// Bytes written but not yet sent to the descriptor.
    wbuf: Vec<u8>,
    /// 0: unbuffered (binary only), 1: line buffered, else block size.
    buffering: usize,
    closefd: bool,
}

impl NativeObject for File {
    fn type_name(&self) -> &str {
        let s = self.state.borrow();
        match (s.binary, s.buffering, s.readable, s.writable) {
            (false, ..) => "TextIOWrapper",
            (true, 0, ..) => "FileIO",
            (true, _, true, false) => "BufferedReader",
            (true, _, false, true) => "BufferedWriter",
            _ => "BufferedRandom",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const BLOCK: usize = 8192;

pub fn register(vm: &mut Vm) {
    vm.add_builtin("open", open);
    for name in [
        "TextIOWrapper",
        "FileIO",
        "BufferedReader",
        "BufferedWriter",
        "BufferedRandom",
    ] {
        file_class(vm, name);
    }
}

fn file_class(vm: &mut Vm, name: &'static str) -> Rc<Class> {
    let key = intern(name);
    let cls = crate::vm::types::new_class(key.clone(), vec![vm.types.object.clone()], Dict::new())
        .expect("a plain class");
    let methods: [(&'static str, crate::object::NativeFn); 18] = [
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("close", close),
        ("fileno", fileno),
        ("seek", seek),
        ("tell", tell),
        ("readable", readable),
        ("writable", writable),
        ("isatty", isatty),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next),
        ("truncate", truncate),
    ];
    for (n, f) in methods {
        vm.add_method(&cls, n, f);
    }
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

/// Attributes of file objects that are not methods.
pub fn file_attr(f: &File, name: &str) -> Option<Value> {
    let s = f.state.borrow();
    Some(match name {
        "closed" => Value::Bool(s.closed),
        "name" => s.name.clone(),
        "mode" => Value::str(&s.mode),
        "encoding" if !s.binary => Value::str("UTF-8"),
        "buffer" | "raw" => return None,
        _ => return None,
    })
}

fn file_of(v: Option<&Value>) -> PyResult<&File> {
    match v {
        Some(Value::Object(o)) => o
            .as_any()
            .downcast_ref::<File>()
            .ok_or_else(|| type_error("expected a file object")),
        _ => Err(type_error("expected a file object")),
    }
}

fn errno_err(e: nix::errno::Errno, filename: Option<Value>) -> PyErr {
    crate::modules::os_error(e as i32, filename)
}

fn closed_err() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True)`.
fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
    ];
    let mut params: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        if i >= names.len() {
            return Err(type_error(format!(
                "open() takes at most 7 arguments ({} given)",
                args.len()
            )));
        }
        params[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => params[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for open()",
                    k.as_str()
                )));
            }
        }
    }
    let file = params[0]
        .clone()
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = match &params[1] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => "r".to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    let buffering = match &params[2] {
        Some(Value::Int(n)) => *n,
        _ => -1,
    };
    let closefd = match &params[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let m = parse_mode(&mode)?;
    if buffering == 0 && !m.binary {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let (fd, name) = match &file {
        Value::Str(path) => {
            let fd = nix::fcntl::open(path.as_str(), m.flags, Mode::from_bits_truncate(0o666))
                .map_err(|e| errno_err(e, Some(file.clone())))?;
            (fd.into_raw_fd(), file.clone())
        }
        Value::Int(fd) => (*fd as i32, file.clone()),
        other => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )));
        }
    };
    if m.append {
        let _ = nix::unistd::lseek(
            unsafe { BorrowedFd::borrow_raw(fd) },
            0,
            nix::unistd::Whence::SeekEnd,
        );
    }
    let isatty = nix::unistd::isatty(unsafe { BorrowedFd::borrow_raw(fd) }).unwrap_or(false);
    let buffering = match buffering {
        0 => 0,
        1 => 1,
        _ if isatty && !m.binary => 1,
        _ => BLOCK,
    };
    let mut mode_text = mode.clone();
    if m.binary && !mode_text.contains('b') {
        mode_text.push('b');
    }
    let file = Rc::new(File {
        state: RefCell::new(FileState {
            fd,
            name,
            mode: mode_text,
            binary: m.binary,
            readable: m.readable,
            writable: m.writable,
            closed: false,
            rbuf: Vec::new(),
            wbuf: Vec::new(),
            buffering,
            closefd,
        }),
    });
    remember(&file);
    Ok(Value::Object(file))
}

struct ParsedMode {
    flags: OFlag,
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
}

fn parse_mode(mode: &str) -> PyResult<ParsedMode> {
    let mut kind = None;
    let (mut plus, mut binary, mut text) = (false, false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if kind.is_none() => kind = Some(c),
            '+' if !plus => plus = true,
            'b' if !binary => binary = true,
            't' if !text => text = true,
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    if binary && text {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let Some(kind) = kind else {
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
    })
}

impl FileState {
    fn check_open(&self) -> PyResult<()> {
        if self.closed {
            Err(closed_err())
        } else {
            Ok(())
        }
    }

    fn raw_read(&mut self, n: usize) -> PyResult<usize> {
        let start = self.rbuf.len();
        self.rbuf.resize(start + n, 0);
        loop {
            match nix::unistd::read(
                unsafe { BorrowedFd::borrow_raw(self.fd) },
                &mut self.rbuf[start..],
            ) {
                Ok(got) => {
                    self.rbuf.truncate(start + got);
                    return Ok(got);
                }
                Err(nix::errno::Errno::EINTR) => continue,
                Err(e) => {
                    self.rbuf.truncate(start);
                    return Err(errno_err(e, None));
                }
            }
        }
    }

    fn flush_writes(&mut self) -> PyResult<()> {
        let mut off = 0;
        while off < self.wbuf.len() {
            match nix::unistd::write(
                unsafe { BorrowedFd::borrow_raw(self.fd) },
                &self.wbuf[off..],
            ) {
                Ok(n) => off += n,
                Err(nix::errno::Errno::EINTR) => continue,
                Err(e) => {
                    self.wbuf.drain(..off);
                    return Err(errno_err(e, None));
                }
            }
        }
        self.wbuf.clear();
        Ok(())
    }

    /// Reads everything left.
    fn read_all(&mut self) -> PyResult<Vec<u8>> {
        self.flush_writes()?;
        while self.raw_read(BLOCK * 8)? > 0 {}
        Ok(std::mem::take(&mut self.rbuf))
    }

    fn read_n(&mut self, n: usize) -> PyResult<Vec<u8>> {
        self.flush_writes()?;
        while self.rbuf.len() < n {
            if self.raw_read(BLOCK.max(n - self.rbuf.len()))? == 0 {
                break;
            }
        }
        let take = n.min(self.rbuf.len());
        Ok(self.rbuf.drain(..take).collect())
    }

    fn read_line(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.flush_writes()?;
        loop {
            if let Some(i) = self.rbuf.iter().position(|&b| b == b'\n') {
                let end = limit.map_or(i + 1, |l| l.min(i + 1));
                return Ok(self.rbuf.drain(..end).collect());
            }
            if let Some(l) = limit
                && self.rbuf.len() >= l
            {
                return Ok(self.rbuf.drain(..l).collect());
            }
            if self.raw_read(BLOCK)? == 0 {
                return Ok(std::mem::take(&mut self.rbuf));
            }
        }
    }

    fn write_bytes(&mut self, b: &[u8]) -> PyResult<()> {
        if !self.rbuf.is_empty() {
            // Reposition to the logical offset before writing.
            let back = -(self.rbuf.len() as i64);
            self.rbuf.clear();
            let _ = nix::unistd::lseek(
                unsafe { BorrowedFd::borrow_raw(self.fd) },
                back,
                nix::unistd::Whence::SeekCur,
            );
        }
        self.wbuf.extend_from_slice(b);
        if self.buffering == 0
            || self.wbuf.len() >= self.buffering.max(2)
            || (self.buffering == 1 && b.contains(&b'\n'))
        {
            self.flush_writes()?;
        }
        Ok(())
    }
}

fn decode(vm: &mut Vm, bytes: Vec<u8>, binary: bool) -> PyResult<Value> {
    let _ = vm;
    if binary {
        return Ok(Value::bytes(bytes));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Value::string(s)),
        Err(e) => Err(PyErr::new(
            ExcKind::UnicodeDecodeError,
            format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                e.as_bytes()[e.utf8_error().valid_up_to()],
                e.utf8_error().valid_up_to()
            ),
        )),
    }
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let n = size_arg(vm, args.get(1))?;
    let (bytes, binary) = {
        let mut s = f.state.borrow_mut();
        s.check_open()?;
        if !s.readable {
            return Err(PyErr::new(ExcKind::OSError, "not readable"));
        }
        let binary = s.binary;
        let bytes = match n {
            None => s.read_all()?,
            // Text reads count characters; read whole UTF-8 sequences.
            Some(n) if !binary => read_chars(&mut s, n)?,
            Some(n) => s.read_n(n)?,
        };
        (bytes, binary)
    };
    decode(vm, bytes, binary)
}

/// Reads `n` characters of UTF-8 text.
fn read_chars(s: &mut FileState, n: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = 0;
    while chars < n {
        let b = s.read_n(1)?;
        let Some(&first) = b.first() else {
            break;
        };
        out.push(first);
        let extra = match first {
            0xF0..=0xFF => 3,
            0xE0..=0xEF => 2,
            0xC0..=0xDF => 1,
            _ => 0,
        };
        out.extend(s.read_n(extra)?);
        chars += 1;
    }
    Ok(out)
}

fn readline(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let limit = size_arg(vm, args.get(1))?;
    let (bytes, binary) = {
        let mut s = f.state.borrow_mut();
        s.check_open()?;
        (s.read_line(limit)?, s.binary)
    };
    decode(vm, bytes, binary)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let mut lines = Vec::new();
    loop {
        let (bytes, binary) = {
            let mut s = f.state.borrow_mut();
            s.check_open()?;
            (s.read_line(None)?, s.binary)
        };
        if bytes.is_empty() {
            break;
        }
        lines.push(decode(vm, bytes, binary)?);
    }
    Ok(Value::list(lines))
}

fn next(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let line = readline(vm, &args[..1.min(args.len())], &[])?;
    let empty = match &line {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    };
    if empty {
        return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
    }
    Ok(line)
}

fn write(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let data = args.get(1).cloned().unwrap_or(Value::None);
    let mut s = f.state.borrow_mut();
    s.check_open()?;
    if !s.writable {
        return Err(PyErr::new(ExcKind::OSError, "not writable"));
    }
    match (&data, s.binary) {
        (Value::Str(t), false) => {
            s.write_bytes(t.as_str().as_bytes())?;
            Ok(Value::Int(t.char_len() as i64))
        }
        (Value::Bytes(b), true) => {
            s.write_bytes(b)?;
            Ok(Value::Int(b.len() as i64))
        }
        (Value::ByteArray(b), true) => {
            let b = b.borrow().clone();
            s.write_bytes(&b)?;
            Ok(Value::Int(b.len() as i64))
        }
        (other, false) => Err(type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(other)
        ))),
        (other, true) => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let lines = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    for line in lines {
        write(vm, &[args[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn flush(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let mut s = f.state.borrow_mut();
    s.check_open()?;
    s.flush_writes()?;
    Ok(Value::None)
}

fn close(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let mut s = f.state.borrow_mut();
    if s.closed {
        return Ok(Value::None);
    }
    let r = s.flush_writes();
    s.closed = true;
    if s.closefd {
        let _ = nix::unistd::close(s.fd);
    }
    r?;
    Ok(Value::None)
}

fn fileno(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let s = f.state.borrow();
    s.check_open()?;
    Ok(Value::Int(s.fd as i64))
}

fn seek(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let off = vm.index_value(args.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = match args.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let mut s = f.state.borrow_mut();
    s.check_open()?;
    s.flush_writes()?;
    let buffered = s.rbuf.len() as i64;
    s.rbuf.clear();
    let (off, w) = match whence {
        0 => (off, nix::unistd::Whence::SeekSet),
        1 => (off - buffered, nix::unistd::Whence::SeekCur),
        2 => (off, nix::unistd::Whence::SeekEnd),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
    };
    let pos = nix::unistd::lseek(unsafe { BorrowedFd::borrow_raw(s.fd) }, off, w)
        .map_err(|e| errno_err(e, None))?;
    Ok(Value::Int(pos))
}

fn tell(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let mut s = f.state.borrow_mut();
    s.check_open()?;
    s.flush_writes()?;
    let pos = nix::unistd::lseek(
        unsafe { BorrowedFd::borrow_raw(s.fd) },
        0,
        nix::unistd::Whence::SeekCur,
    )
    .map_err(|e| errno_err(e, None))?;
    Ok(Value::Int(pos - s.rbuf.len() as i64))
}

fn truncate(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let size = match args.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => match tell(vm, &args[..1], &[])? {
            Value::Int(p) => p,
            _ => 0,
        },
    };
    let f = file_of(args.first())?;
    let mut s = f.state.borrow_mut();
    s.flush_writes()?;
    nix::unistd::ftruncate(unsafe { BorrowedFd::borrow_raw(s.fd) }, size)
        .map_err(|e| errno_err(e, None))?;
    Ok(Value::Int(size))
}

fn readable(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let s = f.state.borrow();
    s.check_open()?;
    Ok(Value::Bool(s.readable))
}

fn writable(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let s = f.state.borrow();
    s.check_open()?;
    Ok(Value::Bool(s.writable))
}

fn isatty(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    let s = f.state.borrow();
    s.check_open()?;
    Ok(Value::Bool(
        nix::unistd::isatty(unsafe { BorrowedFd::borrow_raw(s.fd) }).unwrap_or(false),
    ))
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = file_of(args.first())?;
    f.state.borrow().check_open()?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::None)
}

thread_local! {
    /// Every file object still alive, so `fork` can flush them all first.
    static OPEN_FILES: RefCell<Vec<std::rc::Weak<File>>> = const { RefCell::new(Vec::new()) };
}

fn remember(file: &Rc<File>) {
    OPEN_FILES.with(|files| {
        let mut files = files.borrow_mut();
        files.retain(|w| w.strong_count() > 0);
        files.push(Rc::downgrade(file));
    });
}

/// Flushes the pending writes of every open file (before `fork`, so the
/// child does not inherit and write them a second time).
pub fn flush_all() {
    let files: Vec<Rc<File>> =
        OPEN_FILES.with(|files| files.borrow().iter().filter_map(|w| w.upgrade()).collect());
    for f in files {
        if let Ok(mut s) = f.state.try_borrow_mut()
            && !s.closed
        {
            let _ = s.flush_writes();
        }
    }
}

/// Flushes a file's pending writes (at exit and before fork).
pub fn flush_file(v: &Value) {
    if let Value::Object(o) = v
        && let Some(f) = o.as_any().downcast_ref::<File>()
        && let Ok(mut s) = f.state.try_borrow_mut()
        && !s.closed
    {
        let _ = s.flush_writes();
    }
}

impl Drop for File {
    /// An unreferenced file is flushed and closed, as CPython's refcounting
    /// does when the last reference goes.
    fn drop(&mut self) {
        let s = self.state.get_mut();
        if !s.closed {
            let _ = s.flush_writes();
            if s.closefd {
                let _ = nix::unistd::close(s.fd);
            }
        }
    }
}
