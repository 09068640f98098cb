//! Broken-down time: `struct_time`, `gmtime`, `localtime`, `mktime`,
//! `strftime`, `strptime`, `asctime`, `ctime`. Conversions go through the
//! C library (`localtime_r`, `gmtime_r`, `mktime`, `strftime`) so they
//! agree with CPython, which uses the same functions.
//!
//! `struct_time` is a struct sequence (`types/structseq.rs`): nine tuple
//! items plus the `tm_zone` and `tm_gmtoff` attributes.

use super::{at_most, exactly_one_arg, no_kw};
use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::types::structseq::StructSeq;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::ffi::CString;

unsafe extern "C" {
    /// POSIX `tzset` (not re-exported by the `libc` crate on all targets).
    fn tzset();
}

/// Re-reads the TZ environment variable.
pub fn reset_zone() {
    // SAFETY: tzset only updates the C library's zone globals.
    unsafe { tzset() };
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

pub static STRUCT_TIME: StructSeq = StructSeq {
    module: "time",
    name: "struct_time",
    fields: &FIELDS,
    n_sequence: 9,
};

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn time_t_overflow() -> crate::error::PyErr {
    overflow_error("timestamp out of range for platform time_t")
}

/// A `time_t` argument (None/absent means now), floored, with the
/// messages of CPython's `_PyTime_ObjectToTime_t`.
fn when(vm: &mut Vm, arg: Option<&Value>) -> PyResult<i64> {
    match arg {
        None | Some(Value::None) => Ok(now_secs()),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                return Err(time_t_overflow());
            }
            Ok(f as i64)
        }
        Some(Value::BigInt(_)) => Err(time_t_overflow()),
        Some(v) => match crate::object::class::builtin_payload(v) {
            Some(inner @ Value::Float(_)) => when(vm, Some(&inner)),
            _ => vm.index_value(v),
        },
    }
}

pub fn zero_tm() -> libc::tm {
    // SAFETY: libc::tm is a plain C struct; all-zero (with a null
    // tm_zone pointer) is a valid value.
    unsafe { std::mem::zeroed() }
}

pub fn to_tm(t: i64, local: bool) -> PyResult<libc::tm> {
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
        Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ))
    }
}

/// UTC offset in seconds (`c_long`, 32 or 64 bits by platform).
#[allow(clippy::unnecessary_cast)]
pub fn gmtoff(tm: &libc::tm) -> i64 {
    tm.tm_gmtoff as i64
}

pub fn tm_zone(tm: &libc::tm) -> String {
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

fn localtime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("localtime", kwargs)?;
    at_most("localtime", args, 1)?;
    let t = when(vm, args.first())?;
    let tm = to_tm(t, true)?;
    make_struct(vm, &tm)
}

fn gmtime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("gmtime", kwargs)?;
    at_most("gmtime", args, 1)?;
    let t = when(vm, args.first())?;
    let tm = to_tm(t, false)?;
    make_struct(vm, &tm)
}

/// A C `tm` from a time tuple, with the zone of a struct_time (kept alive
/// in the returned string while `tm.tm_zone` points into it).
struct TimeTuple {
    tm: libc::tm,
    zone: Option<CString>,
}

impl TimeTuple {
    /// The `tm`, its zone pointer valid while `self` lives.
    fn tm(&self) -> libc::tm {
        let mut tm = self.tm;
        if let Some(z) = &self.zone {
            tm.tm_zone = z.as_ptr();
        }
        tm
    }
}

/// CPython's `gettmarg`: a tuple (or struct_time) of nine C ints.
fn time_tuple(vm: &mut Vm, v: &Value, illegal: &str) -> PyResult<TimeTuple> {
    let items = match v {
        Value::Tuple(t) => t.to_vec(),
        _ => match crate::object::class::builtin_payload(v) {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => return Err(type_error("Tuple or struct_time argument required")),
        },
    };
    if items.len() != 9 {
        return Err(type_error(illegal.to_string()));
    }
    let mut vals = [0i32; 9];
    for (slot, item) in vals.iter_mut().zip(items.iter()) {
        *slot = super::parse_int(vm, item)?;
    }
    let mut tm = zero_tm();
    tm.tm_year = vals[0].wrapping_sub(1900);
    tm.tm_mon = vals[1].wrapping_sub(1);
    tm.tm_mday = vals[2];
    tm.tm_hour = vals[3];
    tm.tm_min = vals[4];
    tm.tm_sec = vals[5];
    tm.tm_wday = (vals[6].wrapping_add(1)) % 7;
    tm.tm_yday = vals[7].wrapping_sub(1);
    tm.tm_isdst = vals[8];
    let mut zone = None;
    if let Value::Instance(inst) = v
        && vm.type_of(v).is_subclass(&STRUCT_TIME.class(vm))
    {
        let d = inst.dict.borrow();
        if let Some(Value::Str(z)) = d.get_str(&intern("tm_zone")) {
            zone = CString::new(z.as_str()).ok();
        }
        if let Some(Value::Int(g)) = d.get_str(&intern("tm_gmtoff")) {
            tm.tm_gmtoff = *g as _;
        }
    }
    Ok(TimeTuple { tm, zone })
}

