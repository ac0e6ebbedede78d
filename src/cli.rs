use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Rasid (راصد): Arabic news intelligence. Who is mentioned, who said what,
/// on whose word, and how firmly: every finding points at exact characters of
/// the original article.
#[derive(Parser)]
#[command(name = "rasid", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Analyse documents and print a report.
    Analyze(AnalyzeArgs),
    /// Conflict and security events (ACLED schema) found in documents.
    Events(EventsArgs),
    /// Train a model from data.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Evaluate a component against gold data (precision, recall, F1).
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Measure speed (and agreement with a peer tool) on a corpus.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A human-readable report.
    Text,
    /// One `rasid.document/1` object (several: a `rasid.corpus/1` object).
    Json,
    /// One `rasid.document/1` object per line.
    Jsonl,
}

/// Where documents come from and how to read them (shared by analyze and events).
#[derive(Args)]
pub struct InputArgs {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Replace invalid UTF-8 by U+FFFD instead of rejecting the file.
    #[arg(long)]
    pub lossy: bool,
    /// Publication date (YYYY-MM-DD) for documents that carry none (plain text): relative
    /// dates (أمس، الأسبوع الفائت) are resolved against it.
    #[arg(long)]
    pub published: Option<String>,
    /// Read inputs in this encoding (windows-1256, iso-8859-6, ...) instead of detecting it.
    #[arg(long)]
    pub encoding: Option<String>,
    /// JSON Lines: the field with the article text (default: text, content, body, ...).
    #[arg(long)]
    pub text_field: Option<String>,
    /// JSON Lines: the title field (default: title, headline).
    #[arg(long)]
    pub title_field: Option<String>,
    /// JSON Lines: the publication date field (default: published, date, pubDate, date_extracted, ...).
    #[arg(long)]
    pub date_field: Option<String>,
    /// JSON Lines: the URL field (default: url, link).
    #[arg(long)]
    pub url_field: Option<String>,
    /// JSON Lines: the outlet field (default: outlet, source, site, publisher).
    #[arg(long)]
    pub outlet_field: Option<String>,
}

#[derive(Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Include the token layer (with normalized forms) in JSON output.
    #[arg(long)]
    pub tokens: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EventsFormat {
    /// One line per event.
    Table,
    /// JSON Lines: one event per line, with its document id and outlet.
    Json,
    /// ACLED's 31 columns, in order.
    AcledCsv,
}

#[derive(Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = EventsFormat::Table)]
    pub format: EventsFormat,
}

#[derive(Subcommand)]
pub enum TrainCommand {
    /// Train the entity tagger on a CoNLL BIO file (its last sentences are kept out as a dev split).
    Ner(TrainNerArgs),
    /// Learn word clusters from unlabeled news (JSON Lines), for the tagger's features.
    Clusters(TrainClustersArgs),
}

#[derive(Args)]
pub struct TrainNerArgs {
    /// CoNLL file: `token TAG` per line, blank line between sentences (ANERcorp format).
    #[arg(long)]
    pub train: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    pub out: PathBuf,
    /// Fraction of sentences (the last ones) held out as the development split.
    #[arg(long, default_value_t = 0.1)]
    pub dev_fraction: f64,
    /// Train on only this fraction of the training split (learning curves).
    #[arg(long, default_value_t = 1.0)]
    pub fraction: f64,
    /// Further CoNLL files trained on whole (no development split is taken from them), after
    /// the training split of `--train`. Repeatable.
    #[arg(long)]
    pub also_train: Vec<PathBuf>,
    /// How many times each epoch sees the training split of `--train`, against once for the
    /// `--also-train` files: keeps its conventions from being outweighed as they grow.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10))]
    pub train_weight: u32,
    /// How the weights are learned.
    #[arg(long, value_enum, default_value_t = NerAlgorithm::Perceptron)]
    pub algorithm: NerAlgorithm,
    /// Passes over the training split (default: 7 for the perceptron, 10 for the CRF).
    #[arg(long)]
    pub epochs: Option<usize>,
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Drop features seen fewer times in training.
    #[arg(long, default_value_t = 3)]
    pub min_count: u32,
    /// CRF only: initial learning rate of stochastic gradient ascent.
    #[arg(long, default_value_t = 0.1)]
    pub rate: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NerAlgorithm {
    /// Structured averaged perceptron (Collins 2002).
    Perceptron,
    /// Linear-chain CRF trained by averaged stochastic gradient ascent.
    Crf,
}

#[derive(Args)]
pub struct TrainClustersArgs {
    /// JSON Lines corpus (e.g. SaudiNewsNet, decompressed).
    #[arg(long)]
    pub corpus: PathBuf,
    #[arg(long, default_value = "content")]
    pub field: String,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Subcommand)]
