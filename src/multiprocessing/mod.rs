//! Native multiprocessing: processes, pipes, queues, locks and shared
//! memory built on fork, Unix sockets and process-shared memory, with no
//! feeder threads and no pickle (`codec.rs` is the wire format).

pub mod codec;
