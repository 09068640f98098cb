//! The REPL driven through a pseudo-terminal, as a person would use it:
//! prompts, echo of expression values, multi-line blocks, errors that do
//! not end the session, Tab completion, Ctrl-C and Ctrl-D.

use nix::pty::{OpenptyResult, openpty};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Session {
    child: Child,
    master: std::fs::File,
    seen: String,
}

impl Session {
    fn start() -> Session {
        let OpenptyResult { master, slave } = openpty(None, None).expect("openpty");
        let stdio = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup"));
        let home = std::env::temp_dir().join(format!("pyproc-repl-home-{}", std::process::id()));
        std::fs::create_dir_all(&home).expect("temp home");
        let child = Command::new(env!("CARGO_BIN_EXE_pyproc"))
            .stdin(stdio(&slave))
            .stdout(stdio(&slave))
            .stderr(stdio(&slave))
            .env("HOME", &home)
            .env("TERM", "xterm")
            .spawn()
            .expect("spawn pyproc");
        drop(slave);
        // Non-blocking reads so every wait below is bounded.
        let flags = nix::fcntl::fcntl(&master, nix::fcntl::FcntlArg::F_GETFL).expect("getfl");
        let flags = nix::fcntl::OFlag::from_bits_truncate(flags) | nix::fcntl::OFlag::O_NONBLOCK;
        nix::fcntl::fcntl(&master, nix::fcntl::FcntlArg::F_SETFL(flags)).expect("setfl");
        let _ = master.as_raw_fd();
        Session {
            child,
            master: std::fs::File::from(master),
            seen: String::new(),
        }
    }

    /// Reads until `needle` appears in the output after what was already
    /// consumed, or fails after 10 seconds.
    fn expect(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(i) = self.seen.find(needle) {
                let upto = i + needle.len();
                let consumed: String = self.seen.drain(..upto).collect();
                return consumed;
            }
            let mut buf = [0u8; 4096];
            match self.master.read(&mut buf) {
                Ok(0) => {}
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Err(_) => {}
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {needle:?}; output so far: {:?}",
                self.seen
            );
        }
    }

    /// Types text. The pause lets the line editor finish switching the
    /// terminal to raw mode after drawing the prompt: input arriving
    /// during the switch is flushed by the terminal.
    fn send(&mut self, text: &str) {
        std::thread::sleep(Duration::from_millis(100));
        self.master
            .write_all(text.as_bytes())
            .expect("write to pty");
    }

    /// Ends the session with Ctrl-D, typed at a prompt the caller has
    /// seen (typed earlier, the terminal's cooked mode would eat it), and
    /// returns the exit status.
    fn finish(mut self) -> i32 {
        self.send("\x04");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("pyproc did not exit on Ctrl-D");
            }
            let mut buf = [0u8; 4096];
            let _ = self.master.read(&mut buf);
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

#[test]
fn echoes_values_and_keeps_state() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("x = 6 * 7\r");
    s.expect(">>> ");
    s.send("x\r");
    s.expect("42");
    s.expect(">>> ");
    s.send("'a' + 'b'\r");
    s.expect("'ab'");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}

#[test]
fn multi_line_blocks_use_the_continuation_prompt() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("def sq(n):\r");
    s.expect("... ");
    s.send("    return n * n\r");
    s.expect("... ");
    s.send("\r");
    s.expect(">>> ");
    s.send("sq(12)\r");
    s.expect("144");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}

#[test]
fn an_error_prints_a_traceback_and_the_session_goes_on() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("1 / 0\r");
    s.expect("ZeroDivisionError: division by zero");
    s.expect(">>> ");
    s.send("print('still here')\r");
    s.expect("still here");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}

#[test]
fn tab_completes_names_and_attributes() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("import math\r");
    s.expect(">>> ");
    s.send("math.sq\t(16)\r");
    s.expect("4.0");
    s.expect(">>> ");
    s.send("longname_value = 5\r");
    s.expect(">>> ");
    s.send("longname_v\t + 1\r");
    s.expect("6");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}

#[test]
fn ctrl_c_abandons_input_and_exit_code_comes_from_sys_exit() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("abandoned = (1,\x03");
    s.expect("KeyboardInterrupt");
    s.expect(">>> ");
    s.send("'abandoned' in dir()\r");
    s.expect("False");
    s.expect(">>> ");
    s.send("import sys; sys.exit(3)\r");
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(st) = s.child.try_wait().expect("wait") {
            break st.code().unwrap_or(-1);
        }
        assert!(Instant::now() < deadline, "pyproc did not exit");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(status, 3);
}

#[test]
fn a_forked_child_finishes_the_statement_and_leaves_the_prompt_to_its_parent() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("import os; parent = os.getpid()\r");
    s.expect(">>> ");
    s.send("pid = os.fork()\r");
    s.expect("pyproc: forked process ");
    s.expect("finished the statement and exits (status 0)");
    // The child exited (waitpid returns at once with status 0) and the
    // parent, still at the prompt, runs the next line.
    s.send("os.waitpid(pid, 0)[1], os.getpid() == parent\r");
    s.expect("(0, True)");
    s.expect(">>> ");
    s.send("if os.fork() == 0:\r");
    s.expect("... ");
    s.send("    print('child ran the block')\r");
    s.expect("... ");
    s.send("\r");
    s.expect("child ran the block");
    s.expect("exits (status 0)");
    s.send("os.wait()[1]\r");
    s.expect("0");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}

#[test]
fn a_forked_child_whose_statement_fails_exits_with_status_1() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("import os; pid = os.fork(); assert pid, 'child fails'\r");
    s.expect("AssertionError: child fails");
    s.expect("exits (status 1)");
    s.send("os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])\r");
    s.expect("1");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}

#[test]
fn process_and_pool_children_never_reach_the_prompt() {
    let mut s = Session::start();
    s.expect(">>> ");
    s.send("from multiprocessing import Process, Pool\r");
    s.expect(">>> ");
    s.send("p = Process(target=print, args=('from the child',)); p.start(); p.join()\r");
    s.expect("from the child");
    s.expect(">>> ");
    s.send("p.exitcode\r");
    s.expect("0");
    s.expect(">>> ");
    s.send("with Pool(2) as pool: pool.map(abs, [-1, -2, -3])\r");
    s.expect("[1, 2, 3]");
    s.expect(">>> ");
    s.send("print('after', 6 * 7)\r");
    s.expect("after 42");
    s.expect(">>> ");
    assert_eq!(s.finish(), 0);
}
