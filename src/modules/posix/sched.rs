//! Scheduling (the article's 进程高级管理): `nice`, `getpriority`/
//! `setpriority`, `sched_yield`, CPU affinity and scheduling policies.

use super::{add_functions, add_ints, c_int, check, errno_error, exactly, no_args, one_arg};

use crate::error::{PyResult, type_error, value_error};
use crate::object::Dict;
use crate::types::structseq::StructSeq;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    add_functions(
        vm,
        d,
        &[
            ("nice", nice),
            ("getpriority", getpriority),
            ("setpriority", setpriority),
            ("sched_yield", sched_yield),
            ("sched_getaffinity", sched_getaffinity),
            ("sched_setaffinity", sched_setaffinity),
            ("sched_getscheduler", sched_getscheduler),
            ("sched_setscheduler", sched_setscheduler),
            ("sched_getparam", sched_getparam),
            ("sched_setparam", sched_setparam),
            ("sched_get_priority_min", sched_get_priority_min),
            ("sched_get_priority_max", sched_get_priority_max),
            ("sched_rr_get_interval", sched_rr_get_interval),
        ],
    );
    add_ints(
        d,
        &[
            ("PRIO_PROCESS", libc::PRIO_PROCESS as i64),
            ("PRIO_PGRP", libc::PRIO_PGRP as i64),
            ("PRIO_USER", libc::PRIO_USER as i64),
            ("SCHED_OTHER", libc::SCHED_OTHER as i64),
            ("SCHED_FIFO", libc::SCHED_FIFO as i64),
            ("SCHED_RR", libc::SCHED_RR as i64),
            ("SCHED_BATCH", libc::SCHED_BATCH as i64),
            ("SCHED_IDLE", libc::SCHED_IDLE as i64),
            ("SCHED_RESET_ON_FORK", 0x4000_0000),
        ],
    );
    let cls = SCHED_PARAM.class(vm);
    // sched_param takes its one field by name too, unlike other struct
    // sequences, which take a sequence.
    let new = vm.native(
        "__new__",
        "sched_param.__new__".to_string(),
        sched_param_new,
    );
    cls.dict.borrow_mut().set_str(
        intern("__new__"),
        Value::StaticMethod(std::rc::Rc::new(new)),
    );
    d.set_str(intern("sched_param"), Value::Class(cls));
}

static SCHED_PARAM: StructSeq = StructSeq {
    module: "posix",
    name: "sched_param",
    fields: &["sched_priority"],
    n_sequence: 1,
};

fn sched_param_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    // args[0] is the class.
    let priority = one_arg(
        "sched_param",
        args.get(1..).unwrap_or(&[]),
        kwargs,
        "sched_priority",
    )?;
    Ok(SCHED_PARAM.make(vm, vec![priority]))
}

/// The priority a `sched_param` holds, as the C struct wants it.
fn param_priority(vm: &mut Vm, v: &Value) -> PyResult<libc::sched_param> {
    let cls = SCHED_PARAM.class(vm);
    if !vm.type_of(v).is_subclass(&cls) {
        return Err(type_error("must have a sched_param object"));
    }
    let prio = vm.get_attr(v, &intern("sched_priority"))?;
    let sched_priority = c_int(vm, &prio)?;
    Ok(libc::sched_param { sched_priority })
}

fn nice(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("nice", args, kwargs, 1)?;
    let inc = c_int(vm, &args[0])?;
    // nice(2) may legitimately return -1, so errno tells failure apart.
    Errno::clear();
    // SAFETY: nice takes a plain integer.
    let r = unsafe { libc::nice(inc) };
    if r == -1 && Errno::last_raw() != 0 {
        return Err(errno_error(Errno::last(), None));
    }
    Ok(Value::Int(r as i64))
}

fn getpriority(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("getpriority", args, kwargs, 2)?;
    let which = c_int(vm, &args[0])?;
    let who = c_int(vm, &args[1])?;
    Errno::clear();
    // SAFETY: getpriority takes plain integers.
    let r = unsafe { libc::getpriority(which as libc::__priority_which_t, who as libc::id_t) };
    if r == -1 && Errno::last_raw() != 0 {
        return Err(errno_error(Errno::last(), None));
    }
    Ok(Value::Int(r as i64))
}

