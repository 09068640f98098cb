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

/// The next dropped generator waiting to be closed.
pub fn take_pending_close() -> Option<Rc<RefCell<Generator>>> {
    PENDING_CLOSE
        .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
        .ok()
        .flatten()
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
            }
        });
        // During thread teardown the queue is gone: free the frame without
        // queueing again.
        if let Some(g) = pending {
            g.borrow_mut().frame = None;
        }
    }
}
