fn main() {
    eprintln!("pyproc: not built yet");
    std::process::exit(2);
}
