//! Disassembly snapshots of representative programs.

use super::*;

fn dis(src: &str) -> String {
    disassemble(&compile_ok(src))
}

#[test]
#[ignore]
fn print_dis() {
    let path = std::env::var("PYPROC_DIS").unwrap_or_default();
    let src = std::fs::read_to_string(path).unwrap_or_default();
    println!("{}", dis(&src));
}

/// A function with a loop, chained comparison, try/except/finally with `return` inside a named handler, and `with` returning a comprehension.
#[test]
fn try_with_comprehension_function() {
    let src = r#"def f(a, *, k=2):
    """Doc."""
    total = 0
    for x in a:
        if x < 0 < k:
            continue
        total += x
    try:
        g(total)
    except (ValueError, KeyError) as e:
        return e
    finally:
        print('done')
    with open(a) as fh:
        return [y for y in fh if y]
"#;
    let expected = r#"Disassembly of <code <module>> (<test>:1):
  args=0 posonly=0 kwonly=0 flags=0x10 max_stack=2
   1     0 LoadConst             0 ("k")
         1 LoadConst             1 (2)
         2 BuildMap              1
         3 LoadConst             2 (<code f>)
         4 MakeFunction          2 (kwdefaults)
         5 StoreName             0 (f)
         6 LoadConst             3 (None)
         7 ReturnValue

Disassembly of <code f> (<test>:1):
  args=1 posonly=0 kwonly=1 flags=0x0 max_stack=5
  varnames: a, k, total, x, e, fh
   3     0 LoadConst             0 (0)
         1 StoreFast             2 (total)
   4     2 LoadFast              0 (a)
         3 GetIter
         4 ForIter              24 (to 24)
         5 StoreFast             3 (x)
   5     6 LoadFast              3 (x)
         7 LoadConst             0 (0)
         8 Dup
         9 Rot3
        10 CompareOp             2 (<)
        11 JumpIfFalseOrPop     15 (to 15)
        12 LoadFast              1 (k)
        13 CompareOp             2 (<)
        14 Jump                 17 (to 17)
        15 Rot2
        16 Pop
        17 PopJumpIfFalse       19 (to 19)
   6    18 Jump                  4 (to 4)
   7    19 LoadFast              2 (total)
        20 LoadFast              3 (x)
        21 InplaceOp             0 (+=)
        22 StoreFast             2 (total)
   4    23 Jump                  4 (to 4)
   8    24 SetupFinally         69 (to 69)
        25 SetupFinally         32 (to 32)
   9    26 LoadGlobal            0 (g)
        27 LoadFast              2 (total)
        28 Call                  1
        29 Pop
   8    30 PopBlock
        31 Jump                 63 (to 63)
  10    32 LoadGlobal            1 (ValueError)
        33 LoadGlobal            2 (KeyError)
        34 BuildTuple            2
        35 CheckExcMatch
        36 PopJumpIfFalse       62 (to 62)
        37 StoreFast             4 (e)
        38 SetupFinally         57 (to 57)
  11    39 LoadFast              4 (e)
        40 PopBlock
        41 PopExcept
        42 LoadConst             1 (None)
        43 StoreFast             4 (e)
        44 DeleteFast            4 (e)
        45 PopBlock
  13    46 LoadGlobal            3 (print)
        47 LoadConst             2 ("done")
        48 Call                  1
        49 Pop
  11    50 ReturnValue
  10    51 PopBlock
        52 PopExcept
        53 LoadConst             1 (None)
        54 StoreFast             4 (e)
        55 DeleteFast            4 (e)
        56 Jump                 61 (to 61)
        57 LoadConst             1 (None)
        58 StoreFast             4 (e)
        59 DeleteFast            4 (e)
        60 Reraise
        61 Jump                 63 (to 63)
   8    62 Reraise
        63 PopBlock
  13    64 LoadGlobal            3 (print)
        65 LoadConst             2 ("done")
        66 Call                  1
        67 Pop
   8    68 Jump                 74 (to 74)
  13    69 LoadGlobal            3 (print)
        70 LoadConst             2 ("done")
        71 Call                  1
        72 Pop
   8    73 Reraise
  14    74 LoadGlobal            4 (open)
        75 LoadFast              0 (a)
        76 Call                  1
        77 SetupWith            99 (to 99)
        78 StoreFast             5 (fh)
  15    79 LoadConst             3 (<code f.<locals>.<listcomp>>)
        80 MakeFunction          0
        81 LoadFast              5 (fh)
        82 GetIter
        83 Call                  1
        84 PopBlock
        85 Rot2
        86 LoadConst             1 (None)
        87 LoadConst             1 (None)
        88 LoadConst             1 (None)
        89 Call                  3
        90 Pop
        91 ReturnValue
  14    92 PopBlock
        93 LoadConst             1 (None)
        94 LoadConst             1 (None)
        95 LoadConst             1 (None)
        96 Call                  3
        97 Pop
        98 Jump                105 (to 105)
        99 WithExceptStart
       100 PopJumpIfTrue       102 (to 102)
       101 Reraise
       102 Pop
       103 PopExcept
       104 Pop
       105 LoadConst             1 (None)
       106 ReturnValue

Disassembly of <code f.<locals>.<listcomp>> (<test>:15):
  args=1 posonly=0 kwonly=0 flags=0x20 max_stack=3
  varnames: .0, y
  15     0 BuildList             0
         1 LoadFast              0 (.0)
         2 ForIter               9 (to 9)
         3 StoreFast             1 (y)
         4 LoadFast              1 (y)
         5 PopJumpIfFalse        2 (to 2)
         6 LoadFast              1 (y)
         7 ListAppend            2
         8 Jump                  2 (to 2)
         9 ReturnValue
"#;
    assert_eq!(
        dis(src).replace("\n\n", "\n"),
        expected.replace("\n\n", "\n")
    );
}

