//! The Python file objects: `TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom` and `FileIO`. One `FileState` may be
//! seen through two layers (a text file and its `.buffer`), which then
//! share one buffer as CPython's layered objects do.

use super::buffered::{Fail, FileState, IoResult};
use super::text::TextLayer;
use crate::builtins::args::{arity, no_kwargs};
use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::object::{Class, Dict, NativeFn, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Text,
    Buffered,
    Raw,
}

pub struct File {
    pub state: Rc<RefCell<FileState>>,
    pub layer: Layer,
}

impl NativeObject for File {
    fn type_name(&self) -> &str {
        let (r, w) = match self.state.try_borrow() {
            Ok(s) => (s.readable, s.writable),
            Err(_) => (true, true),
        };
        match (self.layer, r, w) {
            (Layer::Text, ..) => "TextIOWrapper",
            (Layer::Raw, ..) => "FileIO",
            (_, true, false) => "BufferedReader",
            (_, false, true) => "BufferedWriter",
            _ => "BufferedRandom",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub const CLASS_NAMES: [&str; 5] = [
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "FileIO",
];

/// Makes the five file classes (module `_io`) once.
pub fn register_classes(vm: &mut Vm) {
    for name in CLASS_NAMES {
        let mut dict = Dict::new();
        dict.set_str(intern("__module__"), Value::str("_io"));
        let cls = crate::vm::types::new_class(intern(name), vec![vm.types.object.clone()], dict)
            .expect("a plain class");
        for (n, f) in METHODS {
            vm.add_method(&cls, n, *f);
        }
        vm.native_classes
            .borrow_mut()
            .set_str(intern(name), Value::Class(cls));
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("read", read),
    ("read1", read1),
    ("readall", readall),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("flush", flush),
    ("close", close),
    ("fileno", fileno),
    ("seek", seek),
    ("tell", tell),
    ("truncate", truncate),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("isatty", isatty),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__iter__", iter),
    ("__next__", next),
    ("__repr__", repr),
];

/// `io.UnsupportedOperation`, a subclass of both OSError and ValueError.
pub fn unsupported_class(vm: &mut Vm) -> Rc<Class> {
    let key = intern("io.UnsupportedOperation");
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let mut dict = Dict::new();
    dict.set_str(intern("__module__"), Value::str("io"));
    let bases = vec![
        vm.exc_class(ExcKind::OSError),
        vm.exc_class(ExcKind::ValueError),
    ];
    let cls = crate::vm::types::new_class(intern("UnsupportedOperation"), bases, dict)
        .expect("OSError and ValueError combine");
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = Value::Class(unsupported_class(vm));
    match vm.call(&cls, vec![Value::str(msg)], vec![]) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

pub fn file_of(v: &Value) -> PyResult<&File> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<File>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires an '_io' file object"))
}

/// Runs a restartable operation on the file's state; on EINTR runs the
/// signal handlers with the state released, then runs it again.
pub fn run<T>(
    vm: &mut Vm,
    f: &File,
    mut op: impl FnMut(&mut FileState) -> IoResult<T>,
) -> PyResult<T> {
    loop {
        let r = match f.state.try_borrow_mut() {
            Ok(mut s) => op(&mut s),
            Err(_) => {
                return Err(crate::error::runtime_error(format!(
                    "reentrant call inside <_io.{}>",
                    f.type_name()
                )));
            }
        };
        match r {
            Ok(v) => return Ok(v),
            Err(Fail::Py(e)) => return Err(e),
            Err(Fail::Intr) => crate::signals::run_pending(vm)?,
        }
    }
}

/// Runs `op` on the text layer and the byte layer under it.
pub fn text_op<T>(
    s: &mut FileState,
    op: impl FnOnce(&mut TextLayer, &mut FileState) -> IoResult<T>,
) -> IoResult<T> {
    let Some(mut t) = s.text.take() else {
        return Err(Fail::Py(value_error("detached text file")));
    };
    let r = op(&mut t, s);
    s.text = Some(t);
    r
}

/// The operations whose closed-file message differs between layers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Readline,
    Write,
    Flush,
    Seek,
    Tell,
    Truncate,
    Query,
    Generic,
}

/// Fails as CPython does when the file is closed, or when it lacks the
/// direction the operation needs.
fn check(vm: &mut Vm, f: &File, op: Op) -> PyResult<()> {
    let (closed, r, w) = {
        let s = f.state.borrow();
        (s.closed, s.readable, s.writable)
    };
    let dot = "I/O operation on closed file.";
    let plain = "I/O operation on closed file";
    match f.layer {
        Layer::Text => {
            if closed {
                let msg = if op == Op::Query { plain } else { dot };
                return Err(value_error(msg));
            }
            match op {
                Op::Read | Op::Readline if !r => Err(unsupported(vm, "not readable")),
                Op::Write if !w => Err(unsupported(vm, "not writable")),
                Op::Truncate if !w => Err(unsupported(vm, "truncate")),
                _ => Ok(()),
            }
        }
        Layer::Buffered => {
            match op {
                Op::Read | Op::Readline if !r => return Err(unsupported(vm, "read")),
                Op::Write if !w => return Err(unsupported(vm, "write")),
                _ => {}
            }
            if !closed {
                if op == Op::Truncate && !w {
                    return Err(unsupported(vm, "truncate"));
                }
                return Ok(());
            }
            Err(value_error(match op {
                Op::Read => "read of closed file",
                Op::Readline => "readline of closed file",
                Op::Write => "write to closed file",
                Op::Flush if w => "flush of closed file",
                Op::Seek => "seek of closed file",
                Op::Truncate => "truncate of closed file",
                Op::Tell | Op::Query => plain,
                _ => dot,
            }))
        }
        Layer::Raw => {
            if closed {
                return Err(value_error(match op {
                    Op::Flush | Op::Generic => dot,
                    _ => plain,
                }));
            }
            match op {
                Op::Read | Op::Readline if !r => Err(unsupported(vm, "File not open for reading")),
                Op::Write | Op::Truncate if !w => Err(unsupported(vm, "File not open for writing")),
                _ => Ok(()),
            }
        }
    }
}

/// `size` arguments: an int (negative means all) or None.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
            let n = vm.index_value(v)?;
            Ok(usize::try_from(n).ok())
        }
        Some(other) => Err(type_error(format!(
            "argument should be integer or None, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn this<'a>(name: &str, args: &'a [Value], kw: &[(Str, Value)], max: usize) -> PyResult<&'a File> {
    no_kwargs(name, kw)?;
    let Some(first) = args.first() else {
        return Err(type_error(format!("{name}() needs a file object")));
    };
    arity(name, &args[1..], 0, max)?;
    file_of(first)
}

/// Bytes and text as the layer returns them.
fn data(f: &File, bytes_or_text: Result<Vec<u8>, String>) -> Value {
    let _ = f;
    match bytes_or_text {
        Ok(b) => Value::bytes(b),
        Err(t) => Value::string(t),
    }
}

fn read(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("read", args, kw, 1)?;
    let n = size_arg(vm, args.get(1))?;
    check(vm, f, Op::Read)?;
    Ok(match f.layer {
        Layer::Text => data(f, Err(run(vm, f, |s| text_op(s, |t, s| t.read(s, n)))?)),
        _ => data(
            f,
            Ok(run(vm, f, |s| match n {
                None => s.read_all(),
                Some(n) => s.read_n(n),
            })?),
        ),
    })
}

fn read1(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("read1", args, kw, 1)?;
    if f.layer != Layer::Buffered {
        return Err(crate::error::attribute_error(format!(
            "'_io.{}' object has no attribute 'read1'",
            f.type_name()
        )));
    }
    let n = size_arg(vm, args.get(1))?;
    check(vm, f, Op::Read)?;
    let size = n.unwrap_or(f.state.borrow().buffer_size);
    Ok(Value::bytes(run(vm, f, |s| s.read1(size))?))
}

/// `FileIO.readall()`: reads without checking the mode, as CPython does.
fn readall(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("readall", args, kw, 0)?;
    check(vm, f, Op::Query)?;
    Ok(Value::bytes(run(vm, f, |s| s.read_all())?))
}

/// One line as the layer gives it; empty at end of file.
fn line(vm: &mut Vm, f: &File, limit: Option<usize>) -> PyResult<Value> {
    check(vm, f, Op::Readline)?;
    Ok(match f.layer {
        Layer::Text => Value::string(run(vm, f, |s| text_op(s, |t, s| t.readline(s, limit)))?),
        _ => Value::bytes(run(vm, f, |s| s.read_line(limit))?),
    })
}

fn readline(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("readline", args, kw, 1)?;
    let limit = size_arg(vm, args.get(1))?;
    line(vm, f, limit)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn readlines(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("readlines", args, kw, 1)?;
    let hint = size_arg(vm, args.get(1))?.filter(|h| *h > 0);
    check(vm, f, Op::Generic)?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = line(vm, f, None)?;
        if is_empty(&l) {
            break;
        }
        total += match &l {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        lines.push(l);
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn next(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("__next__", args, kw, 0)?;
    if f.layer == Layer::Text
        && let Some(t) = f.state.borrow_mut().text.as_mut()
    {
        t.telling = false;
    }
    let l = line(vm, f, None)?;
    if is_empty(&l) {
        if let Some(t) = f.state.borrow_mut().text.as_mut() {
            t.telling = t.seekable;
        }
        return Err(PyErr::with_args(ExcKind::StopIteration, vec![]));
    }
    Ok(l)
}

/// Writes text through the text layer; returns the characters written.
pub fn write_text(vm: &mut Vm, f: &File, text: &str) -> PyResult<usize> {
    check(vm, f, Op::Write)?;
    let (bytes, needflush) = {
        let s = f.state.borrow();
        let t = s
            .text
            .as_ref()
            .ok_or_else(|| value_error("not a text file"))?;
        let flush = t.write_through || (t.line_buffering && text.contains(['\n', '\r']));
        (t.encode(text)?, flush)
    };
    run(vm, f, |s| {
        text_op(s, |t, s| {
            if t.pending_overflows(bytes.len()) {
                t.flush_pending(s)?;
            }
            Ok(())
        })
    })?;
    if let Some(t) = f.state.borrow_mut().text.as_mut() {
        t.push(&bytes);
    }
    run(vm, f, |s| {
        text_op(s, |t, s| {
            if t.pending_full() || needflush {
                t.flush_pending(s)?;
            }
            if needflush {
                s.flush_writes()?;
            }
            Ok(())
        })
    })?;
    Ok(text.chars().count())
}

/// Writes bytes through the byte layer; returns the bytes written.
fn write_bytes(vm: &mut Vm, f: &File, data: &[u8]) -> PyResult<usize> {
    check(vm, f, Op::Write)?;
    if f.layer == Layer::Raw {
        return run(vm, f, |s| s.raw_write(data));
    }
    run(vm, f, |s| {
        if s.write_overflows(data.len()) {
            s.flush_writes()?;
        }
        Ok(())
    })?;
    run(vm, f, |s| s.push_write(data))?;
    run(vm, f, |s| {
        if s.must_flush() {
            s.flush_writes()?;
        }
        Ok(())
    })?;
    Ok(data.len())
}

/// The bytes of a bytes-like object.
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        other => match crate::object::class::builtin_payload(other) {
            Some(Value::Bytes(b)) => Ok(b.to_vec()),
            Some(Value::ByteArray(b)) => Ok(b.borrow().clone()),
            _ => Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            ))),
        },
    }
}

fn write(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("write", kw)?;
    let f = file_of(args.first().unwrap_or(&Value::None))?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "{}.write() takes exactly one argument ({} given)",
            f.type_name(),
            args.len().saturating_sub(1)
        )));
    }
    let n = if f.layer == Layer::Text {
        let text = match &args[1] {
            Value::Str(s) => s.as_str().to_string(),
            other => match crate::object::class::builtin_payload(other) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => {
                    return Err(type_error(format!(
                        "write() argument must be str, not {}",
                        vm.type_name(other)
                    )));
                }
            },
        };
        write_text(vm, f, &text)?
    } else {
        let data = bytes_like(vm, &args[1])?;
        write_bytes(vm, f, &data)?
    };
    Ok(Value::Int(n as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("writelines", args, kw, 1)?;
    check(vm, f, Op::Generic)?;
    let lines = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    for l in lines {
        write(vm, &[args[0].clone(), l], &[])?;
    }
    Ok(Value::None)
}

/// Sends everything buffered (text pending and bytes) to the descriptor.
pub fn flush_file(vm: &mut Vm, f: &File) -> PyResult<()> {
    check(vm, f, Op::Flush)?;
    run(vm, f, |s| {
        if f.layer == Layer::Text {
            text_op(s, |t, s| t.flush_pending(s))?;
        }
        s.flush_writes()
    })
}

fn flush(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("flush", args, kw, 0)?;
    flush_file(vm, f)?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("close", args, kw, 0)?;
    if f.state.borrow().closed {
        return Ok(Value::None);
    }
    let flushed = run(vm, f, |s| match s.text.is_some() {
        true => text_op(s, |t, s| t.flush_pending(s)),
        false => Ok(()),
    });
    let closed = run(vm, f, |s| s.close());
    flushed?;
    closed?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("fileno", args, kw, 0)?;
    check(vm, f, Op::Query)?;
    Ok(Value::Int(f.state.borrow().fd as i64))
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => vm.index_value(v),
    }
}

