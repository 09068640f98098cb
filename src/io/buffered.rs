//! The byte layer of a file: a descriptor with a read-ahead buffer and a
//! write buffer, as CPython's `FileIO` + `BufferedReader`/`Writer`/`Random`.
//! The two buffers are never both in use: writing first rewinds the
//! descriptor over unread read-ahead, reading first flushes writes, so the
//! descriptor offset and the logical position stay coherent.
//!
//! Every operation here is restartable: a system call interrupted by a
//! signal returns `Fail::Intr` with the buffers consistent, and the caller
//! (holding no borrow) runs the signal handlers and calls again (PEP 475).

use crate::error::PyErr;
use crate::value::Value;
use nix::errno::Errno;
use nix::unistd::Whence;
use std::os::fd::BorrowedFd;

pub enum Fail {
    /// EINTR: run the signal handlers, then retry.
    Intr,
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

pub type IoResult<T> = Result<T, Fail>;

/// The result of a system call, with EINTR told apart.
pub fn sys<T>(r: nix::Result<T>) -> IoResult<T> {
    match r {
        Ok(v) => Ok(v),
        Err(Errno::EINTR) => Err(Fail::Intr),
        Err(e) => Err(Fail::Py(crate::modules::os_error(e as i32, None))),
    }
}

/// A borrowed descriptor for one system call; the file owns the fd.
pub fn borrow(fd: i32) -> BorrowedFd<'static> {
    // SAFETY: the descriptor is only used for the duration of one call
    // while the file holding it is open; a stale fd fails with EBADF.
    unsafe { BorrowedFd::borrow_raw(fd) }
}

pub struct FileState {
    pub fd: i32,
    pub closed: bool,
    pub closefd: bool,
    pub name: Value,
    pub readable: bool,
    pub writable: bool,
    pub created: bool,
    pub appending: bool,
    /// The mode text shows; binary files show the canonical raw mode.
    pub text_mode: String,
    /// 0 for unbuffered (raw) files.
    pub buffer_size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    pub text: Option<super::text::TextLayer>,
}

impl FileState {
    pub fn new(fd: i32, name: Value, buffer_size: usize) -> FileState {
        FileState {
            fd,
            closed: false,
            closefd: true,
            name,
            readable: false,
            writable: false,
            created: false,
            appending: false,
            text_mode: String::new(),
            buffer_size,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            text: None,
        }
    }

    /// FileIO's `mode`: `rb`, `wb`, `ab`, `xb`, with `+` when both ways.
    pub fn raw_mode(&self) -> String {
        let plus = self.readable && self.writable;
        let base = if self.created {
            "xb"
        } else if self.appending {
            "ab"
        } else if self.readable {
            "rb"
        } else {
            "wb"
        };
        if plus {
            format!("{base}+")
        } else {
            base.to_string()
        }
    }

