//! Files and the standard streams. A file is a descriptor under a byte
//! layer (`buffered.rs`) and, for text, a text layer (`text.rs`); the
//! Python objects over them are in `object.rs`. `sys.stdin`, `sys.stdout`
//! and `sys.stderr` are such files, and `print`, the traceback printer and
//! `input()` go through them, so each stream has exactly one buffer.

pub mod buffered;
pub mod codec;
pub mod object;
pub mod text;

use buffered::{Fail, FileState};
use codec::Codec;
use object::{File, Layer};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use text::{Newline, TextLayer};

/// A handle on a standard output stream for Rust code (`vm.stdout`,
/// `vm.stderr`): writes go into the same buffers as `sys.stdout.write`.
pub struct OutStream {
    pub file: Rc<File>,
}

impl OutStream {
    pub fn stdout() -> OutStream {
        OutStream {
            file: std_stream(1),
        }
    }
    pub fn stderr() -> OutStream {
        OutStream {
            file: std_stream(2),
        }
    }

    pub fn write_str(&mut self, s: &str) {
        let Ok(mut st) = self.file.state.try_borrow_mut() else {
            return;
        };
        if st.closed {
            return;
        }
        let Some(mut t) = st.text.take() else {
            return;
        };
        let needflush = t.line_buffering && s.contains(['\n', '\r']);
        let bytes = t.encode(s).unwrap_or_else(|_| s.as_bytes().to_vec());
        let _ = retry_intr(|| {
            if t.pending_overflows(bytes.len()) {
                t.flush_pending(&mut st)?;
            }
            Ok(())
        });
        t.push(&bytes);
        let _ = retry_intr(|| {
            if t.pending_full() || needflush {
                t.flush_pending(&mut st)?;
            }
            if needflush {
                st.flush_writes()?;
            }
            Ok(())
        });
        st.text = Some(t);
    }

    /// Writes out everything buffered. Errors (a closed pipe) are dropped
    /// here; `sys.stdout.flush()` reports them itself.
    pub fn flush(&mut self) {
        let _ = self.try_flush();
    }

    pub fn try_flush(&mut self) -> std::io::Result<()> {
        flush_state(&self.file.state).map_err(|e| std::io::Error::from_raw_os_error(e as i32))
    }

    /// Drops buffered output without writing it (in a child after fork,
    /// when the parent owns what was buffered).
    pub fn discard(&mut self) {
        if let Ok(mut s) = self.file.state.try_borrow_mut() {
            if let Some(t) = s.text.as_mut() {
                t.discard_pending();
            }
            s.discard_writes();
        }
    }
}

/// Runs an operation, retrying on EINTR without running signal handlers
/// (for Rust callers that have no VM at hand).
fn retry_intr<T>(mut op: impl FnMut() -> buffered::IoResult<T>) -> buffered::IoResult<T> {
    loop {
        match op() {
            Err(Fail::Intr) => continue,
            r => return r,
        }
    }
}

/// Flushes a file's text and byte buffers, reporting the errno.
fn flush_state(state: &RefCell<FileState>) -> Result<(), nix::errno::Errno> {
    let Ok(mut s) = state.try_borrow_mut() else {
        return Ok(());
    };
    if s.closed {
        return Ok(());
    }
    let r = retry_intr(|| {
        if s.text.is_some() {
            object::text_op(&mut s, |t, s| t.flush_pending(s))?;
        }
        s.flush_writes()
    });
    match r {
        Err(Fail::Py(e)) => Err(errno_of(&e)),
        _ => Ok(()),
    }
}

/// Flushes one file, dropping errors (at exit and before fork).
pub fn flush_state_of(f: &File) {
    let _ = flush_state(&f.state);
}

fn errno_of(e: &crate::error::PyErr) -> nix::errno::Errno {
    if let crate::error::ErrRepr::Lazy { args, .. } = &*e.repr
        && let Some(crate::value::Value::Int(n)) = args.first()
    {
        return nix::errno::Errno::from_raw(*n as i32);
    }
    nix::errno::Errno::EIO
}

static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `pyproc -u`: stdout and stderr unbuffered, as `python3 -u`.
pub fn set_unbuffered() {
    UNBUFFERED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `-u`, or a non-empty PYTHONUNBUFFERED as CPython reads it.
fn unbuffered() -> bool {
    UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed)
        || std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty())
}

/// A text file over fd 0, 1 or 2 as CPython sets them up (with
/// PYTHONIOENCODING=utf-8): line-buffered on a terminal, stderr always.
fn std_stream(fd: i32) -> Rc<File> {
    let name = ["<stdin>", "<stdout>", "<stderr>"][fd as usize];
    let mut s = FileState::new(fd, crate::value::Value::str(name), block_size(fd));
    s.closefd = false;
    s.readable = fd == 0;
    s.writable = fd != 0;
    s.text_mode = if fd == 0 { "r" } else { "w" }.to_string();
    let errors = if fd == 2 {
        "backslashreplace"
    } else {
        "strict"
    };
    let mut t = TextLayer::new(
        Codec::Utf8,
        "utf-8".to_string(),
        errors.to_string(),
        Newline::Universal,
    );
    t.line_buffering = fd == 2 || (fd == 1 && s.isatty());
    t.write_through = fd != 0 && unbuffered();
    t.seekable = s.seekable();
    s.text = Some(t);
    let file = Rc::new(File {
        state: Rc::new(RefCell::new(s)),
        layer: Layer::Text,
    });
    remember(&file.state);
    file
}

/// CPython's buffer size: the descriptor's `st_blksize`, else 8192.
pub fn block_size(fd: i32) -> usize {
    match nix::sys::stat::fstat(crate::io::buffered::borrow(fd)) {
        Ok(st) if st.st_blksize > 1 => st.st_blksize as usize,
        _ => DEFAULT_BUFFER_SIZE,
    }
}

pub const DEFAULT_BUFFER_SIZE: usize = 8192;

thread_local! {
    /// Every file state still alive, so `fork` can flush them all first.
    static OPEN_FILES: RefCell<Vec<Weak<RefCell<FileState>>>> = const { RefCell::new(Vec::new()) };
    static STDIN: RefCell<Option<Rc<File>>> = const { RefCell::new(None) };
}

pub fn remember(state: &Rc<RefCell<FileState>>) {
    OPEN_FILES.with(|files| {
        let mut files = files.borrow_mut();
        files.retain(|w| w.strong_count() > 0);
        files.push(Rc::downgrade(state));
    });
}

/// `sys.stdin` as first made: one buffer for fd 0 shared by
/// `sys.stdin` and `input()`.
pub fn stdin() -> Rc<File> {
    STDIN.with(|s| s.borrow_mut().get_or_insert_with(|| std_stream(0)).clone())
}

/// Flushes the pending writes of every open file, standard streams
/// included (before `fork`, so the child does not write them again).
pub fn flush_all() {
    let states: Vec<Rc<RefCell<FileState>>> =
        OPEN_FILES.with(|files| files.borrow().iter().filter_map(|w| w.upgrade()).collect());
    for s in states {
        let _ = flush_state(&s);
    }
}
