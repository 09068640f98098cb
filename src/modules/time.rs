//! The `time` module. Calendar conversions go through the C library
//! (`localtime_r`, `gmtime_r`, `mktime`, `strftime`) so they agree with
//! CPython, which uses the same functions.
//!
//! `struct_time` is a struct sequence (`types/structseq.rs`): nine tuple
//! items plus the `tm_zone` and `tm_gmtoff` attributes.

use crate::builtins::args::{arity, no_kwargs};
use crate::error::{ExcKind, PyErr, PyResult, overflow_error, type_error, value_error};
use crate::types::structseq::StructSeq;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;

unsafe extern "C" {
    /// POSIX `tzset` (not re-exported by the `libc` crate on all targets).
    fn tzset();
}

const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

static STRUCT_TIME: StructSeq = StructSeq {
    module: "time",
    name: "struct_time",
    fields: &FIELDS,
    n_sequence: 9,
};

fn now() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}

fn clock(id: nix::time::ClockId) -> PyResult<(i64, i64)> {
    let t =
        nix::time::clock_gettime(id).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string()))?;
    Ok((t.tv_sec(), t.tv_nsec()))
}

fn secs(id: nix::time::ClockId) -> PyResult<Value> {
    let (s, ns) = clock(id)?;
    Ok(Value::Float(s as f64 + ns as f64 * 1e-9))
}

fn nanos(id: nix::time::ClockId) -> PyResult<Value> {
    let (s, ns) = clock(id)?;
    Ok(Value::from_bigint(
        num_bigint::BigInt::from(s) * 1_000_000_000 + ns,
    ))
}

fn time(_vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Float(now().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::from_bigint(now().as_nanos().into()))
}

fn monotonic(_vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    secs(nix::time::ClockId::CLOCK_MONOTONIC)
}

fn monotonic_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    nanos(nix::time::ClockId::CLOCK_MONOTONIC)
}

fn process_time(_vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    secs(nix::time::ClockId::CLOCK_PROCESS_CPUTIME_ID)
}

fn process_time_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    nanos(nix::time::ClockId::CLOCK_PROCESS_CPUTIME_ID)
}

fn sleep(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("sleep", kwargs)?;
    arity("sleep", args, 1, 1)?;
    let s = match &args[0] {
        Value::Float(f) => *f,
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            crate::types::arith::to_float(v)?
        }
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )));
        }
    };
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if s > 9.2e9 {
        return Err(overflow_error("sleep length is too large"));
    }
    vm.stdout.flush();
    crate::signals::sleep(vm, s)?;
    Ok(Value::None)
}

/// Seconds argument: None/absent means now.
fn when(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None | Some(Value::None) => Ok(now().as_secs() as i64),
        Some(v) => {
            let f = crate::types::float::to_float_value(vm, v)?;
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as i64)
        }
    }
}

fn zero_tm() -> libc::tm {
    // SAFETY: libc::tm is a plain C struct; all-zero (with a null
    // tm_zone pointer) is a valid value.
    unsafe { std::mem::zeroed() }
}

fn to_tm(t: i64, local: bool) -> PyResult<libc::tm> {
    let tt: libc::time_t = t as libc::time_t;
    let mut tm = zero_tm();
    // SAFETY: both pointers refer to live locals for the duration of the
    // call; the _r variants are reentrant and write only into `tm`.
    let ok = unsafe {
        if local {
            tzset();
            !libc::localtime_r(&tt, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&tt, &mut tm).is_null()
        }
    };
    if ok {
        Ok(tm)
    } else {
        Err(overflow_error("timestamp out of range for platform time_t"))
    }
}

/// UTC offset in seconds (`c_long`, 32 or 64 bits by platform).
#[allow(clippy::unnecessary_cast)]
fn gmtoff(tm: &libc::tm) -> i64 {
    tm.tm_gmtoff as i64
}

fn tm_zone(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null tm_zone from localtime_r/gmtime_r points to a
    // NUL-terminated string with static lifetime inside the C library.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// The nine fields in Python's conventions (month 1-12, weekday Monday=0).
fn tm_fields(tm: &libc::tm) -> [i64; 9] {
    [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ]
}

fn make_struct(vm: &mut Vm, tm: &libc::tm) -> PyResult<Value> {
    let mut values: Vec<Value> = tm_fields(tm).into_iter().map(Value::Int).collect();
    values.push(Value::string(tm_zone(tm)));
    values.push(Value::Int(gmtoff(tm)));
    Ok(STRUCT_TIME.make(vm, values))
}

fn localtime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("localtime", args, 0, 1)?;
    let t = when(vm, args)?;
    let tm = to_tm(t, true)?;
    make_struct(vm, &tm)
}

