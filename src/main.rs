//! `rasid`: the command line. It only parses arguments and wires the crates;
//! errors are printed once, here, and mapped to exit codes 0 (ok), 1 (nothing
//! found), 2 (error).

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

/// What a command ended with.
pub enum Outcome {
    Ok,
    NothingFound,
    /// Some inputs failed (each already reported); the rest was processed.
    PartialFailure,
}

fn main() -> ExitCode {
    quit_quietly_on_closed_pipe();
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        Ok(Outcome::PartialFailure) => ExitCode::from(2),
        Err(e) => {
            eprintln!("rasid: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `rasid … | head` ends the way `grep … | head` does: killed by SIGPIPE when the reader goes
/// away, without a panic from `println!` or an error message. Rust ignores SIGPIPE by default.
/// (A long-running server would keep it ignored: a client hanging up must not end it.)
fn quit_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restores the signal's default action before any thread or I/O starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