fn seek(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("seek", args, kw, 2)?;
    if args.len() < 2 {
        return Err(type_error("seek expected at least 1 argument, got 0"));
    }
    let off = int_arg(vm, args.get(1), 0)?;
    let whence = int_arg(vm, args.get(2), 0)?;
    check(vm, f, Op::Seek)?;
    match f.layer {
        Layer::Text => text_seek(vm, f, off, whence),
        Layer::Buffered if !(0..=4).contains(&whence) => {
            Err(value_error(format!("whence value {whence} unsupported")))
        }
        _ => Ok(Value::Int(run(vm, f, |s| s.seek(off, whence as i32))?)),
    }
}

fn text_seek(vm: &mut Vm, f: &File, off: i64, whence: i64) -> PyResult<Value> {
    let seekable = f.state.borrow().text.as_ref().is_some_and(|t| t.seekable);
    if !seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let target = match whence {
        0 if off < 0 => return Err(value_error(format!("negative seek position {off}"))),
        0 => off,
        1 if off != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        1 => run(vm, f, |s| text_op(s, |t, s| t.tell(s)))?,
        2 if off != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        2 => -1,
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
    };
    let pos = run(vm, f, |s| {
        text_op(s, |t, s| {
            t.flush_pending(s)?;
            t.reset_read_ahead();
            match target {
                -1 => s.seek(0, 2),
                p => s.seek(p, 0),
            }
        })
    })?;
    Ok(Value::Int(pos))
}

