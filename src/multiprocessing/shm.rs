//! Memory shared by a process and the children it forks: anonymous
//! `MAP_SHARED` mappings, which `fork` leaves shared (unlike the rest of
//! the heap, which it copies). Every shared object (locks, queues, Value,
//! Array) lives in one, so a child handed the object through `Process`
//! arguments or inheritance works on the very same bytes.

use crate::error::{PyErr, PyResult};
use nix::libc;
use std::ptr::NonNull;

/// One shared mapping, unmapped when the last reference in this process
/// goes (the other processes keep their own mapping).
pub struct SharedRegion {
    ptr: NonNull<u8>,
    len: usize,
}

impl SharedRegion {
    /// A zero-filled shared mapping of at least `len` bytes.
    pub fn new(len: usize) -> PyResult<SharedRegion> {
        let len = len.max(1);
        // SAFETY: an anonymous mapping with no address hint.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(crate::modules::os_error(
                nix::errno::Errno::last_raw(),
                None,
            ));
        }
        Ok(SharedRegion {
            ptr: NonNull::new(p as *mut u8).ok_or_else(|| {
                PyErr::new(crate::error::ExcKind::MemoryError, "mmap returned NULL")
            })?,
            len,
        })
    }

    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for SharedRegion {
    fn drop(&mut self) {
        // SAFETY: the mapping was made by `new` with this length.
        unsafe {
            libc::munmap(self.ptr.as_ptr() as *mut libc::c_void, self.len);
        }
    }
}
