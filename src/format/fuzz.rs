//! Randomised comparison against CPython, on case files written by
//! `tools/format-gen/fuzz/*.py` (run them with python3.11; they write to /tmp/fz, or
//! set PYPROC_FORMAT_FUZZ_DIR).  Ignored by default:
//! `cargo test --lib format::fuzz -- --ignored`.

use super::float_repr::*;
use super::percent::*;
use super::spec::*;
use num_bigint::BigInt;

#[test]
#[ignore]
fn fuzz_against_python() {
    let data = read_cases("cases.tsv");
    let mut fails = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let got: String = match f[0] {
            "F" => {
                let x = f64::from_bits(f[1].parse().unwrap());
                match format_float_with(x, f[2], "float") {
                    Ok(s) => format!("OK\t{s}"),
                    Err(e) => format!("ERR\t{:?}: {}", e.kind, e.message),
                }
            }
            "I" => {
                let v: BigInt = f[1].parse().unwrap();
                match format_int_with(&v, f[2], "int") {
                    Ok(s) => format!("OK\t{s}"),
                    Err(e) => format!("ERR\t{:?}: {}", e.kind, e.message),
                }
            }
            "P" | "Q" => {
                let pieces = parse_percent(f[2]).unwrap();
                let PercentPiece::Conv(c) = &pieces[0] else {
                    panic!()
                };
                let spec = c.resolve(None, None);
                let s = if f[0] == "P" {
                    percent_float(f64::from_bits(f[1].parse().unwrap()), &spec)
                } else {
                    percent_int(&f[1].parse().unwrap(), &spec)
                };
                format!("OK\t{s}")
            }
            "R" => {
                let x = f64::from_bits(f[1].parse().unwrap());
                let n: i64 = f[2].parse().unwrap();
                let r = match round_float(x, n) {
                    Ok(v) => float_repr(v),
                    Err(_) => "ERR".into(),
                };
                format!("OK\t{}\t{}", float_repr(x), r)
            }
            _ => unreachable!(),
        };
        let want = f[3..].join("\t");
        if got != want {
            fails += 1;
            if fails < 40 {
                eprintln!(
                    "{} {} {:?}: got {:?} want {:?}",
                    f[0], f[1], f[2], got, want
                );
            }
        }
    }
    assert_eq!(fails, 0);
}

fn unhex(h: &str) -> String {
    let bytes: Vec<u8> = (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

#[test]
#[ignore]
fn fuzz_parsers() {
    use super::parse_num::*;
    let data = read_cases("cases2.tsv");
    let mut fails = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let s = unhex(f[1]);
        let got = match f[0] {
            "N" => {
                let fr = parse_float(&s).map(float_repr).unwrap_or("ERR".into());
                let ir = parse_int(&s, f[2].parse().unwrap())
                    .map(|v| v.to_string())
                    .unwrap_or("ERR".into());
                format!("{fr}\t{ir}")
            }
            _ => {
                if f[3] == "OTHER" {
                    continue;
                }
                match parse_percent(&s) {
                    Ok(_) => "OK\t-".to_string(),
                    Err(e) => format!("ERR {}\t-", e.message),
                }
            }
        };
        let want = f[3..].join("\t");
        if got != want {
            fails += 1;
            if fails < 40 {
                eprintln!("{} {:?} {}: got {:?} want {:?}", f[0], s, f[2], got, want);
            }
        }
    }
    assert_eq!(fails, 0);
}

#[test]
#[ignore]
fn fuzz_str() {
    let data = read_cases("cases3.tsv");
    let mut fails = 0;
    for line in data.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (v, sp) = (unhex(f[0]), unhex(f[1]));
        let got = match format_str_with(&v, &sp, "str") {
            Ok(s) => format!("OK\t{s}"),
            Err(e) => format!("ERR\t{}", e.message),
        };
        let want = f[2..].join("\t");
        if got != want {
            fails += 1;
            if fails < 40 {
                eprintln!("{v:?} {sp:?}: got {got:?} want {want:?}");
            }
        }
    }
    assert_eq!(fails, 0);
}

fn read_cases(name: &str) -> String {
    let dir = std::env::var("PYPROC_FORMAT_FUZZ_DIR").unwrap_or_else(|_| "/tmp/fz".into());
    std::fs::read_to_string(format!("{dir}/{name}")).expect("run tools/format-gen/fuzz/*.py first")
}
