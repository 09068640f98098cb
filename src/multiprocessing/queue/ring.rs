//! The bytes of a queue: a ring of length-prefixed records in a memfd
//! that grows (every process remaps it when it sees a larger capacity),
//! with the counters in a small shared header guarded by a robust mutex.
//!
//! Every change of the counters is a redo-logged commit: the new values
//! are written to a journal first, so a process killed half-way through a
//! commit leaves either the old state or a journal the next locker
//! replays. Record bytes are written to free space before the commit that
//! publishes them, so a producer killed while writing loses only its own
//! unpublished item.

use super::mutex;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::multiprocessing::shm::SharedRegion;
use nix::libc;
use std::cell::Cell;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

const INITIAL_CAPACITY: u64 = 64 * 1024;
const PREFIX: u64 = 8;

/// The committed counters.
#[repr(C)]
struct State {
    head: AtomicU64,
    used: AtomicU64,
    count: AtomicU64,
    unfinished: AtomicU64,
    capacity: AtomicU64,
}

/// A plain copy of `State`.
#[derive(Clone, Copy)]
pub struct Counters {
    head: u64,
    used: u64,
    pub count: u64,
    pub unfinished: u64,
    capacity: u64,
}

impl State {
    fn load(&self) -> Counters {
        let o = Ordering::Relaxed;
        Counters {
            head: self.head.load(o),
            used: self.used.load(o),
            count: self.count.load(o),
            unfinished: self.unfinished.load(o),
            capacity: self.capacity.load(o),
        }
    }
    fn store(&self, c: &Counters) {
        // Release: a lock-free reader that sees the count sees the bytes.
        let o = Ordering::Release;
        self.head.store(c.head, o);
        self.used.store(c.used, o);
        self.unfinished.store(c.unfinished, o);
        self.capacity.store(c.capacity, o);
        self.count.store(c.count, o);
    }
}

/// A futex word to sleep on and the number of processes sleeping on it
/// (so that the waker makes no system call when nobody waits).
#[repr(C)]
pub struct Event {
    pub seq: AtomicU32,
    pub sleepers: AtomicU32,
}

#[repr(C)]
struct Header {
    mutex: libc::pthread_mutex_t,
    state: State,
    journal: State,
    journal_valid: AtomicU32,
    not_empty: Event,
    not_full: Event,
    all_done: Event,
}

pub struct Ring {
    header: SharedRegion,
    fd: OwnedFd,
    data: Cell<*mut u8>,
    len: Cell<usize>,
}

impl Ring {
    pub fn new() -> PyResult<Ring> {
        let header = SharedRegion::new(std::mem::size_of::<Header>())?;
        // SAFETY: a fresh zeroed mapping large enough for the header.
        unsafe {
            mutex::init(std::ptr::addr_of_mut!(
                (*header.as_ptr().cast::<Header>()).mutex
            ))?
        };
        // SAFETY: a NUL-terminated name; the fd is ours.
        let raw = unsafe { libc::memfd_create(c"pyproc-queue".as_ptr(), libc::MFD_CLOEXEC) };
        if raw < 0 {
            return Err(last_os_error());
        }
        // SAFETY: `raw` is a new descriptor nobody else owns.
        let fd = unsafe { OwnedFd::from_raw_fd(raw) };
        let ring = Ring {
            header,
            fd,
            data: Cell::new(std::ptr::null_mut()),
            len: Cell::new(0),
        };
        ring.extend_file(INITIAL_CAPACITY)?;
        ring.remap(INITIAL_CAPACITY as usize)?;
        let h = ring.header();
        h.state.capacity.store(INITIAL_CAPACITY, Ordering::Release);
        Ok(ring)
    }

    fn header(&self) -> &Header {
        // SAFETY: the region was sized for a Header and lives as long as self.
        unsafe { &*self.header.as_ptr().cast::<Header>() }
    }

