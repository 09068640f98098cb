//! A connection's descriptor and its framed messages: each message is a
//! 4-byte big-endian length (or -1 then an 8-byte length, beyond 2 GiB)
//! followed by the payload, as CPython frames them. A message goes out
//! in one `writev`; reads go through a buffer, so a small message costs
//! one `read` and a read cut short by a raising signal handler loses
//! nothing.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::cell::{Cell, RefCell};
use std::os::fd::RawFd;

/// Bytes asked of the kernel per read when the message needs less.
const CHUNK: usize = 64 * 1024;

/// Beyond this, an emptied buffer gives its memory back.
const KEEP: usize = 1024 * 1024;

/// Bytes read ahead of the reader: `data[start..]`.
#[derive(Default)]
struct ReadBuf {
    data: Vec<u8>,
    start: usize,
}

impl ReadBuf {
    fn unread(&self) -> usize {
        self.data.len() - self.start
    }

    /// One `read` into spare room for at least `need` unread bytes.
    fn read_from(&mut self, fd: RawFd, need: usize) -> Result<usize, Errno> {
        let room_needed = need.max(CHUNK) - self.unread();
        if self.data.capacity() - self.data.len() < room_needed && self.start > 0 {
            self.data.drain(..self.start);
            self.start = 0;
        }
        if self.data.capacity() - self.data.len() < room_needed {
            self.data.reserve(room_needed);
        }
        let len = self.data.len();
        let room = self.data.capacity() - len;
        // SAFETY: the kernel writes at most `room` bytes into the spare
        // capacity, and only the bytes it reports are then counted.
        let n = unsafe { libc::read(fd, self.data.as_mut_ptr().add(len).cast(), room) };
        if n < 0 {
            return Err(Errno::last());
        }
        // SAFETY: `n <= room` bytes were just initialised by `read`.
        unsafe { self.data.set_len(len + n as usize) };
        Ok(n as usize)
    }

    fn consume(&mut self, n: usize) {
        self.start += n;
        if self.start == self.data.len() {
            self.data.clear();
            self.start = 0;
            if self.data.capacity() > KEEP {
                self.data.shrink_to(CHUNK);
            }
        }
    }
}

/// Why `recv_frame` gave no message.
pub enum Fail {
    Py(PyErr),
    /// Longer than the caller's `maxlength`.
    TooLong,
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

impl From<Fail> for PyErr {
    fn from(f: Fail) -> PyErr {
        match f {
            Fail::Py(e) => e,
            Fail::TooLong => bad_length(),
        }
    }
}

/// Where the next message sits in the buffer once `recv_frame` has it.
#[derive(Clone, Copy)]
pub struct Frame {
    header: usize,
    size: usize,
}

pub struct Stream {
    /// -1 once closed.
    fd: Cell<RawFd>,
    /// Sockets are written with MSG_NOSIGNAL: a vanished peer is an
    /// error, never a SIGPIPE.
    is_socket: bool,
    buf: RefCell<ReadBuf>,
}

pub fn closed_error() -> PyErr {
    PyErr::new(ExcKind::OSError, "handle is closed")
}

impl Stream {
    pub fn new(fd: RawFd, is_socket: bool) -> Stream {
        Stream {
            fd: Cell::new(fd),
            is_socket,
            buf: RefCell::new(ReadBuf::default()),
        }
    }

    pub fn fd(&self) -> PyResult<RawFd> {
        match self.fd.get() {
            -1 => Err(closed_error()),
            fd => Ok(fd),
        }
    }

    pub fn is_closed(&self) -> bool {
        self.fd.get() == -1
    }

    /// Closes the descriptor once; later calls do nothing.
    pub fn close(&self) -> PyResult<()> {
        let fd = self.fd.replace(-1);
        if fd == -1 {
            return Ok(());
        }
        // SAFETY: the descriptor is owned by this stream and forgotten now.
        if unsafe { libc::close(fd) } < 0 {
            return Err(crate::modules::os_error(Errno::last_raw(), None));
        }
        Ok(())
    }

    pub fn buffered(&self) -> usize {
        self.buf.try_borrow().map_or(0, |b| b.unread())
    }

    /// Sends one message: header and payload in one system call unless
    /// the kernel takes less.
    pub fn send(&self, vm: &mut Vm, payload: &[u8]) -> PyResult<()> {
        let mut header = [0u8; 12];
        let hlen = if payload.len() > 0x7fff_ffff {
            header[..4].copy_from_slice(&(-1i32).to_be_bytes());
            header[4..].copy_from_slice(&(payload.len() as u64).to_be_bytes());
            12
        } else {
            header[..4].copy_from_slice(&(payload.len() as u32).to_be_bytes());
            4
        };
        let parts = [&header[..hlen], payload];
        let total = hlen + payload.len();
        let mut done = 0;
        while done < total {
            match self.write_from(&parts, done) {
                Ok(n) => done += n,
                Err(Errno::EINTR) => crate::signals::run_pending(vm)?,
                Err(e) => return Err(crate::modules::os_error(e as i32, None)),
            }
        }
        Ok(())
    }

