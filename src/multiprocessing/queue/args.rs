//! Binding the arguments of the queue methods with the messages CPython
//! gives for its Python-level methods (`self` counted in the numbers).

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};

/// Binds `args[1..]` (after `self`) and `kwargs` to `names`, the first
/// `required` of which must be given. `args` may lack `self` for
/// functions whose qualname counts one (`BaseContext.Queue`).
pub fn bind<const N: usize>(
    qual: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let given = if is_factory(qual) {
        args
    } else {
        args.get(1..)
            .ok_or_else(|| type_error(format!("{qual}() needs self")))?
    };
    if given.len() > N {
        let takes = if required == N {
            let s = if N == 0 { "" } else { "s" };
            format!("{} positional argument{s}", N + 1)
        } else {
            format!("from {} to {} positional arguments", required + 1, N + 1)
        };
        return Err(type_error(format!(
            "{qual}() takes {takes} but {} were given",
            given.len() + 1
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| given.get(i).cloned());
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "{qual}() got multiple values for argument '{}'",
                    names[i]
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "{qual}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
    }
    if let Some(i) = (0..required).find(|&i| out[i].is_none()) {
        return Err(type_error(format!(
            "{qual}() missing 1 required positional argument: '{}'",
            names[i]
        )));
    }
    Ok(out)
}

/// Context factories are called without a `self`, but CPython's
/// messages count the context.
fn is_factory(qual: &str) -> bool {
    qual.starts_with("BaseContext.")
}