    fn mutex_ptr(&self) -> *mut libc::pthread_mutex_t {
        // SAFETY: a field of the live header.
        unsafe { std::ptr::addr_of_mut!((*self.header.as_ptr().cast::<Header>()).mutex) }
    }

    pub fn not_empty(&self) -> &Event {
        &self.header().not_empty
    }
    pub fn not_full(&self) -> &Event {
        &self.header().not_full
    }
    pub fn all_done(&self) -> &Event {
        &self.header().all_done
    }

    /// The item count, read without the lock (for spinning).
    pub fn count_hint(&self) -> u64 {
        self.header().state.count.load(Ordering::Acquire)
    }

    pub fn unfinished_hint(&self) -> u64 {
        self.header().state.unfinished.load(Ordering::Acquire)
    }

    /// Takes the lock, repairing the state if its last owner died, and
    /// maps the data as large as it now is.
    pub fn lock(&self) -> PyResult<Guard<'_>> {
        // SAFETY: the header's mutex was initialised by `new`.
        let how = unsafe { mutex::lock(self.mutex_ptr())? };
        let guard = Guard { ring: self };
        if let mutex::Locked::OwnerDied = how {
            self.recover();
            // SAFETY: we hold the mutex.
            unsafe { mutex::consistent(self.mutex_ptr()) };
        }
        let cap = self.header().state.capacity.load(Ordering::Relaxed) as usize;
        if cap != self.len.get() {
            self.remap(cap)?;
        }
        Ok(guard)
    }

    /// Replays a commit its writer did not finish; anything else the dead
    /// process did was to unpublished space and is simply dropped.
    fn recover(&self) {
        let h = self.header();
        if h.journal_valid.load(Ordering::Acquire) == 1 {
            h.state.store(&h.journal.load());
            h.journal_valid.store(0, Ordering::Release);
        }
    }

    fn extend_file(&self, size: u64) -> PyResult<()> {
        let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
        // SAFETY: fstat fills the buffer on success.
        let current = unsafe {
            if libc::fstat(self.fd.as_raw_fd(), st.as_mut_ptr()) != 0 {
                return Err(last_os_error());
            }
            st.assume_init().st_size as u64
        };
        if current >= size {
            return Ok(());
        }
        // SAFETY: plain syscall on our descriptor.
        if unsafe { libc::ftruncate(self.fd.as_raw_fd(), size as libc::off_t) } != 0 {
            return Err(last_os_error());
        }
        Ok(())
    }

    fn remap(&self, len: usize) -> PyResult<()> {
        let old = self.data.get();
        // SAFETY: maps our memfd (at least `len` bytes long) shared, or
        // moves the existing mapping of it.
        let p = unsafe {
            if old.is_null() {
                libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_SHARED,
                    self.fd.as_raw_fd(),
                    0,
                )
            } else {
                libc::mremap(old.cast(), self.len.get(), len, libc::MREMAP_MAYMOVE)
            }
        };
        if p == libc::MAP_FAILED {
            return Err(last_os_error());
        }
        self.data.set(p.cast());
        self.len.set(len);
        Ok(())
    }
}

impl Drop for Ring {
    fn drop(&mut self) {
        let p = self.data.get();
        if !p.is_null() {
            // SAFETY: our own mapping of this length.
            unsafe { libc::munmap(p.cast(), self.len.get()) };
        }
    }
}

/// The lock held: the state may be read and changed.
pub struct Guard<'a> {
    ring: &'a Ring,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        // SAFETY: the guard exists only while we hold the mutex.
        unsafe { mutex::unlock(self.ring.mutex_ptr()) };
    }
}

