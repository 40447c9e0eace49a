//! Helpers shared by the integration tests in `tests/tests/`.

use std::path::{Path, PathBuf};

/// The workspace root (tests read `spec/`, `generated-client/` and `../shared/` from it).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

pub mod crates;
pub mod json;
/// Steady lives in `xtask` (the corpus run starts it too).
pub use xtask::steady;

pub mod wire;
