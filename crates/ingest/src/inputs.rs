//! Which inputs a command line names: files, directories (recursively, in a
//! stable order, hidden entries skipped) and `-` for standard input.

use crate::IngestError;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The name used in metadata and error messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Expands the arguments into inputs. Problems (a missing path, an unreadable
/// directory) are returned beside the inputs that could be listed.
pub fn collect_inputs<S: AsRef<str>>(args: &[S]) -> (Vec<Input>, Vec<IngestError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    for arg in args {
        let arg = arg.as_ref();
        if arg == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(arg);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, &mut inputs, &mut errors, &mut seen_dirs),
            Ok(_) => inputs.push(Input::File(path.to_path_buf())),
            Err(e) => errors.push(IngestError::new(arg, format!("cannot read: {e}"))),
        }
    }
    (inputs, errors)
}

fn walk(
    dir: &Path,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<IngestError>,
    seen: &mut HashSet<PathBuf>,
) {
    // symbolic links may make cycles: visit each real directory once
    if let Ok(real) = dir.canonicalize() {
        if !seen.insert(real) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(IngestError::new(
                dir.display().to_string(),
                format!("cannot list directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => {
                if !e.file_name().to_string_lossy().starts_with('.') {
                    paths.push(e.path())
                }
            }
            Err(e) => errors.push(IngestError::new(
                dir.display().to_string(),
                format!("cannot list directory: {e}"),
            )),
        }
    }
    paths.sort();
    for p in paths {
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, inputs, errors, seen),
            Ok(m) if m.is_file() => inputs.push(Input::File(p)),
            Ok(_) => {} // sockets, fifos found while walking are not documents
            Err(e) => errors.push(IngestError::new(
                p.display().to_string(),
                format!("cannot read: {e}"),
            )),
        }
    }
}

/// Reads all bytes of an input.
pub fn read_input(input: &Input) -> Result<Vec<u8>, IngestError> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| IngestError::new("-", format!("cannot read standard input: {e}")))?;
            Ok(buf)
        }
        Input::File(p) => std::fs::read(p)
            .map_err(|e| IngestError::new(p.display().to_string(), format!("cannot read: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_directories_in_order_and_reports_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "b").unwrap();
        std::fs::write(dir.path().join("sub/a.txt"), "a").unwrap();
        std::fs::write(dir.path().join(".hidden"), "h").unwrap();
        let missing = dir.path().join("missing.txt");
        let args = [
            dir.path().display().to_string(),
            missing.display().to_string(),
            "-".into(),
        ];
        let (inputs, errors) = collect_inputs(&args);
        let names: Vec<String> = inputs.iter().map(|i| i.name()).collect();
        assert_eq!(names.len(), 3);
        assert!(names[0].ends_with("b.txt") && names[1].ends_with("sub/a.txt") && names[2] == "-");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("missing.txt: cannot read"));
    }
}
