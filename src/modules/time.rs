//! The `time` module: clocks (`time/clocks.rs`), broken-down time and
//! its formatting (`time/calendar.rs`), `sleep`, and the zone globals.

mod calendar;
mod clocks;

use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;

/// "f() takes no keyword arguments".
fn no_kw(fname: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    crate::builtins::args::no_kwargs(fname, kwargs)
}

/// For functions without parameters: "time.time() takes no arguments
/// (1 given)".
fn no_args(fname: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    no_kw(fname, kwargs)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "{fname}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple` with optional arguments: "gmtime() takes at most
/// 1 argument (2 given)".
fn at_most(fname: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "{fname}() takes at most {max} argument{s} ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// For one-argument functions: "time.sleep() takes exactly one argument
/// (0 given)".
fn exactly_one_arg<'a>(
    fname: &str,
    args: &'a [Value],
    kwargs: &[(Str, Value)],
) -> PyResult<&'a Value> {
    no_kw(fname, kwargs)?;
    match args {
        [v] => Ok(v),
        _ => Err(type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// A C `int` as `PyArg_ParseTuple`'s "i" format converts it (through a
/// C long), with CPython's overflow messages.
fn parse_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if let Value::BigInt(_) = v {
        return Err(overflow_error("Python int too large to convert to C long"));
    }
    let i = vm.index_value(v)?;
    i32::try_from(i).map_err(|_| {
        overflow_error(if i > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

const NS: i64 = 1_000_000_000;

/// Seconds (an int, a float, or anything with `__index__`) as
/// nanoseconds, rounding a float with `round`, with the messages of
/// CPython's `_PyTime_FromSecondsObject`.
pub fn seconds_ns(vm: &mut Vm, v: &Value, round: fn(f64) -> f64) -> PyResult<i64> {
    let float = match v {
        Value::Float(f) => Some(*f),
        _ => match crate::object::class::builtin_payload(v) {
            Some(Value::Float(f)) => Some(f),
            _ => None,
        },
    };
    if let Some(f) = float {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let d = round(f * 1e9);
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(d as i64);
    }
    let too_large = || overflow_error("timestamp too large to convert to C _PyTime_t");
    if let Value::BigInt(_) = v {
        return Err(too_large());
    }
    let n = vm.index_value(v)?;
    n.checked_mul(NS).ok_or_else(too_large)
}

/// Rounds away from zero, as CPython rounds timeouts.
fn round_timeout(x: f64) -> f64 {
    if x >= 0.0 { x.ceil() } else { x.floor() }
}

/// `time.sleep(secs)`: interrupted by signals, whose handlers run at once;
/// the sleep then goes on for the time left (PEP 475).
fn sleep(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let arg = exactly_one_arg("time.sleep", args, kwargs)?;
    let ns = seconds_ns(vm, arg, round_timeout)?;
    if ns < 0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::signals::sleep(vm, ns)?;
    Ok(Value::None)
}

/// `time.tzset()`: re-reads TZ and updates the zone globals.
fn tzset(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("time.tzset", args, kwargs)?;
    calendar::reset_zone();
    let module = vm.modules.borrow().get_str(&intern("time")).cloned();
    if let Some(Value::Module(m)) = module {
        set_zone_globals(&mut m.dict.borrow_mut());
    }
    Ok(Value::None)
}

/// timezone/altzone/daylight/tzname from January and July of this year,
/// as CPython's `init_timezone` does.
fn set_zone_globals(d: &mut crate::object::Dict) {
    use calendar::{gmtoff, tm_zone, to_tm, zero_tm};
    let year_start = {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        t - t % (365 * 86400)
    };
    let jan = to_tm(year_start, true).unwrap_or_else(|_| zero_tm());
    let jul = to_tm(year_start + 182 * 86400, true).unwrap_or_else(|_| zero_tm());
    let (std_tm, dst_tm) = if gmtoff(&jan) <= gmtoff(&jul) {
        (&jan, &jul)
    } else {
        (&jul, &jan)
    };
    d.set_str(intern("timezone"), Value::Int(-gmtoff(std_tm)));
    d.set_str(intern("altzone"), Value::Int(-gmtoff(dst_tm)));
    d.set_str(
        intern("daylight"),
        Value::Int((gmtoff(&jan) != gmtoff(&jul)) as i64),
    );
    d.set_str(
        intern("tzname"),
        Value::tuple(vec![
            Value::string(tm_zone(std_tm)),
            Value::string(tm_zone(dst_tm)),
        ]),
    );
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("time");
    let Value::Module(module) = &m else {
        return m;
    };
    let cls = calendar::STRUCT_TIME.class(vm);
    let mut d = module.dict.borrow_mut();
    let own: [(&'static str, crate::object::NativeFn); 2] = [("sleep", sleep), ("tzset", tzset)];
    let all = own
        .iter()
        .chain(clocks::FUNCTIONS.iter())
        .chain(calendar::FUNCTIONS.iter());
    for (name, f) in all {
        d.set_str(intern(name), vm.native(name, format!("time.{name}"), *f));
    }
    d.set_str(
        intern("sleep"),
        crate::builtins::frame::frame_aware("sleep", "time.sleep".into(), sleep),
    );
    for (name, id) in clocks::CLOCK_IDS {
        d.set_str(intern(name), Value::Int(id as i64));
    }
    d.set_str(intern("struct_time"), Value::Class(cls));
    set_zone_globals(&mut d);
    drop(d);
    m
}
