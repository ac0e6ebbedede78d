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