    fn unread(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.rbuf.len() - self.rpos);
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }

    /// One `read(2)` of up to `n` bytes appended to the read-ahead;
    /// returns how many arrived (0 at end of file).
    fn fill(&mut self, n: usize) -> IoResult<usize> {
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        self.rbuf.resize(start + n, 0);
        let r = sys(nix::unistd::read(borrow(self.fd), &mut self.rbuf[start..]));
        let got = *r.as_ref().unwrap_or(&0);
        self.rbuf.truncate(start + got);
        r
    }

    fn chunk(&self) -> usize {
        self.buffer_size.max(1)
    }

    /// Sends every buffered write to the descriptor.
    pub fn flush_writes(&mut self) -> IoResult<()> {
        while !self.wbuf.is_empty() {
            let n = sys(nix::unistd::write(borrow(self.fd), &self.wbuf))?;
            self.wbuf.drain(..n);
        }
        Ok(())
    }

    /// Before reading: pending writes go out first.
    fn prepare_read(&mut self) -> IoResult<()> {
        self.flush_writes()
    }

    /// Before writing: the descriptor goes back over unread read-ahead.
    fn prepare_write(&mut self) -> IoResult<()> {
        let ahead = self.unread().len() as i64;
        if ahead > 0 {
            self.rbuf.clear();
            self.rpos = 0;
            sys(nix::unistd::lseek(borrow(self.fd), -ahead, Whence::SeekCur))?;
        }
        Ok(())
    }

    /// `read1(n)`: buffered bytes if any, else one system call.
    pub fn read1(&mut self, n: usize) -> IoResult<Vec<u8>> {
        self.prepare_read()?;
        if self.unread().is_empty() && n > 0 {
            self.fill(n)?;
        }
        Ok(self.take(n))
    }

    /// `read(n)`: exactly `n` bytes unless the end of file comes first; an
    /// unbuffered file makes one system call.
    pub fn read_n(&mut self, n: usize) -> IoResult<Vec<u8>> {
        self.prepare_read()?;
        if self.buffer_size == 0 {
            if self.unread().is_empty() && n > 0 {
                self.fill(n)?;
            }
            return Ok(self.take(n));
        }
        while self.unread().len() < n {
            let want = (n - self.unread().len()).max(self.chunk());
            if self.fill(want)? == 0 {
                break;
            }
        }
        Ok(self.take(n))
    }

    /// `read()`: everything up to the end of file.
    pub fn read_all(&mut self) -> IoResult<Vec<u8>> {
        self.prepare_read()?;
        while self.fill(self.chunk().max(64 * 1024))? > 0 {}
        Ok(self.take(usize::MAX))
    }

    /// `readline(limit)`: up to and including b'\n'.
    pub fn read_line(&mut self, limit: Option<usize>) -> IoResult<Vec<u8>> {
        self.prepare_read()?;
        let step = if self.buffer_size == 0 {
            1
        } else {
            self.chunk()
        };
        loop {
            let ahead = self.unread();
            if let Some(i) = ahead.iter().position(|&b| b == b'\n') {
                return Ok(self.take(limit.map_or(i + 1, |l| l.min(i + 1))));
            }
            if let Some(l) = limit
                && ahead.len() >= l
            {
                return Ok(self.take(l));
            }
            if self.fill(step)? == 0 {
                return Ok(self.take(usize::MAX));
            }
        }
    }

    /// Whether `write` of `n` more bytes must first flush what is buffered.
    pub fn write_overflows(&self, n: usize) -> bool {
        !self.wbuf.is_empty() && self.wbuf.len() + n > self.buffer_size
    }

    /// Buffers `data` (no system call; the caller flushes when
    /// `must_flush` says so).
    pub fn push_write(&mut self, data: &[u8]) -> IoResult<()> {
        self.prepare_write()?;
        self.wbuf.extend_from_slice(data);
        Ok(())
    }

    /// Whether the write buffer is over its size (so it goes out now).
    pub fn must_flush(&self) -> bool {
        self.wbuf.len() > self.buffer_size || (self.buffer_size == 0 && !self.wbuf.is_empty())
    }

    /// An unbuffered write: one system call, returns how much went out.
    pub fn raw_write(&mut self, data: &[u8]) -> IoResult<usize> {
        sys(nix::unistd::write(borrow(self.fd), data))
    }

    /// The logical position: the descriptor's, less unread read-ahead,
    /// plus unwritten writes.
    pub fn tell(&mut self) -> IoResult<i64> {
        let pos = sys(nix::unistd::lseek(borrow(self.fd), 0, Whence::SeekCur))?;
        Ok(pos - self.unread().len() as i64 + self.wbuf.len() as i64)
    }

    pub fn seek(&mut self, off: i64, whence: i32) -> IoResult<i64> {
        self.flush_writes()?;
        let ahead = self.unread().len() as i64;
        let (off, whence) = match whence {
            1 => (off - ahead, Whence::SeekCur),
            2 => (off, Whence::SeekEnd),
            3 => (off, Whence::SeekData),
            4 => (off, Whence::SeekHole),
            _ => (off, Whence::SeekSet),
        };
        let pos = sys(nix::unistd::lseek(borrow(self.fd), off, whence))?;
        self.rbuf.clear();
        self.rpos = 0;
        Ok(pos)
    }

    pub fn truncate(&mut self, size: i64) -> IoResult<i64> {
        self.flush_writes()?;
        sys(nix::unistd::ftruncate(borrow(self.fd), size))?;
        Ok(size)
    }

    pub fn isatty(&self) -> bool {
        nix::unistd::isatty(borrow(self.fd)).unwrap_or(false)
    }

    pub fn seekable(&self) -> bool {
        nix::unistd::lseek(borrow(self.fd), 0, Whence::SeekCur).is_ok()
    }

    /// Drops unread read-ahead (when another layer repositions).
    pub fn discard_read_ahead(&mut self) {
        self.rbuf.clear();
        self.rpos = 0;
    }

    /// Drops unwritten output (a child after fork leaves it to the parent).
    pub fn discard_writes(&mut self) {
        self.wbuf.clear();
    }

    /// Flushes and, when the file owns its descriptor, closes it. The
    /// first error is reported; the file is closed either way.
    pub fn close(&mut self) -> IoResult<()> {
        if self.closed {
            return Ok(());
        }
        let flushed = loop {
            let pending = match self.text.take() {
                Some(mut t) => {
                    let r = t.flush_pending(self);
                    self.text = Some(t);
                    r
                }
                None => Ok(()),
            };
            match pending.and_then(|_| self.flush_writes()) {
                Err(Fail::Intr) => continue,
                r => break r,
            }
        };
        self.closed = true;
        self.wbuf.clear();
        self.discard_read_ahead();
        if self.closefd {
            let closed = nix::unistd::close(self.fd);
            flushed?;
            if let Err(e) = closed
                && e != Errno::EINTR
            {
                return Err(Fail::Py(crate::modules::os_error(e as i32, None)));
            }
            return Ok(());
        }
        flushed
    }
}

impl Drop for FileState {
    /// An unreferenced file is flushed and closed, as CPython's refcounting
    /// does when the last reference goes.
    fn drop(&mut self) {
        let _ = self.close();
    }
}
