fn main() {
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out)
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed");
}
