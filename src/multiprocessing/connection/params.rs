//! Argument binding for the natives that CPython writes in Python
//! (`def send_bytes(self, buf, offset=0, size=None)`), so that argument
//! errors read as they do there.

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};

/// Binds `args` (without `self`, which counts in the messages as the
/// bound first parameter) to `names`, of which the first `required` have
/// no default. Absent parameters come back as `None`.
pub fn bind<const N: usize>(
    qualname: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    if args.len() > N {
        return Err(too_many(qualname, args.len(), N, required));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kwargs {
        let Some(i) = names.iter().position(|n| *n == k.as_str()) else {
            return Err(type_error(format!(
                "{qualname}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "{qualname}() got multiple values for argument '{}'",
                k.as_str()
            )));
        }
        out[i] = Some(v.clone());
    }
    let missing: Vec<String> = (0..required)
        .filter(|&i| out[i].is_none())
        .map(|i| format!("'{}'", names[i]))
        .collect();
    if !missing.is_empty() {
        let plural = if missing.len() == 1 { "" } else { "s" };
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        return Err(type_error(format!(
            "{qualname}() missing {} required positional argument{plural}: {list}",
            missing.len()
        )));
    }
    Ok(out)
}

/// "takes from 1 to 2 positional arguments but 3 were given", counting
/// `self` as Python does.
fn too_many(qualname: &str, given: usize, n: usize, required: usize) -> crate::error::PyErr {
    let (given, n, required) = (given + 1, n + 1, required + 1);
    let takes = if required < n {
        format!("from {required} to {n}")
    } else {
        n.to_string()
    };
    let plural = if takes == "1" {
        "argument"
    } else {
        "arguments"
    };
    let was = if given == 1 { "was" } else { "were" };
    type_error(format!(
        "{qualname}() takes {takes} positional {plural} but {given} {was} given"
    ))
}