/// A class whose method uses zero-argument super (implicit `__class__` cell), a mangled parameter and an augmented subscript.
#[test]
fn class_with_super_and_mangling() {
    let src = r#"class A(B):
    def m(self, __k):
        d[i] += super().m(__k)
"#;
    let expected = r#"Disassembly of <code <module>> (<test>:1):
  args=0 posonly=0 kwonly=0 flags=0x10 max_stack=4
   1     0 LoadBuildClass
         1 LoadConst             0 (<code A>)
         2 MakeFunction          0
         3 LoadConst             1 ("A")
         4 LoadName              0 (B)
         5 Call                  3
         6 StoreName             1 (A)
         7 LoadConst             2 (None)
         8 ReturnValue

Disassembly of <code A> (<test>:1):
  args=0 posonly=0 kwonly=0 flags=0x8 max_stack=2
  cellvars: __class__
   1     0 LoadName              0 (__name__)
         1 StoreName             1 (__module__)
         2 LoadConst             0 ("A")
         3 StoreName             2 (__qualname__)
   2     4 LoadClosure           0 (__class__)
         5 BuildTuple            1
         6 LoadConst             1 (<code A.m>)
         7 MakeFunction          8 (closure)
         8 StoreName             3 (m)
         9 LoadClosure           0 (__class__)
        10 ReturnValue

Disassembly of <code A.m> (<test>:2):
  args=2 posonly=0 kwonly=0 flags=0x0 max_stack=6
  varnames: self, _A__k
  freevars: __class__
   3     0 LoadGlobal            0 (d)
         1 LoadGlobal            1 (i)
         2 DupTwo
         3 BinarySubscr
         4 LoadGlobal            2 (super)
         5 Call                  0
         6 LoadMethod            3 (m)
         7 LoadFast              1 (_A__k)
         8 CallMethod            1
         9 InplaceOp             0 (+=)
        10 Rot3
        11 StoreSubscr
        12 LoadConst             0 (None)
        13 ReturnValue
"#;
    assert_eq!(
        dis(src).replace("\n\n", "\n"),
        expected.replace("\n\n", "\n")
    );
}
