//! Scheduling: `nice`, `getpriority`/`setpriority`, `sched_yield`,
//! affinity and scheduling policies.

use crate::object::Dict;
use crate::vm::Vm;

pub fn register(_vm: &Vm, _d: &mut Dict) {}