fn gmtime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("gmtime", args, 0, 1)?;
    let t = when(vm, args)?;
    let tm = to_tm(t, false)?;
    make_struct(vm, &tm)
}

/// A struct_time or 9-sequence back into a C `tm`.
fn from_struct(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let mut vals = [0i64; 9];
    let mut zone_off: Option<i64> = None;
    if let Value::Instance(inst) = v {
        let d = inst.dict.borrow();
        for (i, name) in FIELDS[..9].iter().enumerate() {
            match d.get_str(&intern(name)) {
                Some(Value::Int(x)) => vals[i] = *x,
                _ => return Err(type_error("Tuple or struct_time argument required")),
            }
        }
        if let Some(Value::Int(g)) = d.get_str(&intern("tm_gmtoff")) {
            zone_off = Some(*g);
        }
    } else {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            _ => return Err(type_error("Tuple or struct_time argument required")),
        };
        if items.len() != 9 {
            return Err(type_error(format!(
                "time.struct_time() takes a 9-sequence ({}-sequence given)",
                items.len()
            )));
        }
        for (i, item) in items.iter().enumerate() {
            vals[i] = vm.index_value(item)?;
        }
    }
    let mut tm = zero_tm();
    let c = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    tm.tm_year = c(vals[0] - 1900);
    tm.tm_mon = c(vals[1] - 1);
    tm.tm_mday = c(vals[2]);
    tm.tm_hour = c(vals[3]);
    tm.tm_min = c(vals[4]);
    tm.tm_sec = c(vals[5]);
    tm.tm_wday = c((vals[6] + 1).rem_euclid(7));
    tm.tm_yday = c(vals[7] - 1);
    tm.tm_isdst = c(vals[8]);
    tm.tm_gmtoff = zone_off.unwrap_or(0) as _;
    Ok(tm)
}

fn mktime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("mktime", args, 1, 1)?;
    let mut tm = from_struct(vm, &args[0])?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, exclusively borrowed local.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// `strftime` through the C library, growing the buffer as needed.
fn c_strftime(fmt: &str, tm: &libc::tm) -> PyResult<String> {
    if fmt.is_empty() {
        return Ok(String::new());
    }
    let cfmt = std::ffi::CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    let mut size = 256usize;
    while size <= 1 << 20 {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; cfmt is NUL-terminated
        // and tm is a valid struct for the duration of the call.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                tm,
            )
        };
        if n > 0 {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 4;
    }
    Ok(String::new())
}

fn tm_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::tm> {
    match v {
        None | Some(Value::None) => to_tm(now().as_secs() as i64, true),
        Some(v) => {
            let mut tm = from_struct(vm, v)?;
            // Let the C library fill in the zone name for %Z.
            let mut copy = tm;
            // SAFETY: `copy` is a valid local.
            let t = unsafe { libc::mktime(&mut copy) };
            if t != -1 {
                tm.tm_zone = copy.tm_zone;
                tm.tm_gmtoff = copy.tm_gmtoff;
            }
            Ok(tm)
        }
    }
}

