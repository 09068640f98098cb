//! `Popen.communicate()`: feeds the child's stdin and drains its stdout
//! and stderr at once with `poll`, so neither side can block the other.
//! Output read so far stays in the caller's buffers, so a TimeoutExpired
//! loses nothing and a later call carries on.

use crate::error::PyResult;
use crate::modules::posix::errno_error;
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Instant;

/// One output pipe being drained into a buffer.
pub struct Drain {
    pub fd: i32,
    pub buf: Rc<RefCell<Vec<u8>>>,
    pub open: bool,
}

/// Where a round of communicating stopped.
pub struct Progress {
    /// Bytes of the input written so far.
    pub written: usize,
    pub timed_out: bool,
}

/// Writes `input[written..]` to `stdin_fd` (if >= 0) and reads the drains
/// until the input is all written (so the caller can close stdin and call
/// again), every drain reached EOF, or the deadline passed.
pub fn communicate(
    vm: &mut Vm,
    stdin_fd: i32,
    input: &[u8],
    mut written: usize,
    drains: &mut [Drain],
    deadline: Option<Instant>,
) -> PyResult<Progress> {
    let mut chunk = vec![0u8; 65536];
    loop {
        let writing = stdin_fd >= 0 && written < input.len();
        if stdin_fd >= 0 && !writing {
            return Ok(Progress {
                written,
                timed_out: false,
            });
        }
        let mut fds: Vec<libc::pollfd> = Vec::with_capacity(3);
        if writing {
            fds.push(libc::pollfd {
                fd: stdin_fd,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        for d in drains.iter().filter(|d| d.open) {
            fds.push(libc::pollfd {
                fd: d.fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if fds.is_empty() {
            return Ok(Progress {
                written,
                timed_out: false,
            });
        }
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Ok(Progress {
                        written,
                        timed_out: true,
                    });
                }
                left.as_millis().clamp(1, i32::MAX as u128) as i32
            }
        };
        // SAFETY: valid pollfds for the call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as _, ms) };
        if n < 0 {
            match Errno::last() {
                Errno::EINTR => {
                    crate::signals::run_pending(vm)?;
                    continue;
                }
                e => return Err(errno_error(e, None)),
            }
        }
        for pfd in &fds {
            if pfd.revents == 0 {
                continue;
            }
            if pfd.fd == stdin_fd && writing {
                // At most one pipe buffer page at a time: POLLOUT promises
                // that much room, so the write cannot block.
                let end = (written + libc::PIPE_BUF).min(input.len());
                // SAFETY: a valid slice of the input.
                let r = unsafe {
                    libc::write(
                        stdin_fd,
                        input[written..end].as_ptr() as *const _,
                        end - written,
                    )
                };
                match Errno::result(r) {
                    Ok(k) => written += k as usize,
                    Err(Errno::EINTR | Errno::EAGAIN) => {}
                    // The child stopped reading: the rest of the input is
                    // dropped, as CPython does.
                    Err(Errno::EPIPE) => written = input.len(),
                    Err(e) => return Err(errno_error(e, None)),
                }
                continue;
            }
            let Some(d) = drains.iter_mut().find(|d| d.fd == pfd.fd && d.open) else {
                continue;
            };
            // SAFETY: reading into our own buffer.
            let r = unsafe { libc::read(d.fd, chunk.as_mut_ptr() as *mut _, chunk.len()) };
            match Errno::result(r) {
                Ok(0) => d.open = false,
                Ok(k) => d.buf.borrow_mut().extend_from_slice(&chunk[..k as usize]),
                Err(Errno::EINTR | Errno::EAGAIN) => {}
                Err(e) => return Err(errno_error(e, None)),
            }
        }
    }
}
