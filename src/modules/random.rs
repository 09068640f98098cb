//! `_random`: the native half of `random` (the rest is `stdlib/random.pp`).
//! Its class `Random` is an ordinary class so pyproc code can subclass it;
//! each instance keeps its Mersenne Twister in a hidden attribute.

use super::random_core::Mt19937;
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

struct Generator {
    mt: RefCell<Mt19937>,
}

impl NativeObject for Generator {
    fn type_name(&self) -> &str {
        "_random.state"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const STATE_ATTR: &str = "_random__state";

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("_random");
    let cls =
        crate::vm::types::new_class(intern("Random"), vec![vm.types.object.clone()], Dict::new())
            .expect("a plain class");
    cls.dict
        .borrow_mut()
        .set_str(intern("__module__"), Value::str("_random"));
    vm.add_method(&cls, "__init__", init);
    vm.add_method(&cls, "random", random);
    vm.add_method(&cls, "getrandbits", getrandbits);
    vm.add_method(&cls, "seed", seed);
    vm.add_method(&cls, "getstate", getstate);
    vm.add_method(&cls, "setstate", setstate);
    if let Value::Module(module) = &m {
        module
            .dict
            .borrow_mut()
            .set_str(intern("Random"), Value::Class(cls));
    }
    m
}

/// The generator of a `Random` instance, created seeded from the OS on
/// first use.
fn generator(this: &Value) -> PyResult<Rc<dyn NativeObject>> {
    let Value::Instance(inst) = this else {
        return Err(type_error("descriptor requires a '_random.Random' object"));
    };
    let key = intern(STATE_ATTR);
    if let Some(Value::Object(o)) = inst.dict.borrow().get_str(&key) {
        return Ok(o.clone());
    }
    let mut mt = Mt19937::new();
    mt.seed_from_os();
    let o: Rc<dyn NativeObject> = Rc::new(Generator {
        mt: RefCell::new(mt),
    });
    inst.dict
        .borrow_mut()
        .set_str(key, Value::Object(o.clone()));
    Ok(o)
}

fn with_mt<T>(this: &Value, f: impl FnOnce(&mut Mt19937) -> T) -> PyResult<T> {
    let o = generator(this)?;
    let g = o
        .as_any()
        .downcast_ref::<Generator>()
        .ok_or_else(|| type_error("corrupt random state"))?;
    let mut mt = g.mt.borrow_mut();
    Ok(f(&mut mt))
}

fn init(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    seed(vm, args, &[])
}

fn random(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Float(with_mt(&this, |mt| mt.random())?))
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let k = vm.index_value(args.get(1).unwrap_or(&Value::None))?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = u32::try_from(k)
        .map_err(|_| crate::error::overflow_error("getrandbits() bit count too large"))?;
    Ok(Value::from_bigint(with_mt(&this, |mt| mt.getrandbits(k))?))
}

fn seed(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let n: Option<BigInt> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(BigInt::from(*i)),
        Some(Value::Bool(b)) => Some(BigInt::from(*b as i64)),
        Some(Value::BigInt(b)) => Some((**b).clone()),
        Some(other) => Some(BigInt::from(vm.hash(other)?)),
    };
    with_mt(&this, |mt| match n {
        Some(n) => mt.seed_from_int(&n),
        None => mt.seed_from_os(),
    })?;
    Ok(Value::None)
}

fn getstate(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (words, index) = with_mt(&this, |mt| mt.getstate())?;
    let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(Value::Tuple(state)) = args.get(1) else {
        return Err(type_error("state vector must be a tuple"));
    };
    if state.len() != super::random_core::N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(super::random_core::N);
    for v in &state[..super::random_core::N] {
        let w = match v {
            Value::Int(i) => *i as u32,
            Value::BigInt(b) => b.iter_u32_digits().next().unwrap_or(0),
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(other)
                )));
            }
        };
        words.push(w);
    }
    let index = vm.index_value(&state[super::random_core::N])?;
    let index = usize::try_from(index).map_err(|_| value_error("invalid state"))?;
    with_mt(&this, |mt| mt.setstate(&words, index))?.map_err(value_error)?;
    Ok(Value::None)
}