fn tell(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("tell", args, kw, 0)?;
    check(vm, f, Op::Tell)?;
    if f.layer == Layer::Text {
        let (seekable, telling) = {
            let s = f.state.borrow();
            let t = s.text.as_ref();
            (t.is_some_and(|t| t.seekable), t.is_some_and(|t| t.telling))
        };
        if !seekable {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !telling {
            return Err(PyErr::new(
                ExcKind::OSError,
                "telling position disabled by next() call",
            ));
        }
        return Ok(Value::Int(run(vm, f, |s| text_op(s, |t, s| t.tell(s)))?));
    }
    Ok(Value::Int(run(vm, f, |s| s.tell())?))
}

fn truncate(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("truncate", args, kw, 1)?;
    check(vm, f, Op::Truncate)?;
    let size = match args.get(1) {
        Some(v) if !v.is_none() => vm.index_value(v)?,
        _ => match tell(vm, &args[..1], &[])? {
            Value::Int(p) => p,
            _ => 0,
        },
    };
    let text = f.layer == Layer::Text;
    let size = run(vm, f, |s| {
        if text {
            text_op(s, |t, s| t.flush_pending(s))?;
        }
        s.truncate(size)
    })?;
    Ok(Value::Int(size))
}

/// `readable()`/`writable()`: a closed file answers False for the
/// direction its buffered layer lacks, as CPython's classes do.
fn direction(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)], want_read: bool) -> PyResult<Value> {
    let name = if want_read { "readable" } else { "writable" };
    let f = this(name, args, kw, 0)?;
    let (closed, r, w) = {
        let s = f.state.borrow();
        (s.closed, s.readable, s.writable)
    };
    let has = if want_read { r } else { w };
    if closed && (has || f.layer == Layer::Raw) {
        check(vm, f, Op::Query)?;
    }
    Ok(Value::Bool(has))
}

