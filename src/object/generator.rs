//! Generator objects: a suspended frame and its state.

use crate::vm::frame::Frame;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Generator {
    /// None once the generator has finished.
    pub frame: Option<Box<Frame>>,
    pub started: bool,
    pub running: bool,
    pub name: crate::value::Str,
    pub qualname: crate::value::Str,
}

thread_local! {
    /// Suspended generators that were dropped inside a `try` or `with`
    /// block: the VM closes them (runs their `finally` clauses) at its
    /// next safe point, as CPython does when a generator is freed.
    static PENDING_CLOSE: RefCell<Vec<Rc<RefCell<Generator>>>> = const { RefCell::new(Vec::new()) };
}

/// Set while `PENDING_CLOSE` may hold generators: the VM checks it at
/// every call and discarded value, so it must be cheaper than the
/// thread-local queue.
static ANY_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether a dropped generator may be waiting to be closed.
#[inline]
pub fn any_pending_close() -> bool {
    ANY_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// The next dropped generator waiting to be closed.
pub fn take_pending_close() -> Option<Rc<RefCell<Generator>>> {
    let next = PENDING_CLOSE
        .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
        .ok()
        .flatten();
    if next.is_none() {
        ANY_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    next
}

impl Drop for Generator {
    fn drop(&mut self) {
        // Only a started, suspended frame with an active handler block can
        // observe being closed; anything else is simply freed.
        if !self.started || self.running {
            return;
        }
        let Some(frame) = self.frame.take_if(|f| !f.blocks.is_empty()) else {
            return;
        };
        let revived = Rc::new(RefCell::new(Generator {
            frame: Some(frame),
            started: true,
            running: false,
            name: self.name.clone(),
            qualname: self.qualname.clone(),
        }));
        let mut pending = Some(revived);
        let _ = PENDING_CLOSE.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.extend(pending.take());
                ANY_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        });
        // During thread teardown the queue is gone: free the frame without
        // queueing again.
        if let Some(g) = pending {
            g.borrow_mut().frame = None;
        }
    }
}
