mod analyze;
mod analyze_report;
mod bench;
mod eval_stem;

use crate::cli::{BenchCommand, Cli, Command, EvalCommand};
use crate::Outcome;

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Analyze(a) => analyze::run(a),
        Command::Eval(EvalCommand::Stem(a)) => eval_stem::run(a),
        Command::Bench(BenchCommand::Text(a)) => bench::text(a),
    }
}
