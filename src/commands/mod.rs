mod analyze;
mod analyze_report;
mod bench;
mod bench_html;
mod eval_dates;
mod eval_events;
mod eval_stem;
mod events;
mod input;
mod ner;
mod quotes;
mod score;

use crate::cli::{BenchCommand, Cli, Command, EvalCommand, TrainCommand};
use crate::Outcome;

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Analyze(a) => analyze::run(a),
        Command::Events(a) => events::run(a),
        Command::Eval(EvalCommand::Stem(a)) => eval_stem::run(a),
        Command::Eval(EvalCommand::Ner(a)) => ner::eval(a),
        Command::Eval(EvalCommand::Quotes(a)) => quotes::eval(a),
        Command::Eval(EvalCommand::Events(a)) => eval_events::eval(a),
        Command::Eval(EvalCommand::Dates(a)) => eval_dates::eval(a),
        Command::Train(TrainCommand::Ner(a)) => ner::train(a),
        Command::Train(TrainCommand::Clusters(a)) => ner::clusters(a),
        Command::Bench(BenchCommand::Ner(a)) => ner::bench(a),
        Command::Bench(BenchCommand::Pipeline(a)) => bench::pipeline(a),
        Command::Bench(BenchCommand::Html(a)) => bench_html::run(a),
        Command::Bench(BenchCommand::Text(a)) => bench::text(a),
    }
}