fn setpriority(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("setpriority", args, kwargs, 3)?;
    let which = c_int(vm, &args[0])?;
    let who = c_int(vm, &args[1])?;
    let prio = c_int(vm, &args[2])?;
    // SAFETY: setpriority takes plain integers.
    let r =
        unsafe { libc::setpriority(which as libc::__priority_which_t, who as libc::id_t, prio) };
    check(Errno::result(r))?;
    Ok(Value::None)
}

fn sched_yield(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("sched_yield", args, kwargs)?;
    check(nix::sched::sched_yield())?;
    Ok(Value::None)
}

fn pid_arg(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<i32> {
    exactly(name, args, kwargs, 1)?;
    c_int(vm, &args[0])
}

fn sched_getaffinity(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let pid = pid_arg(vm, "sched_getaffinity", args, kwargs)?;
    let set = check(nix::sched::sched_getaffinity(nix::unistd::Pid::from_raw(
        pid,
    )))?;
    let cpus: Vec<Value> = (0..nix::sched::CpuSet::count())
        .filter(|&i| set.is_set(i).unwrap_or(false))
        .map(|i| Value::Int(i as i64))
        .collect();
    vm.call(
        &Value::Class(vm.types.set.clone()),
        vec![Value::list(cpus)],
        vec![],
    )
}

fn sched_setaffinity(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("sched_setaffinity", args, kwargs, 2)?;
    let pid = c_int(vm, &args[0])?;
    let mut set = nix::sched::CpuSet::new();
    for cpu in vm.collect(&args[1])? {
        let i = vm.index_value(&cpu)?;
        if i < 0 {
            return Err(value_error("negative CPU number"));
        }
        // A CPU beyond the set's capacity cannot exist on this machine.
        set.set(i as usize)
            .map_err(|_| errno_error(Errno::EINVAL, None))?;
    }
    check(nix::sched::sched_setaffinity(
        nix::unistd::Pid::from_raw(pid),
        &set,
    ))?;
    Ok(Value::None)
}

fn sched_getscheduler(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let pid = pid_arg(vm, "sched_getscheduler", args, kwargs)?;
    // SAFETY: sched_getscheduler takes a plain integer.
    let r = check(Errno::result(unsafe { libc::sched_getscheduler(pid) }))?;
    Ok(Value::Int(r as i64))
}

fn sched_setscheduler(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("sched_setscheduler", args, kwargs, 3)?;
    let pid = c_int(vm, &args[0])?;
    let policy = c_int(vm, &args[1])?;
    let param = param_priority(vm, &args[2])?;
    // SAFETY: a valid pointer to a sched_param for the call's duration.
    let r = unsafe { libc::sched_setscheduler(pid, policy, &param) };
    check(Errno::result(r))?;
    Ok(Value::None)
}

fn sched_getparam(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let pid = pid_arg(vm, "sched_getparam", args, kwargs)?;
    let mut param = libc::sched_param { sched_priority: 0 };
    // SAFETY: a valid out-pointer.
    check(Errno::result(unsafe {
        libc::sched_getparam(pid, &mut param)
    }))?;
    Ok(SCHED_PARAM.make(vm, vec![Value::Int(param.sched_priority as i64)]))
}

fn sched_setparam(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("sched_setparam", args, kwargs, 2)?;
    let pid = c_int(vm, &args[0])?;
    let param = param_priority(vm, &args[1])?;
    // SAFETY: a valid pointer for the call's duration.
    check(Errno::result(unsafe { libc::sched_setparam(pid, &param) }))?;
    Ok(Value::None)
}

fn policy_call(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    call: unsafe extern "C" fn(libc::c_int) -> libc::c_int,
) -> PyResult<Value> {
    let policy = one_arg(name, args, kwargs, "policy")?;
    let policy = c_int(vm, &policy)?;
    // SAFETY: takes and returns plain integers.
    let r = check(Errno::result(unsafe { call(policy) }))?;
    Ok(Value::Int(r as i64))
}

fn sched_get_priority_min(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    policy_call(
        vm,
        "sched_get_priority_min",
        args,
        kwargs,
        libc::sched_get_priority_min,
    )
}

fn sched_get_priority_max(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    policy_call(
        vm,
        "sched_get_priority_max",
        args,
        kwargs,
        libc::sched_get_priority_max,
    )
}

fn sched_rr_get_interval(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let pid = pid_arg(vm, "sched_rr_get_interval", args, kwargs)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid out-pointer.
    check(Errno::result(unsafe {
        libc::sched_rr_get_interval(pid, &mut ts)
    }))?;
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}
