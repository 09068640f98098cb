//! The process's standard output streams, buffered as CPython buffers them:
//! line-buffered on a terminal, block-buffered otherwise. pyproc flushes
//! them before `fork`, so buffered text is never written twice.

use std::io::Write;
use std::os::fd::{AsRawFd, BorrowedFd};

pub struct OutStream {
    pub fd: i32,
    buf: Vec<u8>,
    pub line_buffered: bool,
}

const BLOCK: usize = 8192;

impl OutStream {
    fn new(fd: i32, always_line: bool) -> OutStream {
        let tty = nix::unistd::isatty(unsafe { BorrowedFd::borrow_raw(fd) }).unwrap_or(false);
        OutStream {
            fd,
            buf: Vec::with_capacity(BLOCK),
            line_buffered: tty || always_line,
        }
    }
    pub fn stdout() -> OutStream {
        OutStream::new(std::io::stdout().as_raw_fd(), false)
    }
    /// CPython's stderr is line-buffered even when redirected.
    pub fn stderr() -> OutStream {
        OutStream::new(std::io::stderr().as_raw_fd(), true)
    }

    pub fn write_str(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    pub fn write_bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
        if self.buf.len() >= BLOCK || (self.line_buffered && b.contains(&b'\n')) {
            self.flush();
        }
    }

    /// Writes out everything buffered. Errors (a closed pipe) are dropped
    /// here; `sys.stdout.flush()` reports them itself.
    pub fn flush(&mut self) {
        let _ = self.try_flush();
    }

    pub fn try_flush(&mut self) -> std::io::Result<()> {
        let mut written = 0;
        let mut result = Ok(());
        while written < self.buf.len() {
            let fd = unsafe { BorrowedFd::borrow_raw(self.fd) };
            match nix::unistd::write(fd, &self.buf[written..]) {
                Ok(0) => break,
                Ok(n) => written += n,
                Err(nix::errno::Errno::EINTR) => continue,
                Err(e) => {
                    result = Err(std::io::Error::from(e));
                    break;
                }
            }
        }
        self.buf.clear();
        let _ = std::io::stdout().flush();
        result
    }

    /// Drops buffered output without writing it (in a child after fork,
    /// when the parent owns what was buffered).
    pub fn discard(&mut self) {
        self.buf.clear();
    }
}