fn readable(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    direction(vm, args, kw, true)
}

fn writable(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    direction(vm, args, kw, false)
}

fn seekable(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("seekable", args, kw, 0)?;
    check(vm, f, Op::Query)?;
    Ok(Value::Bool(f.state.borrow().seekable()))
}

fn isatty(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("isatty", args, kw, 0)?;
    check(vm, f, Op::Query)?;
    Ok(Value::Bool(f.state.borrow().isatty()))
}

fn enter(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("__enter__", args, kw, 0)?;
    check(vm, f, Op::Generic)?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], &[])
}

fn iter(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("__iter__", args, kw, 0)?;
    check(vm, f, Op::Generic)?;
    Ok(args[0].clone())
}

fn repr(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = this("__repr__", args, kw, 0)?;
    let (name, closed, mode, closefd, encoding) = {
        let s = f.state.borrow();
        let encoding = s.text.as_ref().map(|t| t.encoding.clone());
        let mode = match f.layer {
            Layer::Text => s.text_mode.clone(),
            _ => s.raw_mode(),
        };
        (s.name.clone(), s.closed, mode, s.closefd, encoding)
    };
    let kind = f.type_name().to_string();
    let name = vm.repr(&name)?;
    let mode = crate::types::repr::str_repr(&mode);
    Ok(Value::string(match f.layer {
        Layer::Raw if closed => format!("<_io.{kind} [closed]>"),
        Layer::Raw => {
            let cf = if closefd { "True" } else { "False" };
            format!("<_io.{kind} name={name} mode={mode} closefd={cf}>")
        }
        Layer::Buffered => format!("<_io.{kind} name={name}>"),
        Layer::Text => {
            let enc = crate::types::repr::str_repr(&encoding.unwrap_or_default());
            format!("<_io.{kind} name={name} mode={mode} encoding={enc}>")
        }
    }))
}

/// Attributes that are not methods.
pub fn attr(f: &File, name: &str) -> Option<Value> {
    let s = f.state.borrow();
    let t = s.text.as_ref().filter(|_| f.layer == Layer::Text);
    Some(match (name, t) {
        ("closed", _) => Value::Bool(s.closed),
        ("name", _) => s.name.clone(),
        ("mode", Some(_)) => Value::str(&s.text_mode),
        ("mode", None) => Value::string(s.raw_mode()),
        ("closefd", None) if f.layer == Layer::Raw => Value::Bool(s.closefd),
        ("encoding", Some(t)) => Value::str(&t.encoding),
        ("errors", Some(t)) => Value::str(&t.errors),
        ("line_buffering", Some(t)) => Value::Bool(t.line_buffering),
        ("write_through", Some(_)) => Value::Bool(false),
        ("newlines", Some(_)) => Value::None,
        ("buffer", Some(_)) => Value::Object(Rc::new(File {
            state: f.state.clone(),
            layer: Layer::Buffered,
        })),
        _ => return None,
    })
}
