//! The config file: named profiles with a base URL, a developer id and
//! where the API key comes from (an environment variable, or the file
//! itself, which is then kept readable by its owner only).
//!
//! The file is TOML, at `$TERRA_CONFIG` when set, otherwise
//! `terra/config.toml` in the platform's config directory:
//!
//! ```toml
//! default_profile = "mock"
//!
//! [profiles.mock]
//! base_url = "http://127.0.0.1:8080/v2"
//! dev_id = "dev-mock"
//! api_key_env = "MOCK_API_KEY"
//! ```

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CliError;

/// The environment variable that overrides the config file's path.
pub const CONFIG_ENV: &str = "TERRA_CONFIG";

/// The whole config file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Profile used when neither `--profile` nor `TERRA_PROFILE` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// The profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One named profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Base URL of the Terra API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Developer id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev_id: Option<String>,
    /// Name of the environment variable holding the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
    /// The API key itself, stored in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
}

/// Where the config file is (it may not exist).
pub fn path() -> Result<PathBuf, CliError> {
    if let Some(p) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    dirs::config_dir()
        .map(|d| d.join("terra").join("config.toml"))
        .ok_or_else(|| {
            CliError::Usage(format!(
                "no config directory on this platform; set {CONFIG_ENV} to a file path"
            ))
        })
}

/// Reads the config file; a missing file is an empty config.
pub fn load(path: &Path) -> Result<ConfigFile, CliError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
        Err(e) => {
            return Err(CliError::Usage(format!(
                "cannot read the config file {}: {e}",
                path.display()
            )));
        }
    };
    toml::from_str(&text).map_err(|e| {
        // toml's message quotes the offending line, which may hold a key.
        let what = e.message().to_owned();
        CliError::Usage(format!(
            "the config file {} is not valid: {what}",
            path.display()
        ))
    })
}

/// Writes the config file (and its directory), readable and writable by
/// its owner only, through a temporary file renamed into place.
pub fn save(path: &Path, config: &ConfigFile) -> Result<(), CliError> {
    let fail = |what: &str, e: std::io::Error| {
        CliError::Failed(format!("cannot {what} {}: {e}", path.display()))
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| fail("create the directory of", e))?;
    }
    let text = toml::to_string_pretty(config)
        .map_err(|e| CliError::Failed(format!("cannot encode the config: {e}")))?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp).map_err(|e| fail("write", e))?;
    #[cfg(unix)]
    {
        // `mode` applies only when the file is created: tighten a leftover.
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|e| fail("write", e))?;
    }
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| fail("write", e))?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(|e| fail("write", e))
}

/// The profile to use: `name` (from `--profile` or `TERRA_PROFILE`) must
/// exist; without it, the file's `default_profile`, or a profile named
/// `default`, or none.
pub fn select(name: Option<&str>) -> Result<Option<(String, Profile)>, CliError> {
    let path = path();
    let (path, config) = match (name, path) {
        (Some(_), Err(e)) => return Err(e),
        (None, Err(_)) => return Ok(None),
        (_, Ok(p)) => {
            let c = load(&p)?;
            (p, c)
        }
    };
    if let Some(name) = name {
        return match config.profiles.get(name) {
            Some(p) => Ok(Some((name.to_owned(), p.clone()))),
            None => Err(CliError::Usage(format!(
                "no profile `{name}` in {} (see `terra config`)",
                path.display()
            ))),
        };
    }
    let fallback = config
        .default_profile
        .clone()
        .unwrap_or_else(|| "default".to_owned());
    match config.profiles.get(&fallback) {
        Some(p) => Ok(Some((fallback, p.clone()))),
        None if config.default_profile.is_some() => Err(CliError::Usage(format!(
            "default_profile `{fallback}` of {} names no profile",
            path.display()
        ))),
        None => Ok(None),
    }
}

/// The config as shown by `terra config`: stored keys redacted.
pub fn redacted(config: &ConfigFile) -> ConfigFile {
    let mut shown = config.clone();
    for p in shown.profiles.values_mut() {
        if p.api_key.is_some() {
            p.api_key = Some("[redacted]".to_owned());
        }
    }
    shown
}