/// CPython's `checktm`, after its normalisation of zero month, day and
/// day of the year: the fields strftime and asctime index tables with.
fn check_tm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    let checks = [
        (!(0..=11).contains(&tm.tm_mon), "month out of range"),
        (!(1..=31).contains(&tm.tm_mday), "day of month out of range"),
        (!(0..=23).contains(&tm.tm_hour), "hour out of range"),
        (!(0..=59).contains(&tm.tm_min), "minute out of range"),
        (!(0..=61).contains(&tm.tm_sec), "seconds out of range"),
        (tm.tm_wday < 0, "day of week out of range"),
        (!(0..=365).contains(&tm.tm_yday), "day of year out of range"),
    ];
    match checks.iter().find(|(bad, _)| *bad) {
        Some((_, msg)) => Err(value_error(*msg)),
        None => Ok(()),
    }
}

fn mktime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let arg = exactly_one_arg("time.mktime", args, kwargs)?;
    let tt = time_tuple(vm, arg, "mktime(): illegal time tuple argument")?;
    let mut tm = tt.tm();
    // mktime leaves the weekday alone on failure: -1 marks "not set".
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
    let cfmt = CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    let mut size = 1024usize;
    while size <= 256 * fmt.len().max(1024) {
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
        size *= 2;
    }
    Ok(String::new())
}

/// A checked `tm` from the optional time tuple argument (now if absent).
fn checked_tm(vm: &mut Vm, arg: Option<&Value>, fname: &str) -> PyResult<TimeTuple> {
    match arg {
        None => Ok(TimeTuple {
            tm: to_tm(now_secs(), true)?,
            zone: None,
        }),
        Some(v) => {
            let illegal = format!("{fname}(): illegal time tuple argument");
            let mut tt = time_tuple(vm, v, &illegal)?;
            check_tm(&mut tt.tm)?;
            Ok(tt)
        }
    }
}

fn strftime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("strftime", kwargs)?;
    if args.is_empty() {
        return Err(type_error("strftime() takes at least 1 argument (0 given)"));
    }
    at_most("strftime", args, 2)?;
    let Value::Str(fmt) = &args[0] else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    };
    let tt = checked_tm(vm, args.get(1), "strftime")?;
    let mut tm = tt.tm();
    // %Z must not index tzname out of range.
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    Ok(Value::string(c_strftime(fmt.as_str(), &tm)?))
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: the C library
/// parses; fields the format leaves out default as in CPython (1900-01-01
/// 00:00:00), the weekday and day of the year follow from the date and
/// `tm_isdst` is -1.
fn strptime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("strptime", kwargs)?;
    if args.is_empty() {
        return Err(type_error(
            "_strptime_time() missing 1 required positional argument: 'data_string'",
        ));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "_strptime_time() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let mut texts = Vec::with_capacity(2);
    for (i, v) in args.iter().enumerate() {
        match v {
            Value::Str(t) => texts.push(t.as_str().to_string()),
            other => {
                return Err(type_error(format!(
                    "strptime() argument {i} must be str, not <class '{}'>",
                    vm.type_name(other)
                )));
            }
        }
    }
    if texts.len() == 1 {
        texts.push("%a %b %d %H:%M:%S %Y".to_string());
    }
    let mismatch = || {
        value_error(format!(
            "time data {} does not match format {}",
            crate::types::repr::str_repr(&texts[0]),
            crate::types::repr::str_repr(&texts[1])
        ))
    };
    let (Ok(data), Ok(fmt)) = (
        CString::new(texts[0].as_str()),
        CString::new(texts[1].as_str()),
    ) else {
        return Err(value_error("embedded null character"));
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
        return Err(value_error(format!("unconverted data remains: {rest}")));
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

fn asctime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("asctime", kwargs)?;
    crate::builtins::args::arity("asctime", args, 0, 1)?;
    let tt = checked_tm(vm, args.first(), "asctime")?;
    Ok(Value::string(asctime_of(&tt.tm)))
}

fn ctime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("ctime", kwargs)?;
    at_most("ctime", args, 1)?;
    let t = when(vm, args.first())?;
    let tm = to_tm(t, true)?;
    Ok(Value::string(asctime_of(&tm)))
}

pub const FUNCTIONS: [(&str, crate::object::NativeFn); 7] = [
    ("ctime", ctime),
    ("asctime", asctime),
    ("localtime", localtime),
    ("gmtime", gmtime),
    ("mktime", mktime),
    ("strftime", strftime),
    ("strptime", strptime),
];

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
        let _ = super::super::create(&mut vm);
        let st = make_struct(&mut vm, &tm).unwrap();
        let r = vm.repr(&st).unwrap();
        assert_eq!(
            r,
            "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"
        );
    }
}
