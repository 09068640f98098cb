//! Native multiprocessing: processes, pipes, queues, locks and shared
//! memory built on fork, Unix sockets and process-shared memory, with no
//! feeder threads and no pickle (`codec.rs` is the wire format). The
//! native module `_multiprocessing` holds the objects; `stdlib/
//! multiprocessing.pp` is the Python-level package over it.

pub mod codec;
pub mod connection;
pub mod futex;
pub mod pool;
pub mod queue;
pub mod sharedctypes;
pub mod shm;
pub mod synchronize;

use crate::value::Value;
use crate::vm::Vm;

/// The `_multiprocessing` module.
pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("_multiprocessing");
    if let Value::Module(module) = &m {
        let mut d = module.dict.borrow_mut();
        connection::register(vm, &mut d);
        synchronize::register(vm, &mut d);
        queue::register(vm, &mut d);
        sharedctypes::register(vm, &mut d);
        pool::register(vm, &mut d);
    }
    m
}