fn strftime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("strftime", args, 1, 2)?;
    let Value::Str(fmt) = &args[0] else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    };
    let tm = tm_arg(vm, args.get(1))?;
    Ok(Value::string(c_strftime(fmt.as_str(), &tm)?))
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: the C library
/// parses; fields the format leaves out default as in CPython (1900-01-01
/// 00:00:00), the weekday and day of the year follow from the date and
/// `tm_isdst` is -1.
fn strptime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("strptime", args, 1, 2)?;
    let mut texts = Vec::with_capacity(2);
    for (i, v) in args.iter().enumerate() {
        match v {
            Value::Str(t) => texts.push(t.as_str().to_string()),
            other => {
                return Err(type_error(format!(
                    "strptime() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(other)
                )));
            }
        }
    }
    if texts.len() == 1 {
        texts.push("%a %b %d %H:%M:%S %Y".to_string());
    }
    let mismatch = || {
        crate::error::value_error(format!(
            "time data {} does not match format {}",
            crate::types::repr::str_repr(&texts[0]),
            crate::types::repr::str_repr(&texts[1])
        ))
    };
    let (Ok(data), Ok(fmt)) = (
        std::ffi::CString::new(texts[0].as_str()),
        std::ffi::CString::new(texts[1].as_str()),
    ) else {
        return Err(crate::error::value_error("embedded null character"));
    };
    let mut tm = zero_tm();
    tm.tm_mday = 1;
    // SAFETY: both strings are NUL-terminated and `tm` is a valid local;
    // the returned pointer, when not null, points into `data`.
    let rest = unsafe {
        let end = libc::strptime(data.as_ptr(), fmt.as_ptr(), &mut tm);
        if end.is_null() {
            return Err(mismatch());
        }
        std::ffi::CStr::from_ptr(end).to_string_lossy().into_owned()
    };
    if !rest.is_empty() {
        return Err(crate::error::value_error(format!(
            "unconverted data remains: {rest}"
        )));
    }
    let (y, m, d) = (
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
    );
    let days = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday (C weekday 4).
    tm.tm_wday = (days + 4).rem_euclid(7) as i32;
    tm.tm_yday = (days - days_from_civil(y, 1, 1)) as i32;
    tm.tm_isdst = -1;
    make_struct(vm, &tm)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// 'Thu Jan  1 00:00:00 1970', as CPython formats asctime/ctime.
fn asctime_of(tm: &libc::tm) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("asctime", args, 0, 1)?;
    let tm = tm_arg(vm, args.first())?;
    Ok(Value::string(asctime_of(&tm)))
}

fn ctime(vm: &mut Vm, args: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    arity("ctime", args, 0, 1)?;
    let t = when(vm, args)?;
    let tm = to_tm(t, true)?;
    Ok(Value::string(asctime_of(&tm)))
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("time");
    let Value::Module(module) = &m else {
        return m;
    };
    let cls = STRUCT_TIME.class(vm);
    let funcs: &[(&'static str, crate::object::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("sleep", sleep),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("ctime", ctime),
        ("asctime", asctime),
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("strptime", strptime),
    ];
    let mut d = module.dict.borrow_mut();
    for (name, f) in funcs {
        d.set_str(intern(name), vm.native(name, format!("time.{name}"), *f));
    }
    d.set_str(intern("struct_time"), Value::Class(cls));
    // timezone/tzname from January and July of this year, as CPython's
    // init_timezone does.
    let year_start = {
        let t = now().as_secs() as i64;
        t - t % (365 * 86400)
    };
    let jan = to_tm(year_start, true).unwrap_or_else(|_| zero_tm());
    let jul = to_tm(year_start + 182 * 86400, true).unwrap_or_else(|_| zero_tm());
    let (std_tm, dst_tm) = if jan.tm_gmtoff <= jul.tm_gmtoff {
        (&jan, &jul)
    } else {
        (&jul, &jan)
    };
    d.set_str(intern("timezone"), Value::Int(-gmtoff(std_tm)));
    d.set_str(intern("altzone"), Value::Int(-gmtoff(dst_tm)));
    d.set_str(
        intern("daylight"),
        Value::Int((jan.tm_gmtoff != jul.tm_gmtoff) as i64),
    );
    d.set_str(
        intern("tzname"),
        Value::tuple(vec![
            Value::string(tm_zone(std_tm)),
            Value::string(tm_zone(dst_tm)),
        ]),
    );
    drop(d);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_cpython() {
        let tm = to_tm(0, false).unwrap();
        assert_eq!(asctime_of(&tm), "Thu Jan  1 00:00:00 1970");
        assert_eq!(
            c_strftime("%Y-%m-%d %H:%M:%S %a %j %%", &tm).unwrap(),
            "1970-01-01 00:00:00 Thu 001 %"
        );
        assert_eq!(tm_fields(&tm), [1970, 1, 1, 0, 0, 0, 3, 1, 0]);
        let mut vm = Vm::new(vec![]);
        let _ = create(&mut vm);
        let st = make_struct(&mut vm, &tm).unwrap();
        let r = vm.repr(&st).unwrap();
        assert_eq!(
            r,
            "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"
        );
    }
}