    /// One `writev` (or `sendmsg`) of `parts` from byte `skip` on.
    fn write_from(&self, parts: &[&[u8]; 2], skip: usize) -> Result<usize, Errno> {
        let fd = self.fd.get();
        if fd == -1 {
            return Err(Errno::EBADF);
        }
        let mut iov = [libc::iovec {
            iov_base: std::ptr::null_mut(),
            iov_len: 0,
        }; 2];
        let mut n = 0;
        let mut skip = skip;
        for p in parts {
            if skip >= p.len() {
                skip -= p.len();
                continue;
            }
            iov[n] = libc::iovec {
                iov_base: p[skip..].as_ptr() as *mut libc::c_void,
                iov_len: p.len() - skip,
            };
            skip = 0;
            n += 1;
        }
        // SAFETY: the iovecs point into `parts`, alive for the call.
        let r = unsafe {
            if self.is_socket {
                let mut msg: libc::msghdr = std::mem::zeroed();
                msg.msg_iov = iov.as_mut_ptr();
                msg.msg_iovlen = n as _;
                libc::sendmsg(fd, &msg, libc::MSG_NOSIGNAL)
            } else {
                libc::writev(fd, iov.as_ptr(), n as libc::c_int)
            }
        };
        if r < 0 {
            Err(Errno::last())
        } else {
            Ok(r as usize)
        }
    }

    /// Reads until the next whole message is buffered. `maxlength`
    /// refuses longer messages (their header is consumed, as in CPython).
    pub fn recv_frame(&self, vm: &mut Vm, maxlength: Option<usize>) -> Result<Frame, Fail> {
        self.fill(vm, 4, 0)?;
        let (header, size) = {
            let b = self.buf.borrow();
            let at = &b.data[b.start..];
            let short = i32::from_be_bytes([at[0], at[1], at[2], at[3]]);
            (4, short)
        };
        let (header, size) = if size == -1 {
            self.fill(vm, 12, 4)?;
            let b = self.buf.borrow();
            let at = &b.data[b.start + 4..b.start + 12];
            let long = u64::from_be_bytes(at.try_into().expect("8 bytes"));
            (12, usize::try_from(long).map_err(|_| bad_length())?)
        } else {
            (header, usize::try_from(size).map_err(|_| bad_length())?)
        };
        if maxlength.is_some_and(|m| size > m) {
            self.buf.borrow_mut().consume(header);
            return Err(Fail::TooLong);
        }
        let need = header.checked_add(size).ok_or_else(bad_length)?;
        self.fill(vm, need, header)?;
        Ok(Frame { header, size })
    }

    /// Takes the message `recv_frame` found and runs `f` on its payload.
    /// The buffer is lent out meanwhile, so `f` may run Python code that
    /// uses this connection again without tripping over a borrow.
    pub fn take<T>(&self, frame: Frame, f: impl FnOnce(&[u8]) -> T) -> T {
        let mut lent = std::mem::take(&mut *self.buf.borrow_mut());
        let begin = lent.start + frame.header;
        let r = f(&lent.data[begin..begin + frame.size]);
        lent.consume(frame.header + frame.size);
        let mut b = self.buf.borrow_mut();
        let newer = std::mem::replace(&mut *b, lent);
        // Bytes read while the buffer was lent came later from the stream.
        b.data.extend_from_slice(&newer.data[newer.start..]);
        r
    }

    /// Reads until `need` bytes are buffered. End of file with none of
    /// the bytes past `unit` read is a clean `EOFError`; in the middle of
    /// a header or payload it is an OSError, as in CPython.
    fn fill(&self, vm: &mut Vm, need: usize, unit: usize) -> PyResult<()> {
        loop {
            let r = {
                let mut b = self.buf.borrow_mut();
                if b.unread() >= need {
                    return Ok(());
                }
                b.read_from(self.fd()?, need)
            };
            match r {
                Ok(0) if self.buffered() > unit => {
                    return Err(PyErr::new(
                        ExcKind::OSError,
                        "got end of file during message",
                    ));
                }
                Ok(0) => return Err(PyErr::with_args(ExcKind::EOFError, vec![])),
                Ok(_) => {}
                Err(Errno::EINTR) => crate::signals::run_pending(vm)?,
                Err(e) => return Err(crate::modules::os_error(e as i32, None)),
            }
        }
    }

    /// Whether a read would not block: buffered bytes, data, or end of
    /// file within `timeout` seconds (`None`: no limit).
    pub fn poll(&self, vm: &mut Vm, timeout: Option<f64>) -> PyResult<bool> {
        if self.buffered() > 0 {
            return Ok(true);
        }
        let deadline = match timeout {
            Some(t) => super::wait::deadline_in(t)?,
            None => None,
        };
        let mut pfd = [libc::pollfd {
            fd: self.fd()?,
            events: libc::POLLIN,
            revents: 0,
        }];
        Ok(super::wait::poll_until(vm, &mut pfd, deadline)? > 0)
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

fn bad_length() -> PyErr {
    PyErr::new(ExcKind::OSError, "bad message length")
}