pub enum EvalCommand {
    /// How often clitic variants of one entity reach the same stem (CoNLL BIO input).
    Stem(EvalStemArgs),
    /// Score the entity tagger on a CoNLL BIO file (exact spans, micro and per type).
    Ner(EvalNerArgs),
    /// Score quotation detection, speaker attribution and source types on a gold JSONL file.
    Quotes(EvalGoldArgs),
    /// Score event detection, type, location, date and fatalities on a gold JSONL file.
    Events(EvalGoldArgs),
    /// Score finding date expressions and resolving them to the calendar on a gold JSONL file.
    Dates(EvalGoldArgs),
}

/// A hand-annotated gold set of articles to score a component on.
#[derive(Args)]
pub struct EvalGoldArgs {
    /// Gold files (JSON Lines, one article per line; see the GUIDELINE.md beside them in
    /// data/gold/quotes, data/gold/events or data/gold/dates).
    #[arg(long, required = true, num_args = 1..)]
    pub gold: Vec<PathBuf>,
    /// Which articles to score (the `split` field of each line).
    #[arg(long, value_enum, default_value_t = Split::All)]
    pub split: Split,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Print what the component missed, added or got wrong (for error analysis on dev).
    #[arg(long)]
    pub errors: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Split {
    Dev,
    Test,
    All,
}

#[derive(Args)]
pub struct EvalNerArgs {
    /// Gold CoNLL file.
    #[arg(long)]
    pub gold: PathBuf,
    /// A model file (default: the model shipped with Rasid).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Score only the development split of the file (its last sentences, as `train ner` holds out).
    #[arg(long)]
    pub dev_split: Option<f64>,
    /// Sentences read as one document, for the pass that gives a document's names one reading,
    /// in files without `-DOCSTART-` lines (ANERcorp; 20 is about a news article). 0: each
    /// sentence alone, without that pass.
    #[arg(long, default_value_t = 20)]
    pub doc_window: usize,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Print (to stderr) the names missed and the names found wrongly, each with its sentence (for error
    /// analysis on the development split).
    #[arg(long)]
    pub errors: bool,
}

#[derive(Args)]
pub struct EvalStemArgs {
    /// CoNLL file: `token TAG` per line, BIO tags.
    #[arg(long)]
    pub conll: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Subcommand)]
pub enum BenchCommand {
    /// normalize + tokenize + sentence-split throughput on a JSON Lines corpus.
    Text(BenchTextArgs),
    /// Entity tagging speed and model load time.
    Ner(BenchNerArgs),
    /// Time of each analysis component on a JSON Lines corpus, one thread.
    Pipeline(BenchPipelineArgs),
    /// HTML article extraction: quality against ground truth and speed, beside trafilatura.
    Html(BenchHtmlArgs),
}

#[derive(Args)]
pub struct BenchHtmlArgs {
    /// A benchmark folder with `html/*.html.gz` and `ground-truth.json` (the Zyte article benchmark).
    #[arg(long)]
    pub zyte: Option<PathBuf>,
    /// Extra pages with expected text: `PAGE.html=EXPECTED.txt` (repeatable).
    #[arg(long = "page")]
    pub pages: Vec<String>,
    /// Also run trafilatura (Python) on the same pages.
    #[arg(long)]
    pub trafilatura: bool,
    /// List the worst pages of the Zyte dev half (the half heuristics may be tuned on).
    #[arg(long)]
    pub errors: bool,
    #[arg(long, default_value = "python3")]
    pub python: String,
}

#[derive(Args)]
pub struct BenchPipelineArgs {
    /// JSON Lines corpus (e.g. SaudiNewsNet, decompressed).
    #[arg(long)]
    pub corpus: PathBuf,
    #[arg(long, default_value = "content")]
    pub field: String,
    /// Use only the first N documents.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Args)]
pub struct BenchNerArgs {
    /// CoNLL file whose sentences are tagged.
    #[arg(long)]
    pub conll: PathBuf,
    /// Passes over the file.
    #[arg(long, default_value_t = 3)]
    pub passes: usize,
}

#[derive(Args)]
pub struct BenchTextArgs {
    /// JSON Lines corpus (e.g. SaudiNewsNet, decompressed).
    #[arg(long)]
    pub corpus: PathBuf,
    /// The field holding the article text.
    #[arg(long, default_value = "content")]
    pub field: String,
    /// Use only the first N documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Also run CAMeL Tools (Python) on the same documents: speed side by side
    /// and a token-by-token comparison.
    #[arg(long)]
    pub camel: bool,
    /// Python interpreter with camel-tools installed.
    #[arg(long, default_value = "python3")]
    pub python: String,
}
