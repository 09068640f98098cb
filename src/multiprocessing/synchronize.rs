//! Process-shared `Lock`, `RLock`, `Semaphore`, `BoundedSemaphore`,
//! `Event`, `Condition` and `Barrier`, all in shared anonymous mappings
//! so that every process forked after their creation uses the same ones.

mod barrier;
mod common;
mod condition;
mod event;
mod futex;
mod lock;
mod sem;

use crate::object::Dict;
use crate::vm::Vm;

pub use futex::Deadline;
pub use lock::{Kind, SemLock};

pub fn register(vm: &mut Vm, d: &mut Dict) {
    lock::register(vm, d);
    event::register(vm, d);
    condition::register(vm, d);
    barrier::register(vm, d);
}