impl Guard<'_> {
    pub fn counters(&self) -> Counters {
        self.ring.header().state.load()
    }

    /// Publishes new counters atomically with respect to process death.
    fn commit(&self, c: &Counters) {
        let h = self.ring.header();
        h.journal.store(c);
        h.journal_valid.store(1, Ordering::Release);
        h.state.store(c);
        h.journal_valid.store(0, Ordering::Release);
    }

    /// Appends one record; `task` counts it as an unfinished task.
    pub fn push(&self, bytes: &[u8], task: bool) -> PyResult<()> {
        let need = PREFIX + bytes.len() as u64;
        let mut c = self.counters();
        if c.capacity - c.used < need {
            c = self.grow(c, need)?;
        }
        let tail = (c.head + c.used) % c.capacity;
        self.write(tail, &(bytes.len() as u64).to_le_bytes(), c.capacity);
        self.write((tail + PREFIX) % c.capacity, bytes, c.capacity);
        c.used += need;
        c.count += 1;
        if task {
            c.unfinished += 1;
        }
        self.commit(&c);
        Ok(())
    }

    /// Removes the oldest record (the caller checked there is one).
    pub fn pop(&self) -> PyResult<Vec<u8>> {
        let mut c = self.counters();
        let mut prefix = [0u8; PREFIX as usize];
        self.read(c.head, &mut prefix, c.capacity);
        let n = u64::from_le_bytes(prefix);
        if c.count == 0 || PREFIX + n > c.used {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "multiprocessing queue: corrupt shared buffer",
            ));
        }
        let mut out = vec![0u8; n as usize];
        self.read((c.head + PREFIX) % c.capacity, &mut out, c.capacity);
        c.count -= 1;
        c.used -= PREFIX + n;
        // An empty ring restarts at 0 so records rarely wrap.
        c.head = if c.count == 0 {
            0
        } else {
            (c.head + PREFIX + n) % c.capacity
        };
        self.commit(&c);
        Ok(out)
    }

    /// One task done; false if there was none.
    pub fn task_done(&self) -> bool {
        let mut c = self.counters();
        if c.unfinished == 0 {
            return false;
        }
        c.unfinished -= 1;
        self.commit(&c);
        true
    }

    /// Enlarges the ring so that `need` more bytes fit, moving a wrapped
    /// tail part behind the old end so the records stay in ring order.
    fn grow(&self, c: Counters, need: u64) -> PyResult<Counters> {
        let page = 4096;
        let wanted = (c.used + need).max(c.capacity * 2);
        let new_cap = wanted.div_ceil(page) * page;
        self.ring.extend_file(new_cap)?;
        self.ring.remap(new_cap as usize)?;
        let wrapped = (c.head + c.used).saturating_sub(c.capacity);
        if wrapped > 0 {
            let base = self.ring.data.get();
            // SAFETY: both ranges lie inside the new mapping and do not
            // overlap (the source ends where the destination starts at
            // the latest: wrapped <= old capacity).
            unsafe {
                std::ptr::copy_nonoverlapping(base, base.add(c.capacity as usize), wrapped as usize)
            };
        }
        let grown = Counters {
            capacity: new_cap,
            ..c
        };
        self.commit(&grown);
        Ok(grown)
    }

    fn write(&self, at: u64, bytes: &[u8], cap: u64) {
        let base = self.ring.data.get();
        let first = (bytes.len() as u64).min(cap - at) as usize;
        // SAFETY: `at < cap <= mapping length`; the two pieces fit the
        // free space the caller checked.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), base.add(at as usize), first);
            std::ptr::copy_nonoverlapping(bytes.as_ptr().add(first), base, bytes.len() - first);
        }
    }

    fn read(&self, at: u64, out: &mut [u8], cap: u64) {
        let base = self.ring.data.get();
        let first = (out.len() as u64).min(cap - at) as usize;
        let n = out.len();
        // SAFETY: as in `write`, within the published records.
        unsafe {
            std::ptr::copy_nonoverlapping(base.add(at as usize), out.as_mut_ptr(), first);
            std::ptr::copy_nonoverlapping(base, out.as_mut_ptr().add(first), n - first);
        }
    }
}

fn last_os_error() -> PyErr {
    crate::modules::os_error(nix::errno::Errno::last_raw(), None)
}
